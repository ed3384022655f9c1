// Named apart from jest.config.* so the jest plugin infers no `test` target: the suite runs only as `e2e`.
module.exports = {
  displayName: 'web-e2e',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  testTimeout: 120_000,
};
