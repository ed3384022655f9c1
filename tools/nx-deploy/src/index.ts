export { createNodes, type DeployPluginOptions } from './plugins/plugin';
