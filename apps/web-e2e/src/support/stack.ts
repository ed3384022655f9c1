import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, runNode, startNode, type Started } from './processes';

export const workspaceRoot = join(__dirname, '../../../..');
const apiScript = join(workspaceRoot, 'dist/apps/api/main.js');
const migrateScript = join(workspaceRoot, 'dist/apps/api/migrate.js');
const webScript = join(workspaceRoot, 'apps/web/.next/standalone/apps/web/server.js');

export interface Stack {
  api: Started;
  web: Started;
  stop: () => Promise<void>;
}

/** The real api (PGlite in memory, or TEST_DATABASE_URL) and the real standalone web server. */
export async function startStack(): Promise<Stack> {
  for (const script of [apiScript, webScript]) {
    if (!existsSync(script)) throw new Error(`${script} is missing: run the api and web builds first (nx run web-e2e:e2e does)`);
  }
  const databaseUrl = process.env.TEST_DATABASE_URL || 'memory://';
  if (databaseUrl !== 'memory://') await runNode(migrateScript, { DATABASE_URL: databaseUrl });

  const apiPort = await freePort();
  const api = await startNode(
    apiScript,
    { PORT: String(apiPort), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, CHAT_PROVIDER: 'local', NODE_ENV: 'test', LOG_LEVEL: 'warn', SIGN_UP_LIMIT_PER_HOUR: '1000000' },
    `http://127.0.0.1:${apiPort}`,
    '/readyz',
  );
  const webPort = await freePort();
  const web = await startNode(
    webScript,
    { PORT: String(webPort), HOSTNAME: '127.0.0.1', API_URL: api.url, NODE_ENV: 'production' },
    `http://127.0.0.1:${webPort}`,
    '/healthz',
  ).catch(async (error: unknown) => {
    await api.stop();
    throw error;
  });
  return { api, web, stop: async () => void (await Promise.all([web.stop(), api.stop()])) };
}

/** Stops the stack and keeps its logs beside the screenshots: the first thing to read when a step failed in CI. */
export async function stopStack(stack: Stack | undefined, logDir: string): Promise<void> {
  if (!stack) return;
  await stack.stop();
  writeFileSync(join(logDir, 'api.log'), stack.api.output());
  writeFileSync(join(logDir, 'web.log'), stack.web.output());
}
