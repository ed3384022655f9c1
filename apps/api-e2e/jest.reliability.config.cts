// Named apart from jest.config.* so the jest plugin infers no `test` target: this suite runs
// for minutes (60 s of load alone) and only as `nx run api-e2e:reliability`.
module.exports = {
  displayName: 'api-e2e',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.reliability.ts'],
  testTimeout: 180_000,
  // The summary lines are the product of this suite; keep them free of jest's console decoration.
  verbose: true,
};
