// The CI scenarios are the chart's ci/<name>-values.yaml files. A scenario whose
// name has a values-<name>.yaml beside Chart.yaml (values-local.yaml) layers that
// file first, so the scenario checks exactly what users install with.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const scenarioFile = /^(.+)-values\.yaml$/;

/**
 * @param {string} chartDir
 * @returns {{ name: string, valuesFiles: string[] }[]}
 */
export function listScenarios(chartDir) {
  return readdirSync(join(chartDir, 'ci'))
    .map((file) => scenarioFile.exec(file))
    .filter((match) => match !== null)
    .map(([file, name]) => {
      const base = join(chartDir, `values-${name}.yaml`);
      const layered = existsSync(base) ? [base] : [];
      return { name, valuesFiles: [...layered, join(chartDir, 'ci', file)] };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
