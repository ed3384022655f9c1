import type { Tree } from '@nx/devkit';
import { isMap, parseDocument, type YAMLMap } from 'yaml';

// Keeps the chart's own style (`drop: [ALL]`) so the diff holds only the new entry.
const yamlOptions = { flowCollectionPadding: false };

export interface ChartService {
  name: string;
  image: string;
  port: number;
}

/**
 * Adds `services.<name>` to the chart's values.yaml (and the Minikube tag to values-local.yaml),
 * keeping comments. An entry that already names this image is left alone; one that names
 * another image is a clash.
 */
export function addChartService(tree: Tree, chart: string, service: ChartService): void {
  const valuesPath = `${chart}/values.yaml`;
  if (!tree.exists(valuesPath)) throw new Error(`${valuesPath} does not exist: cannot add ${service.name} to the chart.`);
  const values = parseDocument(tree.read(valuesPath, 'utf-8') as string);
  const services = values.get('services');
  if (!isMap(services)) throw new Error(`${valuesPath} has no services map.`);
  const existing = values.getIn(['services', service.name, 'image', 'repository']);
  if (services.has(service.name)) {
    if (existing !== service.image) {
      throw new Error(
        `${valuesPath} already has services.${service.name} with image ${String(existing)}, not ${service.image}: pick another name.`,
      );
    }
  } else {
    const entry = values.createNode({
      enabled: true,
      image: { repository: service.image, tag: '', digest: '' },
      port: service.port,
      useConfig: false,
      probes: { readiness: { path: '/readyz' } },
    }) as YAMLMap;
    entry.commentBefore = [
      `# @param services.${service.name}.enabled Deploy ${service.name}`,
      `# @param services.${service.name}.image.repository ${service.name} image repository (prefixed by global.imageRegistry)`,
      `# @param services.${service.name}.image.tag ${service.name} image tag; set by nx-deploy to the content hash`,
      `# @param services.${service.name}.image.digest ${service.name} image digest (\`sha256:…\`)`,
      `# @param services.${service.name}.port Container port (PORT)`,
    ].join('\n');
    services.set(service.name, entry);
    tree.write(valuesPath, values.toString(yamlOptions));
  }
  addLocalTag(tree, `${chart}/values-local.yaml`, service.name);
}

function addLocalTag(tree: Tree, path: string, name: string): void {
  if (!tree.exists(path)) return;
  const local = parseDocument(tree.read(path, 'utf-8') as string);
  const services = local.get('services');
  if (!isMap(services) || services.has(name)) return;
  services.set(name, local.createNode({ image: { tag: 'local' } }));
  tree.write(path, local.toString(yamlOptions));
}
