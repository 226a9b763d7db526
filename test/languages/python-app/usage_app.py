"""The README's usage stack in Python, as a user of the wheel writes it.

Mirrors test/languages/usage-stack.ts construct for construct; python-package.test.ts compares the
two synthesized stacks. Usage: python usage_app.py OUTDIR [EXPIRATION]. When synthesis fails, the
error's message goes to stdout (stderr also carries the jsii runtime's own messages) and the exit
code is 3.
"""
import sys

from cdktf import App, TerraformStack
from cdktf_elastic_cross_cluster import (
    CrossClusterApiKey,
    FieldSecurity,
    RemoteClusterConnection,
    ReplicationAccess,
    SearchAccess,
)
from cdktf_elastic_cross_cluster.elasticstack.provider import (
    ElasticstackProvider,
    ElasticstackProviderElasticsearch,
)


def define_usage_stack(app: App, expiration: str) -> TerraformStack:
    stack = TerraformStack(app, "cross-cluster-search")

    remote = ElasticstackProvider(stack, "remote", alias="remote", elasticsearch=[ElasticstackProviderElasticsearch()])
    local = ElasticstackProvider(stack, "local", alias="local", elasticsearch=[ElasticstackProviderElasticsearch()])

    key = CrossClusterApiKey(
        stack,
        "Key",
        provider=remote,
        name="my-cross-cluster-api-key",
        expiration=expiration,
        search=[{"names": ["logs*"]}],
        replication=[{"names": ["archive*"]}],
        metadata={"description": "phase one", "environment": {"level": 1, "trusted": True, "tags": ["dev", "staging"]}},
        encoded_output_name="encoded",
    )
    ReplicationAccess(key, "Audit", names=["audit-*"])
    key.add_replication("Old", names=["old-*"])

    filtered = CrossClusterApiKey(stack, "Filtered", provider=remote, name="team-a-search")
    SearchAccess(
        filtered,
        "Metrics",
        names=["metrics-*"],
        query={"term": {"team": "a"}},
        field_security=FieldSecurity(grant=["@timestamp", "message"]),
        allow_restricted_indices=False,
    )

    connection = RemoteClusterConnection(
        stack,
        "RemoteA",
        provider=local,
        alias="remote-a",
        key=key,
        proxy_address="remote-a.example.com:9443",
        server_name="remote-a.example.com",
        skip_unavailable=True,
    )
    connection.grant_search("LogsReader", role_name="remote-a-logs-reader", names=["logs*"])
    return stack


def main() -> int:
    outdir = sys.argv[1]
    expiration = sys.argv[2] if len(sys.argv) > 2 else "1d"
    app = App(outdir=outdir)
    define_usage_stack(app, expiration)
    try:
        app.synth()
    except Exception as error:  # jsii raises the JavaScript error as a Python exception
        sys.stdout.write(str(error))
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
