// Prints what each app image adds on top of its base, its total and gzip-compressed size,
// its cold (--no-cache) and warm (unchanged sources) build times, and how long a no-op deploy
// plan takes; writes dist/bench/images.json. Fails when an image adds more than its target.
// usage: node bench/images.mjs [--warm-only]   (needs a running Docker engine)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const docker = process.env.DOCKER_CLI ?? (existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker');
const targetsMB = { api: 80, web: 80 };
const warmOnly = process.argv.includes('--warm-only');
const MB = 1e6;

function build(app, tag, flags = []) {
  const started = performance.now();
  const result = spawnSync(join(root, '.ci/docker/build-image.sh'), [app, tag, ...flags], {
    env: { ...process.env, DOCKER_CLI: docker },
    encoding: 'utf8',
    maxBuffer: 256 * MB,
  });
  if (result.status !== 0) {
    throw new Error(`building ${app} failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
  }
  return (performance.now() - started) / 1000;
}

const inspect = (format, image) => execFileSync(docker, ['image', 'inspect', '-f', format, image], { encoding: 'utf8' }).trim();

function compressedBytes(image) {
  const output = execFileSync('sh', ['-c', `"$0" save "$1" | gzip -c | wc -c`, docker, image], { encoding: 'utf8' });
  return Number(output.trim());
}

const baseImage = readFileSync(join(root, 'apps/api/Dockerfile'), 'utf8').match(/^FROM (\S+)/m)[1];
const base = { image: baseImage, bytes: Number(inspect('{{.Size}}', baseImage)), compressedBytes: compressedBytes(baseImage) };
const images = [];
for (const app of Object.keys(targetsMB)) {
  const tag = `todo-chatbot/${app}:bench`;
  const coldSeconds = warmOnly ? null : build(app, tag, ['--no-cache']);
  const warmSeconds = build(app, tag);
  const bytes = Number(inspect('{{.Size}}', tag));
  const compressed = compressedBytes(tag);
  images.push({
    app,
    image: tag,
    addedBytes: bytes - base.bytes,
    totalBytes: bytes,
    compressedBytes: compressed,
    compressedAddedBytes: compressed - base.compressedBytes,
    targetAddedBytes: targetsMB[app] * MB,
    coldSeconds,
    warmSeconds,
  });
}

const mb = (bytes) => (bytes / MB).toFixed(1).padStart(7);
const seconds = (value) => (value === null ? '      -' : value.toFixed(1).padStart(7));
console.log(`base ${base.image}: ${mb(base.bytes)} MB, ${mb(base.compressedBytes)} MB gzipped`);
console.log('app   added MB  target  total MB   gzip MB  gzip added  cold s  warm s');
for (const i of images) {
  const verdict = i.addedBytes <= i.targetAddedBytes ? '' : '  OVER TARGET';
  console.log(
    `${i.app.padEnd(4)} ${mb(i.addedBytes)}   ${String(i.targetAddedBytes / MB).padStart(5)} ${mb(i.totalBytes)}   ${mb(i.compressedBytes)}     ${mb(i.compressedAddedBytes)} ${seconds(i.coldSeconds)} ${seconds(i.warmSeconds)}${verdict}`,
  );
}

function timedNx(args) {
  const started = performance.now();
  const result = spawnSync('npx', ['nx', ...args, '--outputStyle=static'], {
    cwd: root,
    env: { ...process.env, NX_DAEMON: 'false' },
    encoding: 'utf8',
    maxBuffer: 64 * MB,
  });
  if (result.status !== 0) throw new Error(`nx ${args.join(' ')} failed:\n${(result.stdout + result.stderr).slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, output: result.stdout };
}

// A no-op deploy: the release already runs exactly these images, so the plan keeps every service.
const releaseValues = join(root, 'tmp', 'bench-release-values.yaml');
timedNx(['run', 'api:helm-values', '--env', 'local']);
mkdirSync(join(root, 'tmp'), { recursive: true });
writeFileSync(releaseValues, readFileSync(join(root, 'deploy/generated/local/values.yaml')));
const noopPlan = timedNx(['run-many', '-t', 'deploy', '--env', 'local', '--dry-run', '--current-values', releaseValues]);
if (/\bupdate\s*$/m.test(noopPlan.output)) throw new Error(`the no-op plan changes a service:\n${noopPlan.output}`);
const affectedNothing = timedNx(['affected', '-t', 'deploy', '--env', 'local', '--dry-run', '--base=HEAD', '--head=HEAD']);
const deployPlan = { noopPlanSeconds: noopPlan.seconds, affectedNothingSeconds: affectedNothing.seconds, targetSeconds: 5 };
const verdict = (value) => (value < deployPlan.targetSeconds ? 'yes' : 'NO');
console.log('\ndeploy plan (dry run, env local)              seconds  < 5 s');
console.log(`every service, nothing changed (all kept)   ${seconds(noopPlan.seconds)}  ${verdict(noopPlan.seconds)}`);
console.log(`nx affected, nothing changed               ${seconds(affectedNothing.seconds)}  ${verdict(affectedNothing.seconds)}`);

mkdirSync(join(root, 'dist/bench'), { recursive: true });
writeFileSync(join(root, 'dist/bench/images.json'), `${JSON.stringify({ base, images, deployPlan }, null, 2)}\n`);
if (images.some((i) => i.addedBytes > i.targetAddedBytes)) process.exit(1);
