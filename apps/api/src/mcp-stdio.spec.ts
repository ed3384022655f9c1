import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { AuthResponse } from '@todo/domain';
import { buildApp } from './app';
import { loadConfig } from './config';

// The built stdio entry, as a desktop MCP client starts it (`api:test` depends on `api:build`).
const workspaceRoot = join(__dirname, '..', '..', '..');
const mcpEntry = join(workspaceRoot, 'dist', 'apps', 'api', 'mcp.js');

describe('MCP over stdio (node dist/apps/api/mcp.js)', () => {
  let dataDir: string;
  let session: AuthResponse;

  beforeAll(async () => {
    if (!existsSync(mcpEntry)) throw new Error(`${mcpEntry} is missing: run \`npx nx run api:build\` first`);
    dataDir = mkdtempSync(join(tmpdir(), 'mcp-stdio-'));
    // Embedded PGlite allows one process at a time: sign up first, close, then hand the folder to mcp.js.
    const { server } = await buildApp({ config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: dataDir }), logger: false });
    const response = await server.inject({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { name: 'Desk Top', email: 'desktop@example.test', password: 'desktop client' },
    });
    session = response.json();
    await server.inject({
      method: 'POST',
      url: `/api/${session.user.id}/tasks`,
      headers: { authorization: `Bearer ${session.token}` },
      payload: { title: 'Seeded over HTTP' },
    });
    await server.close();
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves the five task tools for the user of TODO_TOKEN', async () => {
    const client = new Client({ name: 'stdio-spec', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [mcpEntry],
        env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: dataDir, TODO_TOKEN: session.token, LOG_LEVEL: 'silent' },
        stderr: 'pipe',
      }),
    );
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name).sort()).toEqual(['add_task', 'complete_task', 'delete_task', 'list_tasks', 'update_task']);
      const added = await client.callTool({ name: 'add_task', arguments: { title: 'Added from a desktop client' } });
      expect(added.isError).toBeFalsy();
      const listed = await client.callTool({ name: 'list_tasks', arguments: {} });
      const text = JSON.stringify(listed.content);
      expect(text).toContain('Seeded over HTTP');
      expect(text).toContain('Added from a desktop client');
    } finally {
      await client.close();
    }
  });

  it('refuses to start without a valid token, saying why', () => {
    for (const [token, message] of [
      [undefined, /TODO_TOKEN is not set/],
      ['not-a-session', /not a valid session token/],
    ] as const) {
      const run = spawnSync(process.execPath, [mcpEntry], {
        env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: dataDir, ...(token ? { TODO_TOKEN: token } : {}) },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
  });
});
