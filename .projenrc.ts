import { cdktf, javascript } from 'projen';

// projen's ConstructLibraryCdktf is marked deprecated (CDKTF was archived); our users asked for
// cdktf 0.21, and the library stays runtime-compatible with CDK Terrain (cdktn).
const project = new cdktf.ConstructLibraryCdktf({
  name: 'cdktf-elastic-cross-cluster',
  description:
    'Typed CDK for Terraform constructs for Elasticsearch cross-cluster API keys, validated at synth time.',
  author: 'cdktf-elastic-cross-cluster maintainers',
  authorAddress: 'maintainers@users.noreply.github.com',
  repositoryUrl: 'https://github.com/cdktf-elastic-cross-cluster/cdktf-elastic-cross-cluster.git',
  defaultReleaseBranch: 'main',
  license: 'Apache-2.0',
  projenrcTs: true,
  packageManager: javascript.NodePackageManager.NPM,
  minNodeVersion: '20.0.0',
  keywords: ['elasticsearch', 'cross-cluster', 'api-key', 'terraform', 'cdktf', 'cdktn', 'elasticstack'],

  // Peer ranges, not pins: the peer on constructs is cdktf 0.21's own (^10.4.2), so a
  // `cdktf init --template=typescript` app (constructs ^10.8.1) and a cdktn 0.24 app (cdktn asks for
  // >=10.6.0 <10.8.0) both install this package with plain `npm install`. Development uses
  // constructs 10.7.0, inside both ranges (devDeps below), not projen's pinned lowest peer version.
  cdktfVersion: '^0.21.0',
  constructsVersion: '^10.4.2',
  peerDependencyOptions: { pinnedDevDependency: false },
  jsiiVersion: '~5.9.0',
  typescriptVersion: '~5.9.3',

  // Our CI is `.ci/run`; no GitHub workflows are generated.
  github: false,
  release: false,
  docgen: true,

  publishToPypi: { distName: 'cdktf-elastic-cross-cluster', module: 'cdktf_elastic_cross_cluster' },
  publishToMaven: {
    javaPackage: 'io.github.cdktf_elastic_cross_cluster',
    mavenGroupId: 'io.github.cdktf-elastic-cross-cluster',
    mavenArtifactId: 'cdktf-elastic-cross-cluster',
  },
  publishToGo: { moduleName: 'github.com/cdktf-elastic-cross-cluster/cdktf-elastic-cross-cluster-go' },

  devDeps: [
    // Two prebuilt providers serve optional features and are loaded only when used, so they are no
    // dependency of the package (jsii would make them dependencies of the Python and Go packages
    // too): CredentialDelivery.eck() makes a kubernetes_secret_v1 (@cdktf/provider-kubernetes
    // ^12, 144 MB), and KeyRotation on the elasticstack provider a time_rotating
    // (@cdktf/provider-time ^11); both versions are built for cdktf 0.21. Users who need them
    // install them (README "Install"); their types are not part of the public API.
    '@cdktf/provider-kubernetes@12.0.0',
    '@cdktf/provider-time@11.0.1',
    'cdktf@0.21.0',
    'constructs@10.7.0',
    // CDK Terrain, cdktf's maintained fork: the constructs must keep working in its apps at runtime.
    'cdktn@0.24.0',
    'cdktf-cli@0.21.0',
    '@cdktf/commons@0.21.0',
    '@cdktf/provider-generator@0.21.0',
    'jsii-pacmak',
    '@elastic/elasticsearch@^8.19.1',
    '@grpc/grpc-js@^1.14.0',
    '@grpc/proto-loader@^0.8.0',
    'protobufjs@^7.4.0',
    '@msgpack/msgpack@^3.1.0',
    '@peculiar/x509@^2.2.0',
    'reflect-metadata@^0.2.2',
    'esbuild@^0.25.0',
    'tsconfig-paths@^3.15.0',
  ],

  // our own provider is bundled separately, not part of the jsii API
  excludeTypescript: ['src/provider/**'],

  // examples/ import the package by its name, as users paste them; in this repository the name maps
  // to src/ (for tsc through `paths`, for jest through moduleNameMapper, for ts-node through
  // examples/tsconfig.json's tsconfig-paths).
  tsconfigDev: { compilerOptions: { baseUrl: '.', paths: { 'cdktf-elastic-cross-cluster': ['../src/index.ts'] } } },
  jestOptions: {
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      moduleNameMapper: { '^cdktf-elastic-cross-cluster$': '<rootDir>/src/index.ts' },
      testTimeout: 120_000,
      testPathIgnorePatterns: ['/node_modules/', '/lib/', '/dist/', '/examples/.*/cdktf.out/'],
      coveragePathIgnorePatterns: ['/node_modules/', '/src/generated/', '/test/'],
      modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/lib/'],
    },
  },
  eslintOptions: {
    dirs: ['src'],
    devdirs: ['test', 'build-tools', 'projenrc', 'bench', 'scripts'],
    ignorePatterns: ['src/generated/**', 'examples/**/cdktf.out/**', '*.js', '*.d.ts', 'node_modules/'],
  },
  gitignore: ['cdktf.out/', '.gen/', '.terraform/', '*.tfstate', '*.tfstate.*', '.terraform.lock.hcl', 'bench/out/'],
});

// --- tasks (one section per area; keep them apart) ---

// bindings: regenerate L1 classes from a provider schema
project.addTask('bindings', {
  description: 'Trim a provider schema into schema/ and regenerate src/generated/ with @cdktf/provider-generator',
  exec: 'ts-node --project test/tsconfig.json scripts/bindings.ts',
  receiveArgs: true,
});

// examples/**/*.test.ts are tests written as users write them (they import the package by name)
project.jest?.addTestMatch('<rootDir>/examples/**/*.test.ts');

// main job: the example app
project.addTask('example', {
  description: 'Deploy examples/remote-cluster with eccx across two Elasticsearch doubles (or the clusters of ELASTICSEARCH_* and LOCAL_ELASTICSEARCH_*), search through the connection, destroy',
  exec: 'ts-node --project test/tsconfig.json scripts/example.ts',
  receiveArgs: true,
});

// test double: `npm run double`
project.addTask('double', {
  description: 'Start the in-process Elasticsearch test double (--port, --version, --username, --password; --two: a remote and a local) until Ctrl-C',
  exec: 'ts-node --project test/tsconfig.json scripts/double.ts',
  receiveArgs: true,
});

// own provider: src/provider is bundled by esbuild (scripts/build-provider.ts) into
// dist-provider/terraform-provider-eccx, not compiled by jsii (excludeTypescript above). The build
// fetches the protocol's .proto files from the Go module proxy with Node alone (scripts/go-module-proxy.ts; no `go` needed) and type-checks
// src/provider with its own tsconfig.
// The server certificate is built with @peculiar/x509's own ASN.1 layer and Node's crypto (about
// 30 ms less start-up than through @peculiar/x509): these were already installed as its
// dependencies; bundled into the executable, so development dependencies.
project.addDevDeps('@peculiar/asn1-x509@^2.11.1', '@peculiar/asn1-schema@^2.11.1');
new javascript.TypescriptConfig(project, {
  fileName: 'src/provider/tsconfig.json',
  include: ['**/*.ts', '../../scripts/build-provider.ts', '../../bench/provider-startup.ts'],
  compilerOptions: {
    target: 'ES2022',
    lib: ['es2022', 'dom'],
    // bundled by esbuild: resolution as for CommonJS, dynamic import() allowed without extensions
    module: 'commonjs',
    moduleResolution: javascript.TypeScriptModuleResolution.NODE,
    strict: true,
    noEmit: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noImplicitReturns: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    noFallthroughCasesInSwitch: true,
    experimentalDecorators: true,
    types: ['node'],
  },
});
const providerBuild = project.addTask('provider:build', {
  description: 'Type-check src/provider, compile the plugin protocol descriptors and bundle dist-provider/terraform-provider-eccx',
  steps: [
    { exec: 'tsc --noEmit -p src/provider/tsconfig.json' },
    { exec: 'ts-node --transpile-only --project test/tsconfig.json scripts/build-provider.ts' },
  ],
});
project.preCompileTask.spawn(providerBuild);
project.testTask.prependSpawn(providerBuild);
project.addTask('provider:bench', {
  description: 'Spawn-to-handshake time of the provider bundle (median of runs)',
  exec: 'ts-node --transpile-only --project test/tsconfig.json bench/provider-startup.ts',
  receiveArgs: true,
});
project.addBins({ 'cdktf-elastic-cross-cluster': 'dist-provider/cli.js' });
project.gitignore.exclude('/dist-provider/');
project.npmignore?.include('/dist-provider/');
project.eslint?.addOverride({
  files: ['src/provider/**/*.ts'],
  rules: { 'import/no-extraneous-dependencies': ['error', { devDependencies: true, optionalDependencies: false, peerDependencies: true }] },
});

// the package as users get it
// One command builds the tarball from a clean clone (after `npm ci`): the eccx bundle
// (dist-provider/), the jsii build (lib/ and .jsii), then `npm pack` into dist/js/. It leaves API.md
// alone (the full `npx projen build` regenerates it). test/user/ installs this tarball into a fresh
// `cdktf init`-style app and builds it once per jest run if dist/js/ has none newer than the sources.
project.addTask('tarball', {
  description: 'Build the npm package from a clean clone: dist-provider/, lib/ and .jsii, then dist/js/<name>-<version>.tgz',
  steps: [
    { spawn: providerBuild.name },
    { spawn: project.compileTask.name },
    { exec: 'mkdir -p dist/js' },
    { exec: 'npm pack --pack-destination dist/js' },
  ],
});
// What the tarball holds: an allowlist, so that no new folder (bench output, scripts, examples' build
// output) can slip in. npm always adds package.json, README.md and LICENSE.
project.package.addField('files', ['lib/**/*.js', 'lib/**/*.d.ts', '.jsii', 'dist-provider/', 'API.md', 'SECURITY.md', 'CHANGELOG.md']);
// --- CDK Terrain package ---
// `cdktn-elastic-cross-cluster`: the same sources compiled against cdktn 0.24 (scripts/cdktn-package.ts
// rewrites the 'cdktf' imports to 'cdktn' in a copy under dist/cdktn/, runs jsii, packs into dist/js/),
// so that cdktn apps install it with plain `npm install` and no `overrides`. Installed and deployed
// from the tarball by test/user/cdktn-package.test.ts.
project.addTask('tarball:cdktn', {
  description: 'Build the CDK Terrain package: dist-provider/, then dist/js/cdktn-elastic-cross-cluster-<version>.tgz',
  steps: [
    { spawn: providerBuild.name },
    { exec: 'ts-node --transpile-only --project test/tsconfig.json scripts/cdktn-package.ts' },
  ],
});
// --- end of the CDK Terrain package section ---

// API.md documents this library's own constructs (the root module), not the generated L1 submodules
// `elasticstack` and `eccx`, whose classes carry their own docstrings.
project.tasks.tryFind('docgen')?.reset('jsii-docgen -o API.md --submodule root');

// benchmarks: `npm run bench [-- --help]` writes BENCHMARKS.md; the measured synth processes run
// esbuild-bundled JavaScript, the runner itself is transpiled only. The provider is rebuilt first so
// that the deploy part times the provider of these sources.
project.addTask('bench', {
  description: 'Synth time and memory of L2 vs L1 vs plain JSON, and terraform apply/plan/destroy times with eccx; writes BENCHMARKS.md',
  steps: [
    { spawn: 'provider:build' },
    { exec: 'ts-node --transpile-only --project test/tsconfig.json bench/run.ts', receiveArgs: true },
  ],
});

project.synth();
