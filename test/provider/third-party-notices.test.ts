// Third-party notices: dist-provider/ bundles other packages' code, so the
// package ships THIRD-PARTY-NOTICES.txt, written by the provider build, listing each of them with
// version and license, followed by their license texts. These tests read the built file and compare
// it with what esbuild puts into the bundles.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Metafile } from 'esbuild';
import { OUT_DIR } from '../../scripts/provider-paths';
import { NOTICES_FILE_NAME, bundleMetafile, bundledPackages, noticesText } from '../../scripts/third-party-notices';
import { REPO_ROOT } from '../support/deploy-harness';

jest.setTimeout(120_000);

const NOTICES = path.join(OUT_DIR, NOTICES_FILE_NAME);

interface Installed { readonly name: string; readonly version: string; readonly license: string }

/**
 * The packages in a metafile, found without the notices module's own reading: every file esbuild
 * read from under node_modules, mapped to its package by path, with the installed package.json.
 */
function packagesIn(metafile: Metafile): Installed[] {
  const dirs = new Set(Object.keys(metafile.inputs)
    .map((input) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1])
    .filter((d): d is string => d !== undefined));
  return [...dirs].map((d) => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, d, 'package.json'), 'utf8'));
    return { name: pkg.name, version: pkg.version, license: String(pkg.license) };
  });
}

/** The packages that `text` does not list as `name version (license)` on a line of its own. */
function unlisted(text: string, packages: readonly Installed[]): string[] {
  const lines = new Set(text.split('\n'));
  return packages.filter((p) => !lines.has(`${p.name} ${p.version} (${p.license})`)).map((p) => `${p.name}@${p.version}`);
}

let shipped: string;
let metafile: Metafile;
let inBundles: Installed[];

beforeAll(async () => {
  if (!fs.existsSync(NOTICES)) throw new Error(`no ${NOTICES_FILE_NAME} in dist-provider: build the provider first (npx projen provider:build)`);
  shipped = fs.readFileSync(NOTICES, 'utf8');
  metafile = await bundleMetafile();
  inBundles = packagesIn(metafile);
});

describe('THIRD-PARTY-NOTICES.txt', () => {
  test('lists every package in the bundles with its installed version and license', () => {
    // the packages the review named, the lazily loaded Elasticsearch client's among them
    expect(inBundles.map((p) => p.name)).toEqual(expect.arrayContaining(['@elastic/elasticsearch', '@elastic/transport', 'undici', '@grpc/grpc-js', 'protobufjs', '@msgpack/msgpack']));
    expect(unlisted(shipped, inBundles)).toEqual([]);
  });

  test('the check fails when a bundled package is missing from the file', () => {
    const withoutUndici = shipped.split('\n').filter((l) => !l.startsWith('undici ')).join('\n');
    expect(unlisted(withoutUndici, inBundles)).toEqual([expect.stringMatching(/^undici@/)]);
  });

  test('each listed package is followed by the license file it ships', () => {
    const sections = shipped.split(/\n={78}\n/).slice(1);
    // a heading and a body per package
    expect(sections.length).toBe(2 * inBundles.length);
    for (let i = 0; i < sections.length; i += 2) {
      expect({ pkg: sections[i], hasLicenseText: /^--- (licen[cs]e|copying)/im.test(sections[i + 1]) }).toEqual({ pkg: sections[i], hasLicenseText: true });
    }
    expect(shipped).toContain('Apache License');
    expect(shipped).toContain('Permission is hereby granted, free of charge');
  });

  test('names no path of the machine that built it', () => {
    expect(shipped).not.toContain(REPO_ROOT);
    expect(shipped).not.toContain(path.dirname(REPO_ROOT));
  });

  test('is what the generator makes from the same metafile (the build wrote a current file)', () => {
    expect(noticesText(bundledPackages(metafile, REPO_ROOT))).toBe(shipped);
  });

  test('is in the npm package, next to the bundles', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    const files = (pack.files as Array<{ path: string }>).map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining([`dist-provider/${NOTICES_FILE_NAME}`, 'dist-provider/terraform-provider-eccx', 'SECURITY.md']));
  });
});
