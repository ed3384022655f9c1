// `next build` leaves static assets out of the standalone server; it serves them once they
// sit beside server.js (https://nextjs.org/docs/app/api-reference/config/next-config-js/output).
import { cpSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';

const appDir = join(import.meta.dirname, '..');
const workspaceRoot = join(appDir, '../..');
const serverDir = join(appDir, '.next/standalone', relative(workspaceRoot, appDir));

if (!existsSync(join(serverDir, 'server.js'))) {
  throw new Error(`no standalone server in ${serverDir}: is output: "standalone" set?`);
}
cpSync(join(appDir, '.next/static'), join(serverDir, '.next/static'), { recursive: true });
if (existsSync(join(appDir, 'public'))) cpSync(join(appDir, 'public'), join(serverDir, 'public'), { recursive: true });
