import { createConversationStore, createTaskStore, type DatabaseHandle } from '@todo/db';
import { openTestDatabase } from '@todo/db/testing';
import type { ConversationStore, TaskStore } from '@todo/domain';

export interface TestStores {
  handle: DatabaseHandle;
  tasks: TaskStore;
  conversations: ConversationStore;
}

/**
 * Gives the calling `describe` a fresh migrated test database for its tests, closed after them,
 * with the stores on it. The fields are filled in by `beforeAll`: read them in tests and hooks.
 */
export function useTestStores(): TestStores {
  const stores = {} as TestStores;
  beforeAll(async () => {
    stores.handle = await openTestDatabase();
    stores.tasks = createTaskStore(stores.handle.db);
    stores.conversations = createConversationStore(stores.handle.db);
  });
  afterAll(() => stores.handle.close());
  return stores;
}
