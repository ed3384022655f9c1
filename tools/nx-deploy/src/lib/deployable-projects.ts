import type { ExecutorContext } from '@nx/devkit';
import type { DockerBuildExecutorSchema } from '../executors/docker-build/schema';
import { type DeployConfig, readDeployConfig } from './deploy-config';
import { projectWithDependencies, resolveFilePatterns } from './image-inputs';
import { computeImageTag } from './image-tag';
import type { ImageRef } from './image-ref';

export const dockerBuildExecutor = '@todo/nx-deploy:docker-build';

export interface DeployableProject {
  project: string;
  root: string;
  config: DeployConfig;
  buildOptions: DockerBuildExecutorSchema;
}

/** Every project that carries our docker-build target, whatever its target name. */
export function deployableProjects(context: ExecutorContext): DeployableProject[] {
  return Object.entries(context.projectsConfigurations.projects)
    .flatMap(([project, configuration]) => {
      const target = Object.values(configuration.targets ?? {}).find((t) => t.executor === dockerBuildExecutor);
      if (!target) return [];
      return [
        {
          project,
          root: configuration.root,
          config: readDeployConfig(context.root, configuration.root, project),
          buildOptions: (target.options ?? {}) as DockerBuildExecutorSchema,
        },
      ];
    })
    .sort((a, b) => a.project.localeCompare(b.project));
}

export function findDeployable(context: ExecutorContext, project: string): DeployableProject {
  const found = deployableProjects(context).find((candidate) => candidate.project === project);
  if (!found) throw new Error(`${project} has no ${dockerBuildExecutor} target: add a deploy.json and a Dockerfile beside it.`);
  return found;
}

/** The options that change the image without changing a file. */
export function tagBuildOptions(options: DockerBuildExecutorSchema): Record<string, unknown> {
  return { buildArgs: options.buildArgs ?? {}, platform: options.platform ?? null, target: options.target ?? null };
}

export async function contentImage(context: ExecutorContext, deployable: DeployableProject): Promise<ImageRef> {
  const projects = context.projectsConfigurations.projects;
  const namedInputs = { ...context.nxJsonConfiguration?.namedInputs, ...projects[deployable.project].namedInputs };
  const roots = Object.fromEntries(
    projectWithDependencies(context.projectGraph, deployable.project).map((name) => [
      projects[name].root,
      resolveFilePatterns(namedInputs, projects[name].root),
    ]),
  );
  const tag = await computeImageTag(context.root, {
    roots,
    dockerfile: deployable.config.dockerfile,
    buildOptions: tagBuildOptions(deployable.buildOptions),
  });
  return { repository: deployable.config.image, tag };
}
