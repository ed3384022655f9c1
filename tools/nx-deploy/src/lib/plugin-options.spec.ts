import { normalizePluginOptions, readPluginOptions } from './plugin-options';

describe('plugin options', () => {
  it('fills every default', () => {
    expect(normalizePluginOptions(undefined)).toEqual({
      dockerBuildTargetName: 'docker-build',
      helmValuesTargetName: 'helm-values',
      deployTargetName: 'deploy',
      rollbackTargetName: 'rollback',
      teardownTargetName: 'teardown',
      dockerBuildDependsOn: [],
      defaultEnv: 'local',
      imagePrefix: 'todo-chatbot',
    });
  });

  it("reads the plugin's registration in nx.json", () => {
    const nxJson = { plugins: ['@nx/eslint/plugin', { plugin: '@todo/nx-deploy', options: { imagePrefix: 'acme/', defaultEnv: 'kind' } }] };
    expect(readPluginOptions(nxJson)).toMatchObject({ imagePrefix: 'acme', defaultEnv: 'kind', deployTargetName: 'deploy' });
  });

  it('uses the defaults when the plugin is registered by name only, or not at all', () => {
    expect(readPluginOptions({ plugins: ['@todo/nx-deploy'] }).imagePrefix).toBe('todo-chatbot');
    expect(readPluginOptions(undefined).defaultEnv).toBe('local');
  });
});
