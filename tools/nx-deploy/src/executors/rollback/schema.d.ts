export interface RollbackExecutorSchema {
  /** Preview name when env is a preview template. */
  name?: string;
  env: string;
  revision?: number;
  dryRun?: boolean;
}
