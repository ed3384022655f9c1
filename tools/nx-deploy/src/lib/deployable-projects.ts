import type { ExecutorContext } from '@nx/devkit';
import type { DockerBuildExecutorSchema } from '../executors/docker-build/schema';
import { type DeployConfig, readDeployConfig } from './deploy-config';
import type { TagInputs } from './explain-tag';
import { projectWithDependencies, resolveFilePatterns } from './image-inputs';
import { computeImageTag } from './image-tag';
import type { ImageRef } from './image-ref';
import { readPluginOptions } from './plugin-options';

export const dockerBuildExecutor = '@todo/nx-deploy:docker-build';

export interface DeployableProject {
  project: string;
  root: string;
  config: DeployConfig;
  buildOptions: DockerBuildExecutorSchema;
}

/** Every project that carries our docker-build target, whatever its target name. */
export function deployableProjects(context: ExecutorContext): DeployableProject[] {
  const { imagePrefix } = readPluginOptions(context.nxJsonConfiguration);
  return Object.entries(context.projectsConfigurations.projects)
    .flatMap(([project, configuration]) => {
      const target = Object.values(configuration.targets ?? {}).find((t) => t.executor === dockerBuildExecutor);
      if (!target) return [];
      return [
        {
          project,
          root: configuration.root,
          config: readDeployConfig(context.root, configuration.root, project, imagePrefix),
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

/** The project first, then every workspace project it depends on, each with the files of it that count. */
function imageInputProjects(context: ExecutorContext, deployable: DeployableProject): TagInputs['projects'] {
  const projects = context.projectsConfigurations.projects;
  const namedInputs = { ...context.nxJsonConfiguration?.namedInputs, ...projects[deployable.project].namedInputs };
  const dependencies = projectWithDependencies(context.projectGraph, deployable.project).filter((name) => name !== deployable.project);
  return [deployable.project, ...dependencies].map((name) => ({
    name,
    root: projects[name].root,
    patterns: resolveFilePatterns(namedInputs, projects[name].root),
  }));
}

export function tagInputs(context: ExecutorContext, deployable: DeployableProject): TagInputs {
  return { project: deployable.project, projects: imageInputProjects(context, deployable), dockerfile: deployable.config.dockerfile };
}

export async function contentImage(context: ExecutorContext, deployable: DeployableProject): Promise<ImageRef> {
  const roots = Object.fromEntries(imageInputProjects(context, deployable).map(({ root, patterns }) => [root, patterns]));
  const tag = await computeImageTag(context.root, {
    roots,
    dockerfile: deployable.config.dockerfile,
    buildOptions: tagBuildOptions(deployable.buildOptions),
  });
  return { repository: deployable.config.image, tag };
}
