import { normalizeDeployConfig } from './deploy-config';

describe('normalizeDeployConfig', () => {
  it('fills the service, image and Dockerfile from the project', () => {
    expect(normalizeDeployConfig({}, 'apps/api', 'api', 'todo-chatbot')).toEqual({
      service: 'api',
      image: 'todo-chatbot/api',
      dockerfile: 'apps/api/Dockerfile',
      values: {},
    });
  });

  it('names the image with the configured prefix', () => {
    expect(normalizeDeployConfig({ service: 'billing' }, 'apps/billing', 'billing', 'ghcr.io/acme').image).toBe('ghcr.io/acme/billing');
  });

  it('keeps what the file says', () => {
    const config = normalizeDeployConfig(
      { service: 'billing', image: 'acme/billing', values: { replicas: 2 } },
      'apps/billing-app',
      'billing-app',
      'todo-chatbot',
    );
    expect(config).toMatchObject({ service: 'billing', image: 'acme/billing', values: { replicas: 2 } });
  });

  it('refuses a service name the chart could not use as a resource name', () => {
    expect(() => normalizeDeployConfig({ service: 'Billing_API' }, 'apps/x', 'x', 'todo-chatbot')).toThrow(/must be a DNS label/);
  });

  it('refuses values that are not an object', () => {
    expect(() => normalizeDeployConfig({ values: [] as unknown as Record<string, unknown> }, 'apps/x', 'x', 'todo-chatbot')).toThrow(
      /"values" must be an object/,
    );
  });
});
