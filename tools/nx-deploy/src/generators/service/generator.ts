import {
  type Tree,
  formatFiles,
  generateFiles,
  getProjects,
  joinPathFragments,
  logger,
  offsetFromRoot,
} from '@nx/devkit';
import { addChartService } from '../chart-services';
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

export function normalizeOptions(options: ServiceGeneratorSchema): NormalizedServiceOptions {
  if (!/^[a-z]([-a-z0-9]*[a-z0-9])?$/.test(options.name)) {
    throw new Error(`Service name "${options.name}" must be a DNS label (a-z, 0-9, -): it names Kubernetes objects.`);
  }
  return {
    name: options.name,
    projectRoot: options.directory ?? `apps/${options.name}`,
    port: options.port ?? 8080,
    chart: options.chart ?? 'helm/todo-chatbot-chart',
    tags: (options.tags ?? 'scope:api,type:app').split(',').map((tag) => tag.trim()).filter(Boolean),
    image: `todo-chatbot/${options.name}`,
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

export async function serviceGenerator(tree: Tree, schema: ServiceGeneratorSchema): Promise<void> {
  const options = normalizeOptions(schema);
  if (alreadyGenerated(tree, options)) {
    logger.info(`${options.name} already exists at ${options.projectRoot}; checking its chart entry only.`);
  } else {
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
