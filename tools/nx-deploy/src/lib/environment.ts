import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const environmentsDir = 'deploy/environments';

/** One release of the chart: `deploy/environments/<env>.yaml`. */
export interface Environment {
  name: string;
  release: string;
  namespace: string;
  /** Empty: images keep their local names (minikube loads them). */
  registry: string;
  kubeContext?: string;
  host?: string;
  chart: string;
  /** Layered over the rendered deploy configs, in order, workspace-relative. */
  valuesFiles: string[];
  /** Layered last. */
  values: Record<string, unknown>;
  timeout: string;
  /** Run the chart's `helm test` checks after each upgrade and roll back when they fail. */
  verify: boolean;
}

export function environmentPath(env: string): string {
  return join(environmentsDir, `${env}.yaml`);
}

export function readEnvironment(workspaceRoot: string, env: string): Environment {
  if (!/^[a-z][-a-z0-9]*$/.test(env)) {
    throw new Error(`--env "${env}" is not an environment name (a-z, 0-9, -).`);
  }
  const path = join(workspaceRoot, environmentPath(env));
  if (!existsSync(path)) {
    throw new Error(`Unknown environment "${env}": ${environmentPath(env)} does not exist.`);
  }
  let raw: Partial<Environment>;
  try {
    raw = parse(readFileSync(path, 'utf8')) ?? {};
  } catch (error) {
    throw new Error(`${environmentPath(env)} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return normalizeEnvironment(env, raw);
}

export function normalizeEnvironment(env: string, raw: Partial<Environment>): Environment {
  const missing = (['release', 'namespace', 'chart'] as const).filter((key) => !raw[key]);
  if (missing.length > 0) {
    throw new Error(`${environmentPath(env)} lacks ${missing.join(', ')}.`);
  }
  return {
    name: env,
    release: raw.release as string,
    namespace: raw.namespace as string,
    registry: (raw.registry ?? '').replace(/\/+$/, ''),
    kubeContext: raw.kubeContext || undefined,
    host: raw.host || undefined,
    chart: raw.chart as string,
    valuesFiles: raw.valuesFiles ?? [],
    values: raw.values ?? {},
    timeout: raw.timeout ?? '5m',
    verify: raw.verify ?? false,
  };
}
