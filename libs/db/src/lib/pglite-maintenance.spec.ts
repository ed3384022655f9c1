import { PGlite } from '@electric-sql/pglite';
import { schedulePgliteMaintenance } from './pglite-maintenance';

describe('schedulePgliteMaintenance', () => {
  it('vacuums and analyzes on its schedule, which autovacuum would do on a server', async () => {
    const instance = new PGlite();
    await instance.exec(`create table items (id int primary key, label text); insert into items select g, 'item ' || g from generate_series(1, 5000) g;`);
    const state = async () =>
      (await instance.query<{ allVisible: number; tuples: number }>(`select relallvisible as "allVisible", reltuples as tuples from pg_class where relname = 'items'`)).rows[0];
    expect(await state()).toEqual({ allVisible: 0, tuples: -1 });
    const stop = schedulePgliteMaintenance(instance, 20);
    try {
      const deadline = Date.now() + 4_000;
      while ((await state()).allVisible === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      const after = await state();
      expect(after.allVisible).toBeGreaterThan(0);
      expect(after.tuples).toBe(5000);
    } finally {
      stop();
      await instance.close();
    }
  });
});
