import { type Tree, formatFiles, joinPathFragments, offsetFromRoot, readProjectConfiguration, writeJson } from '@nx/devkit';
import { addChartService } from '../chart-services';
import { readDeploySettings } from '../deploy-settings';
import type { ConfigurationGeneratorSchema } from './schema';

export async function configurationGenerator(tree: Tree, options: ConfigurationGeneratorSchema): Promise<void> {
  const project = readProjectConfiguration(tree, options.project);
  const service = options.service ?? options.project;
  const { image, chart } = readDeploySettings(tree, service, options.chart);
  const dockerfile = joinPathFragments(project.root, 'Dockerfile');
  if (!tree.exists(dockerfile)) {
    throw new Error(`${dockerfile} does not exist: write the app's Dockerfile first (apps/api/Dockerfile is a model).`);
  }
  const deployJson = joinPathFragments(project.root, 'deploy.json');
  const config = {
    $schema: `${offsetFromRoot(project.root)}tools/nx-deploy/deploy-config.schema.json`,
    service,
    image,
    values: { port: options.port },
  };
  if (tree.exists(deployJson)) {
    const existing = JSON.parse(tree.read(deployJson, 'utf-8') as string);
    if (existing.service !== service || existing.image !== image) {
      throw new Error(`${deployJson} already deploys ${existing.service} (${existing.image}): refusing to overwrite it.`);
    }
  } else {
    writeJson(tree, deployJson, config);
  }
  addChartService(tree, chart, { name: service, image, port: options.port });
  if (!options.skipFormat) await formatFiles(tree);
}

export default configurationGenerator;
