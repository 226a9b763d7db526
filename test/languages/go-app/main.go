// The README's usage stack in Go, as a user of the jsii Go module writes it.
//
// Mirrors test/languages/usage-stack.ts construct for construct; go-package.test.ts compares the two
// synthesized stacks. Usage: usage OUTDIR [EXPIRATION]. When synthesis fails, the error's message
// goes to stdout (stderr also carries the jsii runtime's own messages) and the exit code is 3.
package main

import (
	"fmt"
	"os"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdktf-elastic-cross-cluster/cdktf-elastic-cross-cluster-go/cdktfelasticcrosscluster"
	"github.com/cdktf-elastic-cross-cluster/cdktf-elastic-cross-cluster-go/cdktfelasticcrosscluster/elasticstack/provider"
	"github.com/hashicorp/terraform-cdk-go/cdktf"
)

func defineUsageStack(app constructs.Construct, expiration string) cdktf.TerraformStack {
	stack := cdktf.NewTerraformStack(app, jsii.String("cross-cluster-search"))

	remote := provider.NewElasticstackProvider(stack, jsii.String("remote"), &provider.ElasticstackProviderConfig{
		Alias:         jsii.String("remote"),
		Elasticsearch: &[]*provider.ElasticstackProviderElasticsearch{{}},
	})
	local := provider.NewElasticstackProvider(stack, jsii.String("local"), &provider.ElasticstackProviderConfig{
		Alias:         jsii.String("local"),
		Elasticsearch: &[]*provider.ElasticstackProviderElasticsearch{{}},
	})

	key := cdktfelasticcrosscluster.NewCrossClusterApiKey(stack, jsii.String("Key"), &cdktfelasticcrosscluster.CrossClusterApiKeyProps{
		Provider:    remote,
		Name:        jsii.String("my-cross-cluster-api-key"),
		Expiration:  jsii.String(expiration),
		Search:      &[]*cdktfelasticcrosscluster.SearchAccessProps{{Names: jsii.Strings("logs*")}},
		Replication: &[]*cdktfelasticcrosscluster.ReplicationAccessProps{{Names: jsii.Strings("archive*")}},
		Metadata: &map[string]interface{}{
			"description": "phase one",
			"environment": map[string]interface{}{"level": 1, "trusted": true, "tags": []string{"dev", "staging"}},
		},
		EncodedOutputName: jsii.String("encoded"),
	})
	cdktfelasticcrosscluster.NewReplicationAccess(key, jsii.String("Audit"), &cdktfelasticcrosscluster.ReplicationAccessProps{
		Names: jsii.Strings("audit-*"),
	})
	key.AddReplication(jsii.String("Old"), &cdktfelasticcrosscluster.ReplicationAccessProps{Names: jsii.Strings("old-*")})

	filtered := cdktfelasticcrosscluster.NewCrossClusterApiKey(stack, jsii.String("Filtered"), &cdktfelasticcrosscluster.CrossClusterApiKeyProps{
		Provider: remote,
		Name:     jsii.String("team-a-search"),
	})
	cdktfelasticcrosscluster.NewSearchAccess(filtered, jsii.String("Metrics"), &cdktfelasticcrosscluster.SearchAccessProps{
		Names:                  jsii.Strings("metrics-*"),
		Query:                  map[string]interface{}{"term": map[string]interface{}{"team": "a"}},
		FieldSecurity:          &cdktfelasticcrosscluster.FieldSecurity{Grant: jsii.Strings("@timestamp", "message")},
		AllowRestrictedIndices: jsii.Bool(false),
	})

	connection := cdktfelasticcrosscluster.NewRemoteClusterConnection(stack, jsii.String("RemoteA"), &cdktfelasticcrosscluster.RemoteClusterConnectionProps{
		Provider:        local,
		Alias:           jsii.String("remote-a"),
		Key:             key,
		ProxyAddress:    jsii.String("remote-a.example.com:9443"),
		ServerName:      jsii.String("remote-a.example.com"),
		SkipUnavailable: jsii.Bool(true),
	})
	connection.GrantSearch(jsii.String("LogsReader"), &cdktfelasticcrosscluster.RemoteSearchGrantOptions{
		RoleName: jsii.String("remote-a-logs-reader"),
		Names:    jsii.Strings("logs*"),
	})
	return stack
}

// synth runs app.Synth and turns the panic that jsii raises for a JavaScript error into an error.
func synth(app cdktf.App) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	app.Synth()
	return nil
}

func main() {
	defer jsii.Close()
	expiration := "1d"
	if len(os.Args) > 2 {
		expiration = os.Args[2]
	}
	app := cdktf.NewApp(&cdktf.AppConfig{Outdir: jsii.String(os.Args[1])})
	defineUsageStack(app, expiration)
	if err := synth(app); err != nil {
		fmt.Print(err.Error())
		jsii.Close()
		os.Exit(3)
	}
}
