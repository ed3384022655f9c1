// The pure half of deploy-plan.mjs: the Nx command line it runs, and the exit code a plan file gives.

export const exitCodes = { noChanges: 0, error: 1, changes: 2 };
export const defaultPlanFile = 'tmp/deploy-plan.json';

/** @param {string[]} args @param {string} option */
const valueOf = (args, option) => {
  const at = args.findIndex((arg) => arg === option || arg.startsWith(`${option}=`));
  if (at === -1) return undefined;
  return args[at].includes('=') ? args[at].slice(option.length + 1) : args[at + 1];
};

/**
 * The Nx arguments that make every deploy task of the run a plan with a verdict: `--dry-run`
 * (unless the caller wants a full `--plan-out`, images built), `--plan-out`, `--detailed-exitcode`.
 * @param {string[]} args what the caller would pass to `nx`, e.g. `affected -t deploy --env staging`
 * @param {NodeJS.ProcessEnv} env
 * @returns {{ args: string[], planFile: string }}
 */
export function planCommand(args, env) {
  if (args.length === 0) {
    throw new Error('give the nx command to plan, e.g.: affected -t deploy --env staging --base=origin/main');
  }
  if (valueOf(args, '--plan') !== undefined) throw new Error('--plan applies a saved plan; this command only plans (drop --plan).');
  if (args.some((arg) => /^--(no-batch|batch=false)$/.test(arg)) || env.NX_BATCH_MODE === 'false') {
    throw new Error('--batch=false (or NX_BATCH_MODE=false) plans each project alone, each writing the same plan file: run it batched.');
  }
  const given = valueOf(args, '--plan-out');
  const planFile = given ?? defaultPlanFile;
  const has = (/** @type {string} */ flag) => args.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
  const extra = [
    ...(given || has('--dry-run') ? [] : ['--dry-run']),
    ...(given ? [] : ['--plan-out', planFile]),
    ...(has('--detailed-exitcode') ? [] : ['--detailed-exitcode']),
  ];
  return { args: [...args, ...extra], planFile };
}

/**
 * The exit code for what the run left: no plan file means no deploy task ran (nothing affected).
 * @param {string | undefined} planText the plan file's content, if it was written
 * @param {string} planFile
 * @returns {{ code: number, message: string }}
 */
export function planVerdict(planText, planFile) {
  if (planText === undefined) {
    return { code: exitCodes.noChanges, message: 'no deploy task ran (nothing affected), so nothing changes' };
  }
  /** @type {{ version?: unknown, changes?: unknown, release?: string, environment?: string, services?: { service: string, change: string }[] }} */
  let plan;
  try {
    plan = JSON.parse(planText);
  } catch {
    return { code: exitCodes.error, message: `${planFile} is not JSON` };
  }
  if (plan.version !== 1 || typeof plan.changes !== 'boolean' || !Array.isArray(plan.services)) {
    return { code: exitCodes.error, message: `${planFile} is not a deploy plan with a verdict (written by deploy --plan-out --detailed-exitcode)` };
  }
  const where = `release ${plan.release} (${plan.environment})`;
  if (!plan.changes) return { code: exitCodes.noChanges, message: `no changes to ${where}; plan in ${planFile}` };
  const moving = plan.services.filter((s) => s.change === 'update' || s.change === 'install').map((s) => `${s.service} ${s.change}`);
  const what = moving.length > 0 ? moving.join(', ') : 'values or live drift, no image';
  return { code: exitCodes.changes, message: `changes to ${where}: ${what}; plan in ${planFile}` };
}
