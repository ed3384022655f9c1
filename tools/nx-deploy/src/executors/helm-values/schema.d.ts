export interface HelmValuesExecutorSchema {
  env: string;
}
