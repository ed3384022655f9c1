// Test support: real databases for specs. Production code cannot import this entry (lint rule).
export * from './lib/testing/test-database';
