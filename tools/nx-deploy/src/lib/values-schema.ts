import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import { deepMerge, type Values } from './deep-merge';

function describe(error: ErrorObject): string {
  const key = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(root)';
  if (error.keyword === 'additionalProperties') {
    return `${key === '(root)' ? '' : `${key}.`}${(error.params as { additionalProperty: string }).additionalProperty}: unknown key`;
  }
  if (error.keyword === 'enum') {
    return `${key} ${error.message}: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  }
  return `${key} ${error.message}`;
}

/** Checks the values helm will see (chart defaults + ours) against the chart's own schema. */
export function validateValues(schema: object, chartDefaults: Values, values: Values): string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(deepMerge(chartDefaults, values))) return [];
  return [...new Set((validate.errors ?? []).map(describe))];
}
