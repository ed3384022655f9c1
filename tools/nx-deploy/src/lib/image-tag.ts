import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FilePatterns, matchesPatterns } from './image-inputs';
import { runCommand } from './exec-command';

/** Workspace files every image build reads, whatever the project. */
export const sharedImageInputs = ['package.json', 'package-lock.json', '.dockerignore'];

export interface ImageTagInputs {
  /** Per project root (the project and its workspace dependencies), the files that count. */
  roots: Record<string, FilePatterns>;
  dockerfile: string;
  /** Options that change the image without changing a file: build args, target, platform. */
  buildOptions: Record<string, unknown>;
}

/**
 * Files as git sees them (tracked plus untracked, minus ignored), read from disk, so the tag
 * follows the working tree that `docker build` is about to send.
 */
export async function listImageInputFiles(workspaceRoot: string, inputs: ImageTagInputs): Promise<string[]> {
  const roots = Object.keys(inputs.roots);
  const listed = await runCommand('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...roots], {
    cwd: workspaceRoot,
  });
  if (listed.code !== 0) {
    throw new Error(`Cannot list the image inputs with git (the tag is a hash of them): ${listed.stderr.trim()}`);
  }
  const files = new Set<string>();
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    const root = roots.find((candidate) => file.startsWith(`${candidate}/`));
    if (root && matchesPatterns(file, inputs.roots[root])) files.add(file);
  }
  const workspaceFiles = Object.values(inputs.roots).flatMap((patterns) => patterns.workspaceFiles);
  for (const file of [...sharedImageInputs, ...workspaceFiles, inputs.dockerfile, `${inputs.dockerfile}.dockerignore`]) {
    files.add(file);
  }
  return [...files].filter((file) => existsSync(join(workspaceRoot, file))).sort();
}

export function hashImageInputs(workspaceRoot: string, files: string[], buildOptions: Record<string, unknown>): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0${createHash('sha256').update(readFileSync(join(workspaceRoot, file))).digest('hex')}\n`);
  }
  hash.update(JSON.stringify(buildOptions, Object.keys(buildOptions).sort()));
  return hash.digest('hex').slice(0, 20);
}

export async function computeImageTag(workspaceRoot: string, inputs: ImageTagInputs): Promise<string> {
  return hashImageInputs(workspaceRoot, await listImageInputFiles(workspaceRoot, inputs), inputs.buildOptions);
}
