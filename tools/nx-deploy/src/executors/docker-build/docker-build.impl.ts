import { type ExecutorContext, logger } from '@nx/devkit';
import { ContainerEngine } from '../../lib/container-engine';
import { contentImage, findDeployable } from '../../lib/deployable-projects';
import { ensureImage } from '../../lib/ensure-image';
import { readEnvironmentTemplate } from '../../lib/environment';
import { formatImageRef } from '../../lib/image-ref';
import type { DockerBuildExecutorSchema } from './schema';

export interface NormalizedDockerBuildOptions {
  engine: 'auto' | 'docker' | 'podman';
  push: boolean;
  registry: string;
}

export function normalizeOptions(workspaceRoot: string, options: DockerBuildExecutorSchema): NormalizedDockerBuildOptions {
  const registry = options.registry ?? (options.env ? readEnvironmentTemplate(workspaceRoot, options.env).registry : '');
  return { engine: options.engine ?? 'auto', push: options.push ?? false, registry: registry.replace(/\/+$/, '') };
}

export default async function dockerBuildExecutor(
  options: DockerBuildExecutorSchema,
  context: ExecutorContext,
): Promise<{ success: boolean }> {
  const project = context.projectName as string;
  const normalized = normalizeOptions(context.root, options);
  const found = findDeployable(context, project);
  const deployable = { ...found, buildOptions: { ...found.buildOptions, ...options } };
  const image = await contentImage(context, deployable);
  const engine = await ContainerEngine.detect(normalized.engine, context.root);
  const result = await ensureImage(context.root, engine, deployable, image, { ...normalized, labels: {} });
  logger.info(`${project}  ${formatImageRef(normalized.push ? normalized.registry : '', result.image)}  ${result.status} (${result.note})`);
  return { success: true };
}
