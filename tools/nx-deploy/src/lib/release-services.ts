import type { ExecutorContext } from '@nx/devkit';
import { contentImage, type DeployableProject, deployableProjects } from './deployable-projects';
import type { ImageRef } from './image-ref';
import { recordedDigest } from './image-record';
import type { ServiceRelease } from './render-helm-values';

/** A deployable project at the image this checkout builds for it. */
export interface ReleaseService {
  deployable: DeployableProject;
  image: ImageRef;
}

/**
 * Every service of the release, one per deployable project, at its content-hash image; with
 * `pinDigests`, at the digest recorded when that very tag was pushed to `registry`.
 */
export async function listReleaseServices(context: ExecutorContext, registry: string, pinDigests: boolean): Promise<ReleaseService[]> {
  const services: ReleaseService[] = [];
  for (const deployable of deployableProjects(context)) {
    const image = await contentImage(context, deployable);
    const digest = pinDigests ? recordedDigest(context.root, deployable.project, registry, image) : undefined;
    services.push({ deployable, image: digest ? { ...image, digest } : image });
  }
  return services;
}

/** The `services.<name>` entry the release's values are rendered from. */
export function toServiceRelease(deployable: DeployableProject, image: ImageRef): ServiceRelease {
  return { project: deployable.project, service: deployable.config.service, values: deployable.config.values, image };
}
