import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ImageRef } from './image-ref';

/** Written after a push so a deploy can pin `repo:tag@digest`. */
export interface ImageRecord {
  project: string;
  registry: string;
  repository: string;
  tag: string;
  digest: string;
}

export function imageRecordPath(project: string): string {
  return join('dist', 'images', `${project}.json`);
}

export function writeImageRecord(workspaceRoot: string, record: ImageRecord): void {
  const path = join(workspaceRoot, imageRecordPath(record.project));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
}

/** The recorded digest, only when it belongs to this very tag and registry. */
export function recordedDigest(workspaceRoot: string, project: string, registry: string, image: ImageRef): string | undefined {
  const path = join(workspaceRoot, imageRecordPath(project));
  if (!existsSync(path)) return undefined;
  const record = JSON.parse(readFileSync(path, 'utf8')) as ImageRecord;
  return record.registry === registry && record.repository === image.repository && record.tag === image.tag
    ? record.digest
    : undefined;
}
