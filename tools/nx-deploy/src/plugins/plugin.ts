import {
  type CreateNodes,
  type CreateNodesContext,
  type ProjectConfiguration,
  type TargetConfiguration,
  createNodesFromFiles,
} from '@nx/devkit';
import {
  calculateHashesForCreateNodes,
  getNamedInputs,
  hashObject,
  PluginCache,
  workspaceDataDirectory,
} from '@nx/devkit/internal';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { deployConfigFileName, dockerfileOf, imageName, readDeployConfigFile, type RawDeployConfig } from '../lib/deploy-config';
import { type DeployPluginOptions, type NormalizedDeployPluginOptions, normalizePluginOptions } from '../lib/plugin-options';

export type { DeployPluginOptions } from '../lib/plugin-options';

type DeployTargets = Pick<ProjectConfiguration, 'targets' | 'metadata'>;

const deployConfigGlob = `**/${deployConfigFileName}`;

export const createNodes: CreateNodes<DeployPluginOptions> = [
  deployConfigGlob,
  async (configFilePaths, options, context) => {
    const normalized = normalizePluginOptions(options);
    const targetsCache = new PluginCache<DeployTargets>(join(workspaceDataDirectory, `nx-deploy-${hashObject(normalized)}.hash`));
    const projectRoots = configFilePaths.map((file) => dirname(file));
    const hashes = await calculateHashesForCreateNodes(projectRoots, normalized, context);
    try {
      return await createNodesFromFiles(
        (configFile, _, context, index) => createNodesInternal(configFile, hashes[index] + configFile, normalized, context, targetsCache),
        configFilePaths,
        options,
        context,
      );
    } finally {
      targetsCache.writeToDisk();
    }
  },
];

function createNodesInternal(
  configFile: string,
  hash: string,
  options: NormalizedDeployPluginOptions,
  context: CreateNodesContext,
  targetsCache: PluginCache<DeployTargets>,
) {
  const projectRoot = dirname(configFile);
  const isProject = ['project.json', 'package.json'].some((file) => existsSync(join(context.workspaceRoot, projectRoot, file)));
  const config = readDeployConfigFile(context.workspaceRoot, projectRoot, projectRoot);
  const dockerfile = dockerfileOf(config, projectRoot);
  if (!isProject || !existsSync(join(context.workspaceRoot, dockerfile))) return {};

  const cached = targetsCache.get(hash) ?? createDeployTargets(projectRoot, dockerfile, options, context);
  targetsCache.set(hash, cached);
  const { targets, metadata } = cached;
  // `nx release` versions and pushes the same repository the deploy targets build and deploy.
  const release = { docker: { repositoryName: releaseRepository(config, projectRoot, options) } };
  return { projects: { [projectRoot]: { root: projectRoot, targets, metadata, release } } };
}

/** The image repository, as `normalizeDeployConfig` names it (the service defaults to the project's folder here, before Nx knows its name). */
function releaseRepository(config: RawDeployConfig, projectRoot: string, options: NormalizedDeployPluginOptions): string {
  return config.image ?? imageName(options.imagePrefix, config.service ?? basename(projectRoot));
}

function createDeployTargets(
  projectRoot: string,
  dockerfile: string,
  options: NormalizedDeployPluginOptions,
  context: CreateNodesContext,
): DeployTargets {
  const namedInputs = getNamedInputs(projectRoot, context);
  const sources = 'production' in namedInputs ? ['production', '^production'] : ['default', '^default'];
  const env = options.defaultEnv;
  const targets: Record<string, TargetConfiguration> = {
    [options.dockerBuildTargetName]: {
      executor: '@todo/nx-deploy:docker-build',
      // The tag is the content hash and the engine is the cache: Nx caching would replay
      // "built" for an image that may have been deleted since.
      cache: false,
      dependsOn: options.dockerBuildDependsOn,
      inputs: [
        ...sources,
        `{workspaceRoot}/${dockerfile}`,
        '{workspaceRoot}/package-lock.json',
        '{workspaceRoot}/package.json',
        '{workspaceRoot}/.dockerignore',
      ],
      options: {},
      metadata: {
        technologies: ['docker'],
        description: `Build the image from ${dockerfile}, tagged with the content hash of its inputs (skipped when that tag exists)`,
        help: {
          command: 'docker build --help',
          example: { options: { push: true, env: 'staging', platform: 'linux/amd64', buildArgs: { NODE_ENV: 'production' } } },
        },
      },
    },
    [options.helmValuesTargetName]: {
      executor: '@todo/nx-deploy:helm-values',
      cache: false,
      inputs: [`{projectRoot}/${deployConfigFileName}`, '{workspaceRoot}/deploy/environments/*.yaml', ...sources],
      options: { env },
      metadata: {
        technologies: ['helm'],
        description: 'Render deploy/generated/<env>/values.yaml from every deploy config and image, validated by the chart schema',
        help: { command: 'helm template --help', example: { options: { env: 'staging' } } },
      },
    },
    [options.deployTargetName]: {
      executor: '@todo/nx-deploy:deploy',
      cache: false,
      options: { env },
      metadata: {
        technologies: ['helm', 'docker'],
        description:
          'Build what is missing, plan, diff and run one helm upgrade --install for every project deployed in this run',
        help: { command: 'helm upgrade --help', example: { options: { env: 'staging', dryRun: true } } },
      },
    },
    [options.rollbackTargetName]: {
      executor: '@todo/nx-deploy:rollback',
      cache: false,
      options: { env },
      metadata: {
        technologies: ['helm'],
        description: "Roll the environment's release (all services) back one revision, or to --revision N",
        help: { command: 'helm rollback --help', example: { options: { env: 'staging', revision: 3 } } },
      },
    },
    // What `nx release publish` runs for each app: @nx/docker pushes the release-versioned tag.
    'nx-release-publish': {
      executor: '@nx/docker:release-publish',
      metadata: { technologies: ['docker'], description: 'Push the image under its release version (run by nx release)' },
    },
    [options.teardownTargetName]: {
      executor: '@todo/nx-deploy:teardown',
      cache: false,
      options: { env: 'preview' },
      metadata: {
        technologies: ['helm'],
        description: 'Remove a preview environment (deploy --env preview --name <branch>): uninstall its release, delete its namespace',
        help: { command: 'helm uninstall --help', example: { options: { env: 'preview', name: 'feature-login' } } },
      },
    },
  };
  return {
    targets,
    metadata: {
      targetGroups: {
        Deploy: [
          options.dockerBuildTargetName,
          options.helmValuesTargetName,
          options.deployTargetName,
          options.rollbackTargetName,
          options.teardownTargetName,
        ],
      },
    },
  };
}
