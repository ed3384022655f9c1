import type { BuildStatus } from './ensure-image';
import { formatImageRef, imageFromValues, type ImageRef } from './image-ref';
import type { CurrentRelease } from './helm';
import { isPlainObject } from './deep-merge';

export interface PlannedService {
  project: string;
  service: string;
  current?: ImageRef;
  next: ImageRef;
  /** In this run's deploy set, or carried over because the release lacks it. */
  deploying: boolean;
  change: 'update' | 'unchanged' | 'install' | 'kept';
  build?: BuildStatus;
  note?: string;
}

export interface ServiceCandidate {
  project: string;
  service: string;
  contentImage: ImageRef;
  inDeploySet: boolean;
}

function sameImage(a: ImageRef | undefined, b: ImageRef): boolean {
  return !!a && a.repository === b.repository && a.tag === b.tag && (a.digest ?? '') === (b.digest ?? '');
}

/**
 * Services in the deploy set move to their content-hash image; every other service keeps the
 * image the release runs, never a chart default. A service the release lacks is installed.
 */
export function planServices(candidates: ServiceCandidate[], release: CurrentRelease): PlannedService[] {
  const releaseServices = release.state === 'deployed' && isPlainObject(release.values.services) ? release.values.services : {};
  return candidates.map(({ project, service, contentImage, inDeploySet }) => {
    const current = imageFromValues(releaseServices[service]);
    if (inDeploySet) {
      // An unchanged image keeps what the release recorded for it (its revision), so a no-op stays a no-op.
      if (current && sameImage(current, contentImage)) return { project, service, current, next: current, deploying: true, change: 'unchanged' };
      return { project, service, current, next: contentImage, deploying: true, change: current ? 'update' : 'install' };
    }
    if (current) return { project, service, current, next: current, deploying: false, change: 'kept' };
    return { project, service, next: contentImage, deploying: true, change: 'install', note: 'not in the release yet' };
  });
}

export function describeRelease(release: CurrentRelease, source: string): string {
  switch (release.state) {
    case 'deployed':
      return `current images: ${source}${release.revision ? `, revision ${release.revision}` : ''}`;
    case 'pending':
      return `current images: UNKNOWN, ${source} is ${release.status}`;
    case 'not-installed':
      return `current images: none (${source} has no such release: first install)`;
    case 'unreachable':
      return `current images: UNKNOWN, the cluster is unreachable (${release.reason}); planned as a first install`;
  }
}

export function formatPlan(services: PlannedService[], registry: string): string {
  const header = ['SERVICE', 'PROJECT', 'CURRENT IMAGE', '', 'NEW IMAGE', 'IMAGE BUILD', 'CHANGE'];
  const rows = services.map((s) => [
    s.service,
    s.project,
    s.current ? formatImageRef(registry, s.current) : '(none)',
    '→',
    formatImageRef(registry, s.next),
    s.build ?? '-',
    s.note ? `${s.change} (${s.note})` : s.change,
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column].length)));
  return [header, ...rows].map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}
