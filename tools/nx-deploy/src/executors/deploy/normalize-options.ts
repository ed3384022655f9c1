import { durationSeconds } from '../../lib/duration';
import { type Environment, readEnvironment } from '../../lib/environment';
import type { DeployExecutorSchema } from './schema';

/** Deploy options with every default filled in from the environment, checked once before anything runs. */
export interface NormalizedDeployOptions {
  /** The environment, its timeout replaced by `--timeout` when given. */
  env: Environment;
  timeoutSeconds: number;
  dryRun: boolean;
  engine: 'auto' | 'docker' | 'podman';
  push: boolean;
  verify: boolean;
  explain: boolean;
  detailedExitcode: boolean;
  currentValues?: string;
  planOut?: string;
  plan?: string;
}

export function normalizeOptions(workspaceRoot: string, options: DeployExecutorSchema): NormalizedDeployOptions {
  const read = readEnvironment(workspaceRoot, options.env, options.name);
  const env = options.timeout ? { ...read, timeout: options.timeout } : read;
  // Read first: a malformed --timeout is refused before anything is built or planned.
  const timeoutSeconds = durationSeconds(env.timeout);
  if (options.plan && (options.dryRun || options.planOut || options.currentValues || options.explain)) {
    throw new Error('--plan applies a saved plan: it cannot be combined with --dry-run, --plan-out, --current-values or --explain.');
  }
  if (options.detailedExitcode && !options.planOut) {
    throw new Error(
      '--detailed-exitcode needs --plan-out <file> (and usually --dry-run) to write its verdict to: Nx sets its own exit code (0 or 1), ' +
        'so run node tools/nx-deploy/bin/deploy-plan.mjs <nx arguments>, which adds both and exits 0 (no changes), 2 (changes) or 1 (error).',
    );
  }
  return {
    env,
    timeoutSeconds,
    dryRun: options.dryRun ?? false,
    engine: options.engine ?? 'auto',
    push: options.push ?? env.registry !== '',
    verify: options.verify ?? env.verify,
    explain: options.explain ?? false,
    detailedExitcode: options.detailedExitcode ?? false,
    currentValues: options.currentValues,
    planOut: options.planOut,
    plan: options.plan,
  };
}
