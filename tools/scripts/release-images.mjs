#!/usr/bin/env node
// `nx release`'s docker pre-version command (nx.json release.docker.preVersionCommand).
// `nx release version` (@nx/docker) tags the local image named after the project root
// (apps/api → apps-api) with the release version; our images are built by the deploy plugin's
// docker-build under their content tag. So: build (or find) each released app's content-tagged
// image and give it that local name too; the release version then names the very image a
// deploy of this commit runs.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const { readCachedProjectGraph, readJsonFile } = createRequire(import.meta.url)('@nx/devkit');
const releasePatterns = readJsonFile(join(root, 'nx.json')).release?.projects ?? [];

if (process.env.NX_DRY_RUN === 'true') {
  console.log(`dry run: no image built or tagged (release projects: ${releasePatterns.join(', ')})`);
  process.exit(0);
}

const output = execFileSync(
  'npx',
  ['nx', 'run-many', '-t', 'docker-build', '--projects', releasePatterns.join(','), '--outputStyle=static'],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
process.stdout.write(output);

const graph = readCachedProjectGraph();
// The docker-build executor's summary line: "<project>  <image>  built|skipped (...)".
const summaries = [...output.matchAll(/^(\S+) {2}(\S+) {2}(?:built|skipped) \(/gm)];
if (summaries.length === 0) throw new Error('no "<project>  <image>  built|skipped" line in the docker-build output');
for (const [, project, image] of summaries) {
  const localName = dockerLocalName(graph.nodes[project].data.root);
  execFileSync('docker', ['tag', image, localName], { stdio: 'inherit' });
  console.log(`${project}  ${image}  tagged ${localName}`);
}

/** The name @nx/docker builds and retags a project's image under (its getDefaultImageReference). */
function dockerLocalName(projectRoot) {
  const name = projectRoot.replace(/^[\\/]/, '').replace(/[\\/\s]+/g, '-').toLowerCase();
  return name.length > 128 ? name.slice(-128) : name;
}
