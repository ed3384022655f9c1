import type { NxJsonConfiguration, ProjectGraph } from '@nx/devkit';
import { matchesGlob } from 'node:path';

type NamedInputs = NonNullable<NxJsonConfiguration['namedInputs']>;

/** The `production` file set of nx.json, resolved to globs for one project root. */
export interface FilePatterns {
  include: string[];
  exclude: string[];
  workspaceFiles: string[];
}

/**
 * Resolves file entries of a named input the way Nx reads them; env, runtime and external
 * dependency entries are left out because the lockfile stands for them in an image.
 */
export function resolveFilePatterns(namedInputs: NamedInputs, projectRoot: string): FilePatterns {
  const name = 'production' in namedInputs ? 'production' : 'default' in namedInputs ? 'default' : undefined;
  const patterns: FilePatterns = { include: [], exclude: [], workspaceFiles: [] };
  if (!name) {
    patterns.include.push(`${projectRoot}/**/*`);
    return patterns;
  }
  const seen = new Set<string>();
  const visit = (inputName: string) => {
    if (seen.has(inputName)) return;
    seen.add(inputName);
    for (const entry of namedInputs[inputName] ?? []) {
      if (typeof entry !== 'string') continue;
      const negated = entry.startsWith('!');
      const body = negated ? entry.slice(1) : entry;
      if (body.startsWith('{projectRoot}')) {
        (negated ? patterns.exclude : patterns.include).push(body.replace('{projectRoot}', projectRoot));
      } else if (body.startsWith('{workspaceRoot}/') && !negated) {
        patterns.workspaceFiles.push(body.slice('{workspaceRoot}/'.length));
      } else if (!body.startsWith('^') && body in namedInputs) {
        visit(body);
      }
    }
  };
  visit(name);
  return patterns;
}

export function matchesPatterns(file: string, patterns: FilePatterns): boolean {
  return patterns.include.some((glob) => matchesGlob(file, glob)) && !patterns.exclude.some((glob) => matchesGlob(file, glob));
}

/** The project and every workspace project it depends on, directly or not; npm packages excluded. */
export function projectWithDependencies(graph: ProjectGraph, project: string): string[] {
  const found = new Set<string>([project]);
  const queue = [project];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const dependency of graph.dependencies[current] ?? []) {
      if (graph.nodes[dependency.target] && !found.has(dependency.target)) {
        found.add(dependency.target);
        queue.push(dependency.target);
      }
    }
  }
  return [...found].sort();
}
