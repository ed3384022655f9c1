const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

// Jest runs CommonJS; packages published as ES modules only (better-auth and its
// dependency tree) must be transpiled on the way in. The list is read from
// node_modules so a dependency bump needs no edit here.
function esmOnlyPackageNames(nodeModules, names = new Set()) {
  const visit = (dir, name) => {
    try {
      if (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).type === 'module') names.add(name);
    } catch {
      return;
    }
    // Nested copies (e.g. light-my-request's own cookie@1) can be ESM where the hoisted one is not.
    if (existsSync(join(dir, 'node_modules'))) esmOnlyPackageNames(join(dir, 'node_modules'), names);
  };
  for (const entry of readdirSync(nodeModules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) {
      for (const scoped of readdirSync(join(nodeModules, entry))) visit(join(nodeModules, entry, scoped), `${entry}/${scoped}`);
    } else {
      visit(join(nodeModules, entry), entry);
    }
  }
  return [...names];
}

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const esmPackages = esmOnlyPackageNames(join(__dirname, 'node_modules')).map(escape).join('|');

// Every suite runs far from UTC unless TZ is set: the machine's zone must never matter.
process.env.TZ ||= 'Pacific/Kiritimati';

module.exports = {
  testEnvironment: 'node',
  resolver: '@nx/jest/plugins/resolver',
  // Integration suites open a real database per suite; a busy 2-core CI box needs headroom.
  testTimeout: 30_000,
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
  // Ignore node_modules unless the innermost package on the path is an ES module.
  transformIgnorePatterns: [`^(?!.*/node_modules/(?:${esmPackages})/(?!.*/node_modules/)).*/node_modules/`],
  testMatch: ['**/?(*.)+(spec|test).[jt]s?(x)'],
  coverageReporters: ['text-summary', 'html'],
};
