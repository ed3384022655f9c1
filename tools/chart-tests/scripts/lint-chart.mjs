#!/usr/bin/env node
// For every ci/*-values.yaml scenario: helm lint --strict, helm template, and
// kubernetes-models validation of each rendered object.
//   node tools/chart-tests/scripts/lint-chart.mjs
import { resolve } from 'node:path';
import { chartDir, helmLintArgs, helmTemplateArgs, runHelm } from './lib/helm.mjs';
import { parseManifests } from './lib/parse-manifests.mjs';
import { listScenarios } from './lib/scenarios.mjs';
import { validateManifests } from './lib/validate-manifests.mjs';

const workspaceRoot = resolve(import.meta.dirname, '../../..');
let failed = false;

for (const scenario of listScenarios(chartDir(workspaceRoot))) {
  const lint = runHelm(workspaceRoot, helmLintArgs(workspaceRoot, scenario));
  const render = runHelm(workspaceRoot, helmTemplateArgs(workspaceRoot, scenario));
  const problems = [];
  if (!lint.ok) problems.push(`${lint.command}\n${lint.stdout}${lint.stderr}`);
  if (!render.ok) problems.push(`${render.command}\n${render.stderr}`);
  const objects = render.ok ? parseManifests(render.stdout) : [];
  problems.push(...validateManifests(objects));
  failed ||= problems.length > 0;
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${scenario.name}: lint, render, ${objects.length} objects validated`);
  for (const problem of problems) console.log(`     ${problem}`);
}

process.exit(failed ? 1 : 0);
