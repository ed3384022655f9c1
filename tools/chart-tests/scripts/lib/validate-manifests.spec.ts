import { validateManifests } from './validate-manifests.mjs';

const service = (spec: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec });

describe('validateManifests', () => {
  it('accepts a valid object', () => {
    expect(validateManifests([service({ ports: [{ port: 80 }] })])).toEqual([]);
  });

  it('names the object and the field of a wrong type', () => {
    const [error] = validateManifests([service({ ports: [{ port: '80' }] })]);
    expect(error).toMatch(/^Service web: .*ports\/0\/port/);
  });

  it('refuses a kind it has no schema for, rather than passing it unchecked', () => {
    expect(validateManifests([{ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } }])).toEqual([
      'Widget w: no schema for example.com/v1 Widget',
    ]);
  });
});
