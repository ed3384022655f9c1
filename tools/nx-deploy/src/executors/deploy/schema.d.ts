export interface DeployExecutorSchema {
  /** Preview name when env is a preview template. */
  name?: string;
  env: string;
  dryRun?: boolean;
  engine?: 'auto' | 'docker' | 'podman';
  /** Push to the environment's registry; default: when it names one. */
  push?: boolean;
  /** Plan against this values file instead of asking the cluster for the release's values. */
  currentValues?: string;
  /** How long helm waits for the rollout (a duration such as 90s or 5m); default: the environment's. */
  timeout?: string;
  /** Run the chart's `helm test` checks after the upgrade (default: the environment's `verify`). */
  verify?: boolean;
  /** Build images and write the plan (JSON, and a .txt beside it) here instead of deploying. */
  planOut?: string;
  /** Apply exactly this saved plan; refused when the live release moved on since. */
  plan?: string;
  /** Per service, which inputs changed its content tag since the image that runs was built. */
  explain?: boolean;
  /** With --plan-out: record whether the plan changes anything, for deploy-plan.mjs to exit 0 / 2 (and 1 when the release cannot be read). */
  detailedExitcode?: boolean;
}
