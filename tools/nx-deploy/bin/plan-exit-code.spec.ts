import { normalizeEnvironment } from '../src/lib/environment';
import { buildPlanFile } from '../src/lib/plan-file';
import { defaultPlanFile, exitCodes, planCommand, planVerdict } from './plan-exit-code.mjs';

describe('planCommand', () => {
  it('turns the nx command into a dry-run plan with a verdict, written to tmp/deploy-plan.json', () => {
    expect(planCommand(['affected', '-t', 'deploy', '--env', 'staging'], {})).toEqual({
      args: ['affected', '-t', 'deploy', '--env', 'staging', '--dry-run', '--plan-out', defaultPlanFile, '--detailed-exitcode'],
      planFile: 'tmp/deploy-plan.json',
    });
  });

  it('keeps a plan file the caller names, and then builds the images (no --dry-run added)', () => {
    expect(planCommand(['run-many', '-t', 'deploy', '--plan-out=tmp/staging.json'], {})).toEqual({
      args: ['run-many', '-t', 'deploy', '--plan-out=tmp/staging.json', '--detailed-exitcode'],
      planFile: 'tmp/staging.json',
    });
    expect(planCommand(['run', 'api:deploy', '--dry-run', '--plan-out', 'p.json', '--detailed-exitcode'], {}).args).toEqual([
      'run',
      'api:deploy',
      '--dry-run',
      '--plan-out',
      'p.json',
      '--detailed-exitcode',
    ]);
  });

  it('refuses what would make the verdict wrong, naming the option', () => {
    expect(() => planCommand([], {})).toThrow(/give the nx command to plan/);
    expect(() => planCommand(['run-many', '-t', 'deploy', '--plan', 'p.json'], {})).toThrow(/^--plan applies a saved plan/);
    expect(() => planCommand(['affected', '-t', 'deploy', '--batch=false'], {})).toThrow(/^--batch=false/);
    expect(() => planCommand(['affected', '-t', 'deploy'], { NX_BATCH_MODE: 'false' })).toThrow(/NX_BATCH_MODE=false/);
  });
});

describe('planVerdict', () => {
  const env = normalizeEnvironment('staging', { release: 'todo-chatbot', namespace: 'todo-staging', chart: 'c' });
  const api = { project: 'api', service: 'api', next: { repository: 'todo-chatbot/api', tag: 'b' }, deploying: true };
  const web = { project: 'web', service: 'web', next: { repository: 'todo-chatbot/web', tag: 'w' }, deploying: false };
  const planText = (changes: boolean, apiChange: 'update' | 'unchanged') =>
    JSON.stringify(buildPlanFile(env, 3, [{ ...api, change: apiChange }, { ...web, change: 'kept' }], '', {}, changes));

  it('exits 2 for a plan the deploy executor wrote with changes, naming what moves', () => {
    expect(planVerdict(planText(true, 'update'), 'tmp/p.json')).toEqual({
      code: exitCodes.changes,
      message: 'changes to release todo-chatbot (staging): api update; plan in tmp/p.json',
    });
    expect(planVerdict(planText(true, 'unchanged'), 'tmp/p.json').message).toBe(
      'changes to release todo-chatbot (staging): values or live drift, no image; plan in tmp/p.json',
    );
  });

  it('exits 0 for a plan without changes, and when no deploy task ran', () => {
    expect(planVerdict(planText(false, 'unchanged'), 'tmp/p.json')).toEqual({
      code: exitCodes.noChanges,
      message: 'no changes to release todo-chatbot (staging); plan in tmp/p.json',
    });
    expect(planVerdict(undefined, 'tmp/p.json')).toEqual({ code: 0, message: 'no deploy task ran (nothing affected), so nothing changes' });
  });

  it('exits 1 for a file that is not a plan with a verdict', () => {
    expect(planVerdict('nope', 'tmp/p.json')).toEqual({ code: exitCodes.error, message: 'tmp/p.json is not JSON' });
    expect(planVerdict('{"version":1,"services":[]}', 'tmp/p.json').code).toBe(exitCodes.error);
  });
});
