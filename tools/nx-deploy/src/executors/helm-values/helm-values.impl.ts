import type { ExecutorContext } from '@nx/devkit';
import { contentImage, deployableProjects } from '../../lib/deployable-projects';
import { readEnvironment } from '../../lib/environment';
import { formatImageRef } from '../../lib/image-ref';
import { recordedDigest } from '../../lib/image-record';
import { writeReleaseValues } from '../../lib/release-values';
import type { HelmValuesExecutorSchema } from './schema';

/** Every deployable project at its content-hash image: the release as this checkout would ship it. */
export default async function helmValuesExecutor(
  options: HelmValuesExecutorSchema,
  context: ExecutorContext,
): Promise<{ success: boolean }> {
  const env = readEnvironment(context.root, options.env ?? 'local', options.name);
  const services = [];
  for (const deployable of deployableProjects(context)) {
    const image = await contentImage(context, deployable);
    const digest = recordedDigest(context.root, deployable.project, env.registry, image);
    services.push({ project: deployable.project, service: deployable.config.service, values: deployable.config.values, image: digest ? { ...image, digest } : image });
  }
  const { path } = writeReleaseValues(context.root, env, services);
  for (const service of services) console.log(`${service.service.padEnd(12)} ${formatImageRef(env.registry, service.image)}`);
  console.log(`Wrote ${path} (validated against ${env.chart}/values.schema.json).`);
  return { success: true };
}
