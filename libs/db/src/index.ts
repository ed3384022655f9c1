export * from './lib/database';
export * from './lib/migrate';
export * from './lib/schema';
export * from './lib/task-store';
export * from './lib/conversation-store';
export * from './lib/session-lookup';
export * from './lib/user-settings-store';
