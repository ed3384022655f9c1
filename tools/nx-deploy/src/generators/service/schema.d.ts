export interface ServiceGeneratorSchema {
  name: string;
  directory?: string;
  port?: number;
  chart?: string;
  tags?: string;
  skipFormat?: boolean;
}
