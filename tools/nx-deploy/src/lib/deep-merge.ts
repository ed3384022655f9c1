export type Values = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges like Helm merges values files: maps deeply, lists and scalars replaced. */
export function deepMerge(base: Values, ...layers: Values[]): Values {
  const result: Values = { ...base };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      const current = result[key];
      result[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
    }
  }
  return result;
}
