module.exports = {
  displayName: 'todo-chatbot-chart',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  resolver: '<rootDir>/jest.resolver.cjs',
  // The installer's spec sits beside it in tools/scripts, which is no project of its own.
  roots: ['<rootDir>', '<rootDir>/../../tools/scripts'],
  // Specs shell out to the real helm binary, installing it first on a fresh checkout.
  testTimeout: 30_000,
};
