export interface TeardownExecutorSchema {
  env: string;
  name: string;
}
