import { validateValues } from './values-schema';

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  properties: {
    services: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          replicas: { type: 'integer' },
          image: {
            type: 'object',
            properties: { pullPolicy: { enum: ['Always', 'IfNotPresent', 'Never'] } },
          },
        },
      },
    },
  },
};

describe('validateValues', () => {
  it('accepts values the chart schema accepts', () => {
    expect(validateValues(schema, {}, { services: { api: { replicas: 2 } } })).toEqual([]);
  });

  it('validates over the chart defaults, as helm does', () => {
    expect(validateValues(schema, { services: { api: { replicas: 'two' } } }, { services: { web: {} } })).toEqual([
      'services.api.replicas must be integer',
    ]);
  });

  it('names the key of every wrong value', () => {
    expect(
      validateValues(schema, {}, { services: { api: { replicas: '2', colour: 'red', image: { pullPolicy: 'Sometimes' } } } }),
    ).toEqual([
      'services.api.colour: unknown key',
      'services.api.replicas must be integer',
      'services.api.image.pullPolicy must be equal to one of the allowed values: Always, IfNotPresent, Never',
    ]);
  });
});
