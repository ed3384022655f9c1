import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file beside a project's Dockerfile that makes it deployable. */
export const deployConfigFileName = 'deploy.json';

/** What a project says about itself in `deploy.json`. */
export interface DeployConfig {
  /** Key of the project's entry in the chart's `services` map. */
  service: string;
  /** Image repository without registry, e.g. `todo-chatbot/api`. */
  image: string;
  /** Dockerfile path relative to the workspace root. */
  dockerfile: string;
  /** Merged into `services.<service>` of the rendered values. */
  values: Record<string, unknown>;
}

type RawDeployConfig = Partial<DeployConfig> & { $schema?: string };

export const defaultImagePrefix = 'todo-chatbot';

export function readDeployConfig(workspaceRoot: string, projectRoot: string, projectName: string): DeployConfig {
  const path = join(workspaceRoot, projectRoot, deployConfigFileName);
  if (!existsSync(path)) {
    throw new Error(`${projectName} has no ${join(projectRoot, deployConfigFileName)}: it is not deployable.`);
  }
  let raw: RawDeployConfig;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${join(projectRoot, deployConfigFileName)} is not valid JSON: ${(error as Error).message}`);
  }
  return normalizeDeployConfig(raw, projectRoot, projectName);
}

export function normalizeDeployConfig(raw: RawDeployConfig, projectRoot: string, projectName: string): DeployConfig {
  const service = raw.service ?? projectName;
  if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(service)) {
    throw new Error(`${join(projectRoot, deployConfigFileName)}: service "${service}" must be a DNS label (a-z, 0-9, -).`);
  }
  if (raw.values !== undefined && (typeof raw.values !== 'object' || raw.values === null || Array.isArray(raw.values))) {
    throw new Error(`${join(projectRoot, deployConfigFileName)}: "values" must be an object.`);
  }
  return {
    service,
    image: raw.image ?? `${defaultImagePrefix}/${service}`,
    dockerfile: raw.dockerfile ?? join(projectRoot, 'Dockerfile'),
    values: raw.values ?? {},
  };
}
