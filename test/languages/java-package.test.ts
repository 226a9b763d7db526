// The Java package: its publishing configuration, and a build of the Maven artifact where Maven can
// resolve cdktf's jar. jsii-pacmak --target java compiles the generated Java sources with Maven
// against com.hashicorp:cdktf; where the Maven repositories serve no such jar (as on our CI
// machines: `mvn dependency:get -Dartifact=com.hashicorp:cdktf:0.21.0` reports it missing), the
// build is skipped and the reason printed.
import { spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { pacmak, REPO_ROOT } from './language-build';

const packageJson = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  jsii: { targets: { java?: { package: string; maven: { groupId: string; artifactId: string } } } };
};
const CDKTF_ARTIFACT = `com.hashicorp:cdktf:${packageJson.devDependencies.cdktf}`;

/** Whether Maven can resolve cdktf's artifact here, and why (not). */
function probeMaven(): { ok: boolean; reason: string } {
  const result = spawnSync('mvn', ['-B', '-q', 'dependency:get', `-Dartifact=${CDKTF_ARTIFACT}`, '-Dtransitive=false'], {
    encoding: 'utf8',
    timeout: 5 * 60_000,
  });
  if (result.error) return { ok: false, reason: `mvn could not be run (${result.error.message}): install Maven and a JDK to build the Java package` };
  if (result.status !== 0) {
    const missing = /Missing:|was not found in|Could not find artifact|could not be resolved/i.test(result.stdout + result.stderr);
    return {
      ok: false,
      reason: missing
        ? `the Maven repositories configured here serve no ${CDKTF_ARTIFACT} (mvn dependency:get reports it missing), so the generated Java cannot compile`
        : `mvn dependency:get -Dartifact=${CDKTF_ARTIFACT} exited with ${result.status}: ${(result.stdout + result.stderr).trim().split('\n').slice(0, 3).join(' ')}`,
    };
  }
  return { ok: true, reason: `Maven resolves ${CDKTF_ARTIFACT}` };
}

const probe = probeMaven();

describe('Java package', () => {
  if (!probe.ok) {
    // eslint-disable-next-line no-console
    console.log(`SKIPPED the Java package build: ${probe.reason}`);
  }
  const itWithMaven = probe.ok ? it : it.skip;

  test('jsii publishes a Maven artifact: Java package, group id and artifact id are configured', () => {
    expect(packageJson.jsii.targets.java).toEqual({
      package: 'io.github.cdktf_elastic_cross_cluster',
      maven: { groupId: 'io.github.cdktf-elastic-cross-cluster', artifactId: 'cdktf-elastic-cross-cluster' },
    });
  });

  itWithMaven(`jsii-pacmak builds the Maven artifact against ${CDKTF_ARTIFACT} (${probe.reason})`, async () => {
    const dist = await pacmak('java');
    const { groupId, artifactId } = packageJson.jsii.targets.java!.maven;
    const artifactDir = join(dist, ...groupId.split('.'), artifactId);
    expect(existsSync(artifactDir)).toBe(true);
    const versions = readdirSync(artifactDir).filter((entry) => !entry.startsWith('maven-metadata'));
    expect(versions.flatMap((version) => readdirSync(join(artifactDir, version))).filter((file) => file.endsWith('.jar')).length).toBeGreaterThan(0);
  }, 20 * 60_000);
});
