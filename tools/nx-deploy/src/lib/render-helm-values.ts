import { deepMerge, isPlainObject, type Values } from './deep-merge';
import type { Environment } from './environment';
import type { ImageRef } from './image-ref';

/** One entry of the chart's `services` map, as this run deploys it. */
export interface ServiceRelease {
  project: string;
  service: string;
  values: Values;
  image: ImageRef;
}

export interface ValuesLayer {
  /** Where the layer comes from, for error messages. */
  source: string;
  values: Values;
}

const ownedImageKeys = ['repository', 'tag', 'digest'];

/**
 * The values a release is installed with, over the chart defaults: the deploy configs, the
 * environment's values files, its inline `values`, and last the images, which always follow
 * the content hash (a layer's `image.tag: local` must not undo a deploy).
 */
export function renderHelmValues(env: Environment, services: ServiceRelease[], layers: ValuesLayer[]): RenderedValues {
  const sorted = [...services].sort((a, b) => a.service.localeCompare(b.service));
  const configs: Values = { services: Object.fromEntries(sorted.map(({ service, values }) => [service, values])) };
  const images: Values = {
    ...(env.registry ? { global: { imageRegistry: env.registry } } : {}),
    services: Object.fromEntries(sorted.map(({ service, image }) => [service, { image: { digest: '', ...image } }])),
  };
  const allLayers = [...layers, { source: `deploy/environments/${env.name}.yaml (values)`, values: env.values }];
  const notices = allLayers.flatMap((layer) => imageOverrides(layer, new Set(sorted.map((s) => s.service))));
  return { values: deepMerge(configs, ...allLayers.map((layer) => layer.values), images), notices };
}

export interface RenderedValues {
  values: Values;
  /** Layer keys the images replaced, to print. */
  notices: string[];
}

function imageOverrides(layer: ValuesLayer, deployed: Set<string>): string[] {
  const services = layer.values.services;
  if (!isPlainObject(services)) return [];
  return Object.entries(services).flatMap(([service, entry]) => {
    const image = isPlainObject(entry) ? entry.image : undefined;
    if (!deployed.has(service) || !isPlainObject(image)) return [];
    return ownedImageKeys
      .filter((key) => key in image)
      .map((key) => `${layer.source}: services.${service}.image.${key} is replaced by the content-hash image`);
  });
}
