import { runCommand } from './exec-command';
import { type FilePatterns, matchesPatterns } from './image-inputs';
import { formatImageRef, type ImageRef } from './image-ref';
import { sharedImageInputs } from './image-tag';

/** What a service's content tag is made of, grouped the way a reader thinks of it. */
export interface TagInputs {
  project: string;
  /** The service's own project first, then every workspace project it depends on. */
  projects: { name: string; root: string; patterns: FilePatterns }[];
  dockerfile: string;
}

export interface ChangedFile {
  status: 'added' | 'modified' | 'deleted';
  path: string;
}

export interface ChangedGroup {
  /** `own files (apps/api)`, `lib domain (libs/domain)`, `workspace files (…)`, `Dockerfile (…)`. */
  label: string;
  files: ChangedFile[];
}

export type TagExplanation =
  | { kind: 'first-deploy' }
  | { kind: 'unchanged'; running: ImageRef }
  | { kind: 'no-revision'; running: ImageRef }
  | { kind: 'revision-not-here'; running: ImageRef; revision: string; shallow: boolean }
  | { kind: 'changed'; running: ImageRef; revision: string; groups: ChangedGroup[] };

const gitStatus: Record<string, ChangedFile['status']> = { A: 'added', M: 'modified', D: 'deleted', T: 'modified' };
const filesShownPerGroup = 15;

async function git(workspaceRoot: string, args: string[]) {
  const result = await runCommand('git', args, { cwd: workspaceRoot });
  return { ok: result.code === 0, stdout: result.stdout, stderr: result.stderr.trim() };
}

async function gitOrThrow(workspaceRoot: string, args: string[]): Promise<string> {
  const result = await git(workspaceRoot, args);
  if (!result.ok) throw new Error(`--explain: git ${args.slice(0, 2).join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * Why the service's content tag differs from the image that runs: the files among its image
 * inputs that differ between the commit that image was built from and the working tree.
 */
export async function explainTag(workspaceRoot: string, inputs: TagInputs, running: ImageRef | undefined, contentTag: string): Promise<TagExplanation> {
  if (!running) return { kind: 'first-deploy' };
  if (running.tag === contentTag) return { kind: 'unchanged', running };
  const revision = running.revision;
  if (!revision) return { kind: 'no-revision', running };
  if (!(await git(workspaceRoot, ['cat-file', '-e', `${revision}^{commit}`])).ok) {
    const shallow = (await git(workspaceRoot, ['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    return { kind: 'revision-not-here', running, revision, shallow };
  }
  const workspaceFiles = [...new Set([...sharedImageInputs, ...inputs.projects.flatMap((p) => p.patterns.workspaceFiles)])];
  const dockerFiles = [inputs.dockerfile, `${inputs.dockerfile}.dockerignore`];
  const paths = [...inputs.projects.map((p) => p.root), ...workspaceFiles, ...dockerFiles];
  const changed = new Map<string, ChangedFile['status']>();
  const diff = (await gitOrThrow(workspaceRoot, ['diff', '--name-status', '--no-renames', '-z', revision, '--', ...paths])).split('\0');
  for (let i = 0; i + 1 < diff.length; i += 2) changed.set(diff[i + 1], gitStatus[diff[i]] ?? 'modified');
  const untracked = await gitOrThrow(workspaceRoot, ['ls-files', '-z', '--others', '--exclude-standard', '--', ...paths]);
  for (const path of untracked.split('\0').filter(Boolean)) changed.set(path, 'added');

  const groups = new Map<string, ChangedFile[]>();
  const add = (label: string, file: ChangedFile) => groups.set(label, [...(groups.get(label) ?? []), file]);
  // Longest root first, so a project nested in another's folder claims its own files.
  const byRoot = [...inputs.projects].sort((a, b) => b.root.length - a.root.length);
  for (const [path, status] of [...changed].sort(([a], [b]) => a.localeCompare(b))) {
    if (dockerFiles.includes(path)) add(`Dockerfile (${inputs.dockerfile})`, { status, path });
    else if (workspaceFiles.includes(path)) add('workspace files (lockfile, root config)', { status, path });
    else {
      const owner = byRoot.find((p) => path.startsWith(`${p.root}/`));
      // Outside the production inputs (specs, test helpers, READMEs): no part of the image.
      if (owner && matchesPatterns(path, owner.patterns)) add(groupLabel(inputs.project, owner), { status, path });
    }
  }
  const order = [
    ...inputs.projects.map((p) => groupLabel(inputs.project, p)),
    'workspace files (lockfile, root config)',
    `Dockerfile (${inputs.dockerfile})`,
  ];
  return {
    kind: 'changed',
    running,
    revision,
    groups: order.filter((label) => groups.has(label)).map((label) => ({ label, files: groups.get(label) as ChangedFile[] })),
  };
}

const groupLabel = (project: string, owner: { name: string; root: string }) =>
  owner.name === project ? `own files (${owner.root})` : `lib ${owner.name} (${owner.root})`;

const short = (revision: string) => revision.slice(0, 12);

/** The lines `deploy --explain` prints for one service. */
export function formatExplanation(service: string, registry: string, explanation: TagExplanation, next: ImageRef): string {
  const nextRef = formatImageRef(registry, next);
  switch (explanation.kind) {
    case 'first-deploy':
      return `${service}: first deploy: everything is new (no ${service} image runs yet) → ${nextRef}`;
    case 'unchanged':
      return `${service}: unchanged: tag ${formatImageRef(registry, explanation.running)} is running`;
    case 'no-revision':
      return (
        `${service}: ${formatImageRef(registry, explanation.running)} runs → ${nextRef}; the release records no revision for the running image ` +
        '(deployed before nx-deploy recorded one, and no local image carries its label): cannot tell which inputs changed'
      );
    case 'revision-not-here':
      return (
        `${service}: ${formatImageRef(registry, explanation.running)} runs → ${nextRef}; it was built from commit ${short(explanation.revision)}, ` +
        `which is not in this clone's history${explanation.shallow ? ' (a shallow clone: git fetch --unshallow, or fetch that commit)' : ''}: cannot tell which inputs changed`
      );
    case 'changed': {
      const head = `${service}: ${formatImageRef(registry, explanation.running)} runs → ${nextRef}`;
      if (explanation.groups.length === 0) {
        return (
          `${head}; no input file differs from ${short(explanation.revision)} (the commit the running image was built from): ` +
          'it was built from uncommitted changes, or with other build options'
        );
      }
      const lines = [`${head}; inputs changed since ${short(explanation.revision)} (the commit the running image was built from):`];
      for (const group of explanation.groups) {
        lines.push(`  ${group.label}:`);
        for (const file of group.files.slice(0, filesShownPerGroup)) lines.push(`    ${file.status.padEnd(8)} ${file.path}`);
        if (group.files.length > filesShownPerGroup) lines.push(`    … and ${group.files.length - filesShownPerGroup} more`);
      }
      return lines.join('\n');
    }
  }
}
