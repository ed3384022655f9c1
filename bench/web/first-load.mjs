// Prints the first-load JavaScript of each page of the web app, raw and gzipped, from the
// production build (`nx run web:build`), and writes the figures to dist/bench/web.json.
// Exits non-zero when the main page is over its budget.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 180;
const MAIN_ROUTE = '/';

const workspaceRoot = join(import.meta.dirname, '../..');
const appDir = join(workspaceRoot, 'apps/web');
const statsFile = join(appDir, '.next/diagnostics/route-bundle-stats.json');

let stats;
try {
  stats = JSON.parse(readFileSync(statsFile, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${statsFile} (${error.message}). Run: npx nx run web:build`);
  process.exit(1);
}

const kB = (bytes) => Math.round(bytes / 100) / 10;
const routes = stats
  .filter(({ route }) => !route.startsWith('/_'))
  .map(({ route, firstLoadChunkPaths }) => {
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const chunk of firstLoadChunkPaths) {
      const content = readFileSync(join(appDir, chunk));
      rawBytes += content.length;
      gzipBytes += gzipSync(content, { level: 9 }).length;
    }
    return { route, files: firstLoadChunkPaths.length, rawBytes, gzipBytes };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

console.log('First-load JS per page (kB = 1000 bytes)');
console.log('route'.padEnd(14), 'files'.padStart(6), 'raw kB'.padStart(9), 'gzip kB'.padStart(9));
for (const { route, files, rawBytes, gzipBytes } of routes) {
  console.log(route.padEnd(14), String(files).padStart(6), String(kB(rawBytes)).padStart(9), String(kB(gzipBytes)).padStart(9));
}

const main = routes.find(({ route }) => route === MAIN_ROUTE);
const withinBudget = main !== undefined && main.gzipBytes <= BUDGET_KB * 1000;
mkdirSync(join(workspaceRoot, 'dist/bench'), { recursive: true });
writeFileSync(
  join(workspaceRoot, 'dist/bench/web.json'),
  `${JSON.stringify({ budget: { route: MAIN_ROUTE, gzipKb: BUDGET_KB, withinBudget }, routes }, null, 2)}\n`,
);

console.log(`\n${MAIN_ROUTE}: ${main ? kB(main.gzipBytes) : '?'} kB gzip of a ${BUDGET_KB} kB budget: ${withinBudget ? 'OK' : 'OVER'}`);
process.exitCode = withinBudget ? 0 : 1;
