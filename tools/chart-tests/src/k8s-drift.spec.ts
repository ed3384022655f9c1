import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseManifests } from '../scripts/lib/parse-manifests.mjs';
import { diffRawManifests } from '../scripts/lib/raw-manifests-drift.mjs';
import { renderRawManifests } from '../scripts/lib/raw-manifests.mjs';
import { validateManifests } from '../scripts/lib/validate-manifests.mjs';
import { workspaceRoot } from './render-scenarios';

const k8sDir = join(workspaceRoot, 'k8s');

describe('k8s/ raw manifests', () => {
  let files: Map<string, string>;
  beforeAll(() => {
    files = renderRawManifests(workspaceRoot);
  });

  it('equal a fresh render of the chart (run `nx run todo-chatbot-chart:k8s-manifests` to update)', () => {
    expect(diffRawManifests(k8sDir, files)).toEqual([]);
  });

  it('include the seed files', () => {
    expect([...files.keys()]).toEqual(
      expect.arrayContaining([
        'namespace.yaml',
        'configmap.yaml',
        'backend-deployment.yaml',
        'backend-service.yaml',
        'frontend-deployment.yaml',
        'frontend-service.yaml',
        'ingress.yaml',
      ]),
    );
  });

  it('hold valid objects and no Secret', () => {
    const objects = [...files.keys()].flatMap((file) => parseManifests(readFileSync(join(k8sDir, file), 'utf8')));
    expect(validateManifests(objects)).toEqual([]);
    expect(objects.filter((object) => object.kind === 'Secret')).toEqual([]);
  });
});
