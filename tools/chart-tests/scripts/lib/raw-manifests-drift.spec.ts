import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffRawManifests } from './raw-manifests-drift.mjs';

describe('diffRawManifests', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'k8s-'));
    writeFileSync(join(dir, 'same.yaml'), 'a: 1\n');
    writeFileSync(join(dir, 'stale.yaml'), 'a: 1\n');
    writeFileSync(join(dir, 'extra.yaml'), 'a: 1\n');
    writeFileSync(join(dir, 'README.md'), '# not a manifest\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports missing, stale and extra manifests, and ignores other files', () => {
    const expected = new Map([
      ['same.yaml', 'a: 1\n'],
      ['stale.yaml', 'a: 2\n'],
      ['missing.yaml', 'a: 1\n'],
    ]);
    expect(diffRawManifests(dir, expected)).toEqual([
      'stale.yaml: differs from the chart',
      'missing.yaml: missing',
      'extra.yaml: not produced by the chart',
    ]);
  });

  it('is empty when the files match', () => {
    expect(diffRawManifests(dir, new Map([['same.yaml', 'a: 1\n'], ['stale.yaml', 'a: 1\n'], ['extra.yaml', 'a: 1\n']]))).toEqual([]);
  });
});
