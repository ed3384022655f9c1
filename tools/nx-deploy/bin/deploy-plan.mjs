#!/usr/bin/env node
// Plans a deploy and exits like `terraform plan -detailed-exitcode`: 0 no changes, 2 changes,
// 1 error. Nx decides its own exit code (1 when a task failed, else 0) and no executor or hook
// can change it, so the verdict travels in the plan file the deploy executor writes.
//   node tools/nx-deploy/bin/deploy-plan.mjs affected -t deploy --env staging --base=origin/main
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { exitCodes, planCommand, planVerdict } from './plan-exit-code.mjs';

const say = (/** @type {string} */ message) => process.stderr.write(`deploy-plan: ${message}\n`);

let command;
try {
  command = planCommand(process.argv.slice(2), process.env);
} catch (error) {
  say(/** @type {Error} */ (error).message);
  process.exit(exitCodes.error);
}
const workspaceRoot = process.cwd();
const planPath = resolve(workspaceRoot, command.planFile);
// A plan left by an earlier run must not answer for this one.
rmSync(planPath, { force: true });
rmSync(`${planPath}.txt`, { force: true });

const nx = createRequire(resolve(workspaceRoot, 'package.json')).resolve('nx/bin/nx.js');
const run = spawnSync(process.execPath, [nx, ...command.args], { cwd: workspaceRoot, stdio: 'inherit' });
if (run.status !== 0) {
  say(`nx ${run.error ? `could not run: ${run.error.message}` : `exited with ${run.status ?? run.signal}`}: the plan is unknown (exit ${exitCodes.error})`);
  process.exit(exitCodes.error);
}
const verdict = planVerdict(existsSync(planPath) ? readFileSync(planPath, 'utf8') : undefined, command.planFile);
say(`${verdict.message} (exit ${verdict.code})`);
process.exit(verdict.code);
