import { migrate, startApi, type ApiProcess } from './api-process';
import { startThrowawayPostgres, type PostgresCluster } from './postgres-cluster';
import { createDatabase } from './writers';

/**
 * The built api on its own migrated database in a private cluster: what every reliability suite
 * stands on. The fields fill in as `start` goes, so `stop` tears down whatever did start.
 */
export class ApiOnThrowawayPostgres {
  cluster!: PostgresCluster;
  databaseUrl!: string;
  api!: ApiProcess;

  async start(database: string, env: Record<string, string> = {}) {
    this.cluster = await startThrowawayPostgres();
    this.databaseUrl = await createDatabase(this.cluster.url(), database);
    migrate(this.databaseUrl);
    this.api = await startApi({ DATABASE_URL: this.databaseUrl, ...env });
  }

  async stop(killAfterMs?: number) {
    await this.api?.stop(killAfterMs);
    this.cluster?.destroy();
  }
}
