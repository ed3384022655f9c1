export interface HelmValuesExecutorSchema {
  /** Preview name when env is a preview template. */
  name?: string;
  env: string;
}
