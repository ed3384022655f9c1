import { type Tree, readNxJson } from '@nx/devkit';
import { imageName } from '../lib/deploy-config';
import { environmentPath, parseEnvironmentFile } from '../lib/environment';
import { readPluginOptions } from '../lib/plugin-options';

/** Where a new service goes: its image repository and the chart whose services map gets it. */
export interface DeploySettings {
  image: string;
  chart: string;
}

/**
 * nx.json's `imagePrefix` names the image; the chart is `--chart`, else the one the plugin's
 * default environment deploys (`deploy/environments/<defaultEnv>.yaml`), so a generated entry
 * lands in the chart that `nx deploy` installs.
 */
export function readDeploySettings(tree: Tree, service: string, chartOption: string | undefined): DeploySettings {
  const { imagePrefix, defaultEnv } = readPluginOptions(readNxJson(tree));
  return { image: imageName(imagePrefix, service), chart: chartOption ?? defaultEnvironmentChart(tree, defaultEnv) };
}

function defaultEnvironmentChart(tree: Tree, env: string): string {
  const path = environmentPath(env);
  if (!tree.exists(path)) {
    throw new Error(`--chart is needed: ${path} (the plugin's defaultEnv) does not exist to say which chart the services are deployed with.`);
  }
  return parseEnvironmentFile(env, tree.read(path, 'utf-8') as string).environment.chart;
}
