import { eq } from 'drizzle-orm';
import type { UserSettingsStore } from '@todo/domain';
import type { Database } from './database';
import { users } from './schema';

export function createUserSettingsStore(db: Database): UserSettingsStore {
  return {
    async update(userId, settings) {
      const [row] = await db
        .update(users)
        .set({ timeZone: settings.time_zone, updatedAt: new Date() })
        .where(eq(users.id, userId))
        .returning({ id: users.id, email: users.email, name: users.name, time_zone: users.timeZone });
      return row ?? null;
    },
  };
}
