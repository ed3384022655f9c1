export interface DockerBuildExecutorSchema {
  engine?: 'auto' | 'docker' | 'podman';
  push?: boolean;
  /** Environment whose registry receives the image with --push. */
  env?: string;
  /** Registry to push to; overrides the environment's. */
  registry?: string;
  buildArgs?: Record<string, string>;
  labels?: Record<string, string>;
  platform?: string;
  target?: string;
  cacheFrom?: string[];
  cacheTo?: string[];
}
