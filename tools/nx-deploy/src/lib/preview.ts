import { logger } from '@nx/devkit';
import { durationSeconds } from './duration';
import type { Environment } from './environment';
import { type Kubectl, lastLine } from './kubectl';

export const PREVIEW_LABEL = 'nx-deploy/preview';
export const TTL_LABEL = 'nx-deploy/ttl';
export const EXPIRES_ANNOTATION = 'nx-deploy/expires-at';

/** What marks a preview's namespace: a cleanup job can delete those past `expires-at`. */
export function previewMarks(env: Environment, now: Date): { labels: string[]; annotations: string[] } {
  if (!env.preview) throw new Error(`${env.name} is not a preview`);
  const expires = new Date(now.getTime() + durationSeconds(env.preview.ttl) * 1000).toISOString();
  return { labels: [`${PREVIEW_LABEL}=true`, `${TTL_LABEL}=${env.preview.ttl}`], annotations: [`${EXPIRES_ANNOTATION}=${expires}`, `nx-deploy/preview-name=${env.preview.name}`] };
}

/** Every deploy renews the TTL: a preview lives `ttl` past its last deploy. */
export async function labelPreviewNamespace(kubectl: Kubectl, env: Environment, now = new Date()): Promise<void> {
  const { labels, annotations } = previewMarks(env, now);
  for (const [verb, marks] of [['label', labels], ['annotate', annotations]] as const) {
    const { code, stderr } = await kubectl.run([verb, 'namespace', env.namespace, '--overwrite', ...marks]);
    if (code !== 0) throw new Error(`Cannot ${verb} namespace ${env.namespace}: ${lastLine(stderr)}`);
  }
  logger.info(`Preview ${env.preview?.name}: namespace ${env.namespace}, expires ${annotations[0].split('=')[1]} (ttl ${env.preview?.ttl}, renewed by each deploy).`);
}
