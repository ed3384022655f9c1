export interface RollbackExecutorSchema {
  env: string;
  revision?: number;
  dryRun?: boolean;
}
