const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

// Jest runs CommonJS; packages published as ES modules only (better-auth and its
// dependency tree) must be transpiled on the way in. The list is read from
// node_modules so a dependency bump needs no edit here.
function esmOnlyPackageNames(nodeModules) {
  const names = [];
  const isEsm = (dir) => {
    try {
      return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).type === 'module';
    } catch {
      return false;
    }
  };
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) {
      for (const scoped of readdirSync(join(nodeModules, entry))) {
        if (isEsm(join(nodeModules, entry, scoped))) names.push(`${entry}/${scoped}`);
      }
    } else if (isEsm(join(nodeModules, entry))) {
      names.push(entry);
    }
  }
  return names;
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const esmPackages = esmOnlyPackageNames(join(__dirname, 'node_modules')).map(escape).join('|');

module.exports = {
  testEnvironment: 'node',
  resolver: '@nx/jest/plugins/resolver',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.(ts|tsx|js|mjs)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: false },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  testMatch: ['**/?(*.)+(spec|test).[jt]s?(x)'],
  coverageReporters: ['text-summary', 'html'],
};
