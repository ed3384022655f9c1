import closeWithGrace from 'close-with-grace';
import { buildApp } from './app';
import { loadConfig } from './config';

async function main() {
  const config = loadConfig();
  const { server, health } = await buildApp({ config });
  if (config.usesDevSecret) {
    server.log.warn('AUTH_SECRET is not set: using the insecure development secret. Set AUTH_SECRET before exposing this server.');
  }

  closeWithGrace({ delay: config.SHUTDOWN_DELAY_MS + config.SHUTDOWN_TIMEOUT_MS }, async ({ signal, err }) => {
    if (err) server.log.error({ err }, 'shutting down after an unexpected error');
    else server.log.info({ signal }, 'shutting down: readiness off, draining in-flight requests');
    health.draining = true;
    // Give load balancers time to see the failing readiness before the listener closes.
    if (config.SHUTDOWN_DELAY_MS > 0) await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DELAY_MS));
    await server.close();
  });

  await server.listen({ host: config.HOST, port: config.PORT });
}

main().catch((error) => {
  const cause = error instanceof Error && error.cause instanceof Error ? `\n  caused by: ${error.cause.message}` : '';
  console.error(`api failed to start: ${error instanceof Error ? error.message : String(error)}${cause}`);
  process.exit(1);
});
