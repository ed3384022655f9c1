import { deepMerge } from './deep-merge';

describe('deepMerge', () => {
  it('merges maps, replaces lists and scalars, leaves inputs alone', () => {
    const base = { services: { api: { port: 8000, env: { A: '1' }, ingressPaths: [{ path: '/api' }] } } };
    const layer = { services: { api: { env: { B: '2' }, ingressPaths: [] }, web: { port: 3000 } } };
    expect(deepMerge(base, layer)).toEqual({
      services: { api: { port: 8000, env: { A: '1', B: '2' }, ingressPaths: [] }, web: { port: 3000 } },
    });
    expect(base.services.api.env).toEqual({ A: '1' });
  });
});
