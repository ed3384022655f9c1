module.exports = {
  displayName: 'nx-deploy',
  preset: '../../jest.preset.js',
  rootDir: __dirname,
  testPathIgnorePatterns: ['/files/'],
};
