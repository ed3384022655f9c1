import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ContainerEngine } from './container-engine';
import type { DeployableProject } from './deployable-projects';
import { runCommand } from './exec-command';
import { formatImageRef, type ImageRef, isCommitId } from './image-ref';
import { recordedDigest, writeImageRecord } from './image-record';

export type BuildStatus = 'built' | 'skipped' | 'would build';

export interface EnsuredImage {
  image: ImageRef;
  status: BuildStatus;
  /** Why the build was skipped, or what is missing. */
  note: string;
}

export interface EnsureOptions {
  push: boolean;
  /** Registry the image goes to with push; empty keeps the local name only. */
  registry: string;
  labels: Record<string, string>;
}

export const revisionLabel = 'org.opencontainers.image.revision';

async function gitValue(workspaceRoot: string, args: string[]): Promise<string> {
  const result = await runCommand('git', args, { cwd: workspaceRoot });
  return result.code === 0 && result.stdout.trim() ? result.stdout.trim() : 'unknown';
}

/** The OCI labels every image gets; a remote URL's credentials never reach an image. */
export async function ociLabels(workspaceRoot: string, image: ImageRef, now = new Date()): Promise<Record<string, string>> {
  const source = (await gitValue(workspaceRoot, ['config', '--get', 'remote.origin.url'])).replace(/\/\/[^/@]*@/, '//');
  return {
    'org.opencontainers.image.source': source,
    [revisionLabel]: await gitValue(workspaceRoot, ['rev-parse', 'HEAD']),
    'org.opencontainers.image.created': now.toISOString(),
    'org.opencontainers.image.version': image.tag,
  };
}

/** The image with the commit it was built from, as its label says; a recorded revision stays. */
export async function withImageRevision(engine: ContainerEngine, image: ImageRef, localRef: string): Promise<ImageRef> {
  if (image.revision) return image;
  const revision = await engine.imageLabel(localRef, revisionLabel);
  return isCommitId(revision) ? { ...image, revision } : image;
}

/** Where the image with this content hash already is, if anywhere. */
export async function findExistingImage(
  engine: ContainerEngine,
  image: ImageRef,
  options: Pick<EnsureOptions, 'push' | 'registry'>,
): Promise<string | undefined> {
  if (options.push) {
    return (await engine.hasRemoteImage(formatImageRef(options.registry, image))) ? 'exists in the registry' : undefined;
  }
  return (await engine.hasLocalImage(formatImageRef('', image))) ? 'exists locally' : undefined;
}

/** Builds (and pushes) the image unless its content-hash tag is already there. */
export async function ensureImage(
  workspaceRoot: string,
  engine: ContainerEngine,
  deployable: DeployableProject,
  image: ImageRef,
  options: EnsureOptions,
): Promise<EnsuredImage> {
  const { dockerfile } = deployable.config;
  if (!existsSync(join(workspaceRoot, dockerfile))) {
    throw new Error(`${deployable.project}: ${dockerfile} does not exist (set "dockerfile" in ${deployable.root}/deploy.json).`);
  }
  if (options.push && !options.registry) {
    throw new Error(`${deployable.project}: --push needs a registry (--registry, or --env with a registry in its file).`);
  }
  const localRef = formatImageRef('', image);
  const remoteRef = formatImageRef(options.registry, image);
  const existing = await findExistingImage(engine, image, options);
  if (existing) {
    const found = await withDigest(engine, image, remoteRef, options);
    const digest = found.digest ?? (options.push ? recordedDigest(workspaceRoot, deployable.project, options.registry, image) : undefined);
    return { image: await withImageRevision(engine, digest ? { ...image, digest } : image, localRef), status: 'skipped', note: existing };
  }

  if (!(await engine.hasLocalImage(localRef))) {
    const build = deployable.buildOptions;
    await engine.build({
      dockerfile,
      refs: [localRef],
      context: '.',
      buildArgs: build.buildArgs ?? {},
      labels: {
        ...(await ociLabels(workspaceRoot, image)),
        ...(build.labels ?? {}),
        ...options.labels,
      },
      platform: build.platform,
      target: build.target,
      cacheFrom: build.cacheFrom ?? [],
      cacheTo: build.cacheTo ?? [],
    });
  }
  if (!options.push) return { image: await withImageRevision(engine, image, localRef), status: 'built', note: localRef };

  await engine.tag(localRef, remoteRef);
  await engine.push(remoteRef);
  const pushed = await withDigest(engine, await withImageRevision(engine, image, localRef), remoteRef, options);
  if (pushed.digest) {
    writeImageRecord(workspaceRoot, { project: deployable.project, registry: options.registry, ...pushed, digest: pushed.digest });
  }
  return { image: pushed, status: 'built', note: `pushed ${remoteRef}${pushed.digest ? `@${pushed.digest}` : ''}` };
}

async function withDigest(engine: ContainerEngine, image: ImageRef, remoteRef: string, options: EnsureOptions): Promise<ImageRef> {
  if (!options.push) return image;
  const digest = await engine.repoDigest(remoteRef);
  return digest ? { ...image, digest } : image;
}
