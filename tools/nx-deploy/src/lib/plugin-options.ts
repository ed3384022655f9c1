import type { NxJsonConfiguration } from '@nx/devkit';

export const pluginName = '@todo/nx-deploy';

/** What nx.json may set in the plugin's `options`. */
export interface DeployPluginOptions {
  dockerBuildTargetName?: string;
  helmValuesTargetName?: string;
  deployTargetName?: string;
  rollbackTargetName?: string;
  teardownTargetName?: string;
  /** Targets docker-build waits for; only for Dockerfiles that copy host build output. */
  dockerBuildDependsOn?: string[];
  /** Environment the targets use unless `--env` says otherwise; generators take its chart. */
  defaultEnv?: string;
  /** Repository prefix of an image a deploy.json does not name, and of the images generators write. */
  imagePrefix?: string;
}

export type NormalizedDeployPluginOptions = Required<DeployPluginOptions>;

export function normalizePluginOptions(options: DeployPluginOptions | undefined): NormalizedDeployPluginOptions {
  return {
    dockerBuildTargetName: options?.dockerBuildTargetName ?? 'docker-build',
    helmValuesTargetName: options?.helmValuesTargetName ?? 'helm-values',
    deployTargetName: options?.deployTargetName ?? 'deploy',
    rollbackTargetName: options?.rollbackTargetName ?? 'rollback',
    teardownTargetName: options?.teardownTargetName ?? 'teardown',
    dockerBuildDependsOn: options?.dockerBuildDependsOn ?? [],
    defaultEnv: options?.defaultEnv ?? 'local',
    imagePrefix: (options?.imagePrefix ?? 'todo-chatbot').replace(/\/+$/, ''),
  };
}

/** The options nx.json registers the plugin with, for executors and generators that are not given them. */
export function readPluginOptions(nxJson: NxJsonConfiguration | null | undefined): NormalizedDeployPluginOptions {
  const entry = (nxJson?.plugins ?? []).find((plugin) => (typeof plugin === 'string' ? plugin : plugin.plugin) === pluginName);
  return normalizePluginOptions(entry && typeof entry !== 'string' ? (entry.options as DeployPluginOptions) : undefined);
}
