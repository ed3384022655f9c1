export interface ConfigurationGeneratorSchema {
  project: string;
  service?: string;
  port: number;
  chart?: string;
  skipFormat?: boolean;
}
