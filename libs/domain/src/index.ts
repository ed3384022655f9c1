export * from './lib/task';
export * from './lib/task-store';
export * from './lib/conversation';
export * from './lib/auth';
export * from './lib/errors';
export * from './lib/text';
export * from './lib/time-zone';
export * from './lib/user-settings';
