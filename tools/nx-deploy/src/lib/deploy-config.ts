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

export type RawDeployConfig = Partial<DeployConfig> & { $schema?: string };

/** The image repository of a service whose deploy.json names none. */
export const imageName = (imagePrefix: string, service: string): string => `${imagePrefix}/${service}`;

/** The Dockerfile a deploy config builds, workspace-relative. */
export const dockerfileOf = (raw: RawDeployConfig, projectRoot: string): string => raw.dockerfile ?? join(projectRoot, 'Dockerfile');

/** `deploy.json` as written; refuses a missing file or one that is not JSON. */
export function readDeployConfigFile(workspaceRoot: string, projectRoot: string, projectName: string): RawDeployConfig {
  const path = join(projectRoot, deployConfigFileName);
  if (!existsSync(join(workspaceRoot, path))) {
    throw new Error(`${projectName} has no ${path}: it is not deployable.`);
  }
  try {
    return JSON.parse(readFileSync(join(workspaceRoot, path), 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

export function readDeployConfig(workspaceRoot: string, projectRoot: string, projectName: string, imagePrefix: string): DeployConfig {
  return normalizeDeployConfig(readDeployConfigFile(workspaceRoot, projectRoot, projectName), projectRoot, projectName, imagePrefix);
}

export function normalizeDeployConfig(raw: RawDeployConfig, projectRoot: string, projectName: string, imagePrefix: string): DeployConfig {
  const service = raw.service ?? projectName;
  if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(service)) {
    throw new Error(`${join(projectRoot, deployConfigFileName)}: service "${service}" must be a DNS label (a-z, 0-9, -).`);
  }
  if (raw.values !== undefined && (typeof raw.values !== 'object' || raw.values === null || Array.isArray(raw.values))) {
    throw new Error(`${join(projectRoot, deployConfigFileName)}: "values" must be an object.`);
  }
  return {
    service,
    image: raw.image ?? imageName(imagePrefix, service),
    dockerfile: dockerfileOf(raw, projectRoot),
    values: raw.values ?? {},
  };
}
