export * from './lib/values';
