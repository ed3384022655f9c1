import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listScenarios } from './scenarios.mjs';

describe('listScenarios', () => {
  let chart: string;
  beforeAll(() => {
    chart = mkdtempSync(join(tmpdir(), 'scenarios-'));
    mkdirSync(join(chart, 'ci'));
    for (const file of ['local-values.yaml', 'default-values.yaml', 'notes.md']) writeFileSync(join(chart, 'ci', file), '');
    writeFileSync(join(chart, 'values-local.yaml'), '');
  });
  afterAll(() => rmSync(chart, { recursive: true, force: true }));

  it('turns each ci/<name>-values.yaml into a scenario, layering values-<name>.yaml first when it exists', () => {
    expect(listScenarios(chart)).toEqual([
      { name: 'default', valuesFiles: [join(chart, 'ci', 'default-values.yaml')] },
      { name: 'local', valuesFiles: [join(chart, 'values-local.yaml'), join(chart, 'ci', 'local-values.yaml')] },
    ]);
  });
});
