import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import type { Values } from './deep-merge';
import type { Environment } from './environment';
import { execCommand } from './exec-command';
import { helmBinary } from './helm';

export function templateArgs(env: Environment, valuesFile: string): string[] {
  return ['template', env.release, env.chart, '--namespace', env.namespace, '--values', valuesFile];
}

/** `helm template`: offline, so the plan can show manifests without a cluster. */
export async function renderManifests(workspaceRoot: string, env: Environment, values: Values): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'nx-deploy-template-'));
  try {
    const valuesFile = join(dir, 'values.yaml');
    writeFileSync(valuesFile, stringify(values));
    const { stdout } = await execCommand(helmBinary(workspaceRoot), templateArgs(env, valuesFile), {
      cwd: workspaceRoot,
      quiet: true,
    });
    return stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The manifest helm records for a revision leaves hooks out; so must anything compared with it. */
export function withoutHooks(manifests: string): string {
  return parseAllDocuments(manifests)
    .filter((document) => {
      const object = document.toJS() as { metadata?: { annotations?: Record<string, string> } } | null;
      return !!object && !object.metadata?.annotations?.['helm.sh/hook'];
    })
    .map((document) => `---\n${document.toString()}`)
    .join('');
}
