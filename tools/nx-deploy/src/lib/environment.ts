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
  /** Set for a preview made from a template environment with `--name`. */
  preview?: { name: string; ttl: string };
}

/** A template environment's `preview:` section: each `--name` gets a namespace of its own. */
export interface PreviewTemplate {
  ttl?: string;
}

const MAX_NAMESPACE = 63;

/** `feature/Login_42` → `feature-login-42`: a DNS label, as namespaces must be. */
export function previewSlug(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!slug) throw new Error(`--name "${name}" has no letters or digits to name a preview with.`);
  return slug;
}

export function environmentPath(env: string): string {
  return join(environmentsDir, `${env}.yaml`);
}

/** The environment file as written, a preview template included (e.g. for its registry). */
export function readEnvironmentTemplate(workspaceRoot: string, env: string): Environment {
  return readEnvironmentFile(workspaceRoot, env).environment;
}

export function readEnvironment(workspaceRoot: string, env: string, previewName?: string): Environment {
  const { environment, preview } = readEnvironmentFile(workspaceRoot, env);
  return withPreview(environment, preview, previewName);
}

function readEnvironmentFile(workspaceRoot: string, env: string): { environment: Environment; preview?: PreviewTemplate } {
  if (!/^[a-z][-a-z0-9]*$/.test(env)) {
    throw new Error(`--env "${env}" is not an environment name (a-z, 0-9, -).`);
  }
  const path = join(workspaceRoot, environmentPath(env));
  if (!existsSync(path)) {
    throw new Error(`Unknown environment "${env}": ${environmentPath(env)} does not exist.`);
  }
  return parseEnvironmentFile(env, readFileSync(path, 'utf8'));
}

/** The text of `deploy/environments/<env>.yaml`, wherever it was read from (a generator reads it from its tree). */
export function parseEnvironmentFile(env: string, text: string): { environment: Environment; preview?: PreviewTemplate } {
  let raw: Partial<Environment>;
  try {
    raw = parse(text) ?? {};
  } catch (error) {
    throw new Error(`${environmentPath(env)} is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return { environment: normalizeEnvironment(env, raw), preview: (raw as { preview?: PreviewTemplate }).preview };
}

function withPreview(template: Environment, preview: PreviewTemplate | undefined, previewName: string | undefined): Environment {
  if (!preview) {
    if (previewName) throw new Error(`--name is for preview environments; ${environmentPath(template.name)} has no preview: section.`);
    return template;
  }
  if (!previewName) throw new Error(`${environmentPath(template.name)} is a preview template: name the preview with --name <branch>.`);
  const slug = previewSlug(previewName);
  const namespace = `${template.namespace}-${slug}`.slice(0, MAX_NAMESPACE).replace(/-+$/, '');
  return {
    ...template,
    name: `${template.name}-${slug}`.slice(0, MAX_NAMESPACE).replace(/-+$/, ''),
    namespace,
    host: template.host ? `${slug}.${template.host}` : undefined,
    preview: { name: previewName, ttl: preview.ttl ?? '72h' },
  };
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
