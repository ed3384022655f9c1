import { type ExecutorContext, logger } from '@nx/devkit';
import { readEnvironment } from '../../lib/environment';
import { formatImageRef } from '../../lib/image-ref';
import { listReleaseServices, toServiceRelease } from '../../lib/release-services';
import { writeReleaseValues } from '../../lib/release-values';
import type { HelmValuesExecutorSchema } from './schema';

/** Every deployable project at its content-hash image: the release as this checkout would ship it. */
export default async function helmValuesExecutor(
  options: HelmValuesExecutorSchema,
  context: ExecutorContext,
): Promise<{ success: boolean }> {
  const env = readEnvironment(context.root, options.env ?? 'local', options.name);
  const services = (await listReleaseServices(context, env.registry, true)).map(({ deployable, image }) => toServiceRelease(deployable, image));
  const { path } = writeReleaseValues(context.root, env, services);
  for (const service of services) logger.info(`${service.service.padEnd(12)} ${formatImageRef(env.registry, service.image)}`);
  logger.info(`Wrote ${path} (validated against ${env.chart}/values.schema.json).`);
  return { success: true };
}
