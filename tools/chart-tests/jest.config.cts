module.exports = {
  displayName: 'chart-tests',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  resolver: '<rootDir>/jest.resolver.cjs',
  // The installer's spec sits beside it in tools/scripts, which is no project of its own.
  roots: ['<rootDir>', '<rootDir>/../scripts'],
  // Specs shell out to the real helm binary, installing it first on a fresh checkout.
  testTimeout: 30_000,
};
