import { resolve } from 'node:path';
import { chartDir, helmTemplateArgs, runHelm } from '../scripts/lib/helm.mjs';
import { parseManifests } from '../scripts/lib/parse-manifests.mjs';
import { listScenarios } from '../scripts/lib/scenarios.mjs';

export const workspaceRoot = resolve(__dirname, '../../..');
export const chart = chartDir(workspaceRoot);
export const scenarios = listScenarios(chart);

// Rendered objects are plain parsed YAML; specs reach into them freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type K8sObject = Record<string, any>;

export function render(valuesFiles: string[], set: string[] = []): K8sObject[] {
  const result = runHelm(workspaceRoot, helmTemplateArgs(workspaceRoot, { valuesFiles, set }));
  if (!result.ok) throw new Error(`${result.command}\n${result.stderr}`);
  return parseManifests(result.stdout);
}

export function renderScenario(name: string): K8sObject[] {
  const scenario = scenarios.find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`no scenario ${name}`);
  return render(scenario.valuesFiles);
}

export const ofKind = (objects: K8sObject[], kind: string) => objects.filter((object) => object.kind === kind);

export function named(objects: K8sObject[], kind: string, name: string): K8sObject {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name} in ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);
  return found;
}

export function podSpecOf(object: K8sObject): K8sObject | undefined {
  return ['Deployment', 'StatefulSet', 'Job'].includes(object.kind) ? object.spec.template.spec : undefined;
}
