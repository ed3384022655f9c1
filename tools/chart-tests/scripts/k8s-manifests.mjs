#!/usr/bin/env node
// Writes k8s/*.yaml from the chart, or with --check fails when they differ.
//   node tools/chart-tests/scripts/k8s-manifests.mjs [--check]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderRawManifests } from './lib/raw-manifests.mjs';
import { diffRawManifests } from './lib/raw-manifests-drift.mjs';

const workspaceRoot = resolve(import.meta.dirname, '../../..');
const k8sDir = join(workspaceRoot, 'k8s');
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

const files = renderRawManifests(workspaceRoot);

if (values.check) {
  const problems = diffRawManifests(k8sDir, files);
  if (problems.length > 0) {
    console.error(`k8s/ is out of date with the chart:\n  ${problems.join('\n  ')}`);
    console.error('Run: npx nx run todo-chatbot-chart:k8s-manifests');
    process.exit(1);
  }
  console.log(`k8s/: ${files.size} files match the chart`);
} else {
  mkdirSync(k8sDir, { recursive: true });
  for (const file of readdirSync(k8sDir).filter((name) => name.endsWith('.yaml') && !files.has(name))) {
    rmSync(join(k8sDir, file));
    console.log(`removed k8s/${file}`);
  }
  for (const [file, content] of files) {
    const path = join(k8sDir, file);
    if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
    writeFileSync(path, content);
    console.log(`wrote k8s/${file}`);
  }
  console.log(`k8s/: ${files.size} files generated from the chart`);
}
