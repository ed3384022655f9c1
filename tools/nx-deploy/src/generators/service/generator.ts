import {
  type Tree,
  formatFiles,
  generateFiles,
  getProjects,
  joinPathFragments,
  logger,
  offsetFromRoot,
  readProjectConfiguration,
  updateProjectConfiguration,
} from '@nx/devkit';
import { applicationGenerator } from '@nx/node';
import { addChartService } from '../chart-services';
import { readDeploySettings } from '../deploy-settings';
import { keepingFiles } from '../workspace-files';
import type { ServiceGeneratorSchema } from './schema';

interface NormalizedServiceOptions {
  name: string;
  projectRoot: string;
  port: number;
  chart: string;
  tags: string[];
  image: string;
  skipFormat: boolean;
}

/**
 * Workspace files @nx/node:application writes that a new service must leave alone: package.json
 * (tslib; it is an input of every image, so every service would redeploy), nx.json (an
 * `@nx/esbuild:esbuild` targetDefaults entry would replace the workspace's `build` defaults for
 * the api), and a root jest.config.ts and .vscode/launch.json (Jest runs per project through
 * @nx/jest/plugin; the workspace keeps no editor config).
 */
const workspaceFilesKept = ['package.json', 'nx.json', 'jest.config.ts', '.vscode/launch.json'];

export function normalizeOptions(tree: Tree, options: ServiceGeneratorSchema): NormalizedServiceOptions {
  if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(options.name)) {
    throw new Error(`Service name "${options.name}" must be a DNS label (a-z, 0-9, -): it names Kubernetes objects.`);
  }
  const { image, chart } = readDeploySettings(tree, options.name, options.chart);
  return {
    name: options.name,
    projectRoot: options.directory ?? `apps/${options.name}`,
    port: options.port ?? 8080,
    chart,
    tags: (options.tags ?? 'scope:api,type:app').split(',').map((tag) => tag.trim()).filter(Boolean),
    image,
    skipFormat: options.skipFormat ?? false,
  };
}

/** True when the project is this generator's earlier output; any other occupant is a clash. */
function alreadyGenerated(tree: Tree, options: NormalizedServiceOptions): boolean {
  const project = getProjects(tree).get(options.name);
  if (project && project.root !== options.projectRoot) {
    throw new Error(`A project named ${options.name} already exists at ${project.root}: pick another name.`);
  }
  if (!tree.exists(options.projectRoot)) return false;
  const deployJson = joinPathFragments(options.projectRoot, 'deploy.json');
  const config = tree.exists(deployJson) ? JSON.parse(tree.read(deployJson, 'utf-8') as string) : undefined;
  if (project && config?.service === options.name && config?.image === options.image) return true;
  throw new Error(`${options.projectRoot} already exists and is not the ${options.name} service: refusing to overwrite it.`);
}

/** A Node app as `nx g @nx/node:application` makes it (esbuild, Jest, ESLint), without touching workspace files. */
async function scaffoldNodeApp(tree: Tree, options: NormalizedServiceOptions): Promise<void> {
  await keepingFiles(tree, workspaceFilesKept, () =>
    applicationGenerator(tree, {
      directory: options.projectRoot,
      name: options.name,
      framework: 'none',
      bundler: 'esbuild',
      unitTestRunner: 'jest',
      swcJest: true,
      e2eTestRunner: 'none',
      linter: 'eslint',
      tags: options.tags.join(','),
      port: options.port,
      addPlugin: true,
      skipPackageJson: true,
      skipFormat: true,
    }),
  );
  const project = readProjectConfiguration(tree, options.name);
  const targets = project.targets ?? {};
  // The image copies dist/<projectRoot> alone, with no node_modules: main.js must hold its dependencies.
  targets.build = { ...targets.build, options: { ...targets.build?.options, bundle: true, thirdParty: true } };
  // The app ships a spec, so a run that finds no test is a failure, not a pass.
  if (targets.test) {
    const { passWithNoTests: _, ...testOptions } = targets.test.options ?? {};
    targets.test = { ...targets.test, options: testOptions };
    if (!targets.test.executor && Object.keys(testOptions).length === 0) delete targets.test;
  }
  updateProjectConfiguration(tree, options.name, { ...project, targets });
}

export async function serviceGenerator(tree: Tree, schema: ServiceGeneratorSchema): Promise<void> {
  const options = normalizeOptions(tree, schema);
  if (alreadyGenerated(tree, options)) {
    logger.info(`${options.name} already exists at ${options.projectRoot}; checking its chart entry only.`);
  } else {
    await scaffoldNodeApp(tree, options);
    // Our Fastify app, Dockerfile and deploy config over @nx/node's hello-world main.ts.
    generateFiles(tree, joinPathFragments(__dirname, 'files'), options.projectRoot, {
      ...options,
      offsetFromRoot: offsetFromRoot(options.projectRoot),
      tmpl: '',
    });
  }
  addChartService(tree, options.chart, { name: options.name, image: options.image, port: options.port });
  if (!options.skipFormat) await formatFiles(tree);
}

export default serviceGenerator;
