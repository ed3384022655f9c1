import { parseAllDocuments } from 'yaml';
import type { Kubectl, KubeObject } from './kubectl';

/** A field of a managed workload whose live value is not what the release applied. */
export interface Drift {
  resource: string;
  field: string;
  live: string;
  release: string;
}

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet'];

export function workloadsOf(manifest: string): KubeObject[] {
  return parseAllDocuments(manifest)
    .map((document) => document.toJS() as KubeObject | null)
    .filter((object): object is KubeObject => !!object && WORKLOAD_KINDS.includes(object.kind));
}

interface PodTemplateSpec {
  replicas?: number;
  template?: { spec?: { containers?: { name: string; image: string }[]; initContainers?: { name: string; image: string }[] } };
}

function images(object: KubeObject): Map<string, string> {
  const pod = (object.spec as PodTemplateSpec | undefined)?.template?.spec;
  return new Map([...(pod?.initContainers ?? []), ...(pod?.containers ?? [])].map((container) => [container.name, container.image]));
}

/**
 * Compares what the release applied with the live objects: container images, and replicas where the
 * release sets them (an autoscaled workload leaves replicas to its HPA). Out-of-band edits such as
 * `kubectl set image` or `kubectl scale` show here; helm's stored values would not reveal them.
 */
export function findDrift(released: KubeObject[], live: KubeObject[]): Drift[] {
  const drift: Drift[] = [];
  for (const object of released) {
    const resource = `${object.kind}/${object.metadata.name}`;
    const current = live.find((candidate) => candidate.kind === object.kind && candidate.metadata.name === object.metadata.name);
    if (!current) {
      drift.push({ resource, field: 'object', live: '(deleted)', release: 'present' });
      continue;
    }
    const liveImages = images(current);
    for (const [container, image] of images(object)) {
      const liveImage = liveImages.get(container) ?? '(no such container)';
      if (liveImage !== image) drift.push({ resource, field: `container ${container} image`, live: liveImage, release: image });
    }
    const replicas = (object.spec as PodTemplateSpec | undefined)?.replicas;
    const liveReplicas = (current.spec as PodTemplateSpec | undefined)?.replicas;
    if (replicas !== undefined && liveReplicas !== replicas) {
      drift.push({ resource, field: 'replicas', live: String(liveReplicas), release: String(replicas) });
    }
  }
  return drift;
}

export function formatDrift(drift: Drift[], revision: number | undefined): string {
  if (drift.length === 0) return 'Drift: none (the live workloads match the release).';
  const since = revision ? ` since revision ${revision}` : '';
  return [
    `Drift: ${drift.length} live field(s) changed out of band${since}; this deploy puts back what the release says:`,
    ...drift.map((d) => `  ${d.resource} ${d.field}: live ${d.live}, release ${d.release}`),
  ].join('\n');
}

export async function readDrift(kubectl: Kubectl, releaseManifest: string): Promise<Drift[]> {
  const released = workloadsOf(releaseManifest);
  if (released.length === 0) return [];
  return findDrift(released, await kubectl.list('deployments,statefulsets'));
}
