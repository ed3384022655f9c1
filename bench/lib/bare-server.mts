// What the two baseline servers share: their database (from BASELINE_DATABASE), the listener on
// PORT/HOST, a 500 for a failed route, and a clean stop on SIGTERM.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { openPglite, openPostgres, type Sql } from './sql.mts';

export function openBaselineDatabase(): Sql {
  const target = process.env['BASELINE_DATABASE'] ?? '';
  return /^postgres(ql)?:/.test(target) ? openPostgres(target, Number(process.env['DB_POOL_MAX'] ?? 10)) : openPglite(target);
}

export function serveBare(sql: Sql, route: (request: IncomingMessage, response: ServerResponse) => Promise<void>) {
  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }).end('{"error":"internal_error"}');
    });
  });
  server.keepAliveTimeout = 5_000;
  server.listen(Number(process.env['PORT'] ?? 8100), process.env['HOST'] ?? '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void sql.close().finally(() => process.exit(0));
  });
}
