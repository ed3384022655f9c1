import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Differences between the committed k8s/*.yaml files and a fresh render.
 * @param {string} k8sDir
 * @param {Map<string, string>} expected file name → content
 * @returns {string[]} one line per missing, stale or extra file
 */
export function diffRawManifests(k8sDir, expected) {
  const problems = [];
  for (const [file, content] of expected) {
    const path = join(k8sDir, file);
    if (!existsSync(path)) problems.push(`${file}: missing`);
    else if (readFileSync(path, 'utf8') !== content) problems.push(`${file}: differs from the chart`);
  }
  const committed = existsSync(k8sDir) ? readdirSync(k8sDir).filter((name) => name.endsWith('.yaml')) : [];
  for (const file of committed.filter((name) => !expected.has(name))) {
    problems.push(`${file}: not produced by the chart`);
  }
  return problems;
}
