/** An image as the chart takes it: registry in `global.imageRegistry`, the rest per service. */
export interface ImageRef {
  repository: string;
  tag: string;
  digest?: string;
  /** The commit the image was built from (its OCI revision label): recorded in the release for --explain, rendered nowhere. */
  revision?: string;
}

/** A full git object name (sha1 or sha256): what `git rev-parse HEAD` gave when the image was built. */
export const isCommitId = (value: unknown): value is string => typeof value === 'string' && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(value);

export function formatImageRef(registry: string, image: ImageRef): string {
  const name = registry ? `${registry}/${image.repository}` : image.repository;
  return `${name}:${image.tag}${image.digest ? `@${image.digest}` : ''}`;
}

/** Reads `services.<name>.image` of a release's values; undefined when it names no tag. */
export function imageFromValues(values: unknown): ImageRef | undefined {
  const image = (values as { image?: Partial<ImageRef> } | undefined)?.image;
  if (!image?.repository || !image.tag) return undefined;
  return {
    repository: image.repository,
    tag: image.tag,
    ...(image.digest ? { digest: image.digest } : {}),
    ...(isCommitId(image.revision) ? { revision: image.revision } : {}),
  };
}
