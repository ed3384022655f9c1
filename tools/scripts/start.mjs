#!/usr/bin/env node
// `npm start`: builds the apps, then runs the api (embedded PGlite in .data/ unless DATABASE_URL
// is set) and, when it exists, the web app in front of it. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const hasWeb = existsSync(join(root, 'apps', 'web', 'project.json'));
const apiPort = process.env.API_PORT ?? '8000';
const webPort = process.env.PORT ?? '3000';
const env = { ...process.env, NX_DAEMON: 'false', NEXT_TELEMETRY_DISABLED: '1' };

// web:standalone is web:build plus the static assets the standalone server serves.
const targets = hasWeb ? ['build', 'standalone'] : ['build'];
const projects = hasWeb ? 'api,web' : 'api';
const build = spawnSync('npx', ['nx', 'run-many', '-t', ...targets, '-p', projects, '--outputStyle=static'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [];
function run(name, command, args, childEnv) {
  const child = spawn(command, args, { cwd: root, env: childEnv, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    console.log(`${name} exited (${signal ?? code})`);
    for (const other of children) if (other !== child && other.exitCode === null) other.kill('SIGTERM');
    process.exitCode = code ?? 0;
  });
  children.push(child);
}

run('api', process.execPath, ['dist/apps/api/main.js'], { ...env, PORT: apiPort });
if (hasWeb) {
  run('web', process.execPath, ['apps/web/.next/standalone/apps/web/server.js'], {
    ...env,
    PORT: webPort,
    API_URL: process.env.API_URL ?? `http://localhost:${apiPort}`,
  });
}
console.log(
  hasWeb
    ? `todo-chatbot: web on http://localhost:${webPort}, api on http://localhost:${apiPort}`
    : `todo-chatbot: api on http://localhost:${apiPort}`,
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  });
}
