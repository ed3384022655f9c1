import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';

/** Fastify hands a route's response schema over as given, or wrapped as `{properties}` when it has no `type`. */
export type RouteResponseSchema = z.ZodType | { properties: z.ZodType };

const compiled = new WeakMap<z.ZodType, (data: unknown) => string>();

type JsonSchemaNode = z.core.JSONSchema.BaseSchema;

/**
 * zod writes a nullable object as `anyOf: [object, null]`. fast-json-stringify would pick the branch
 * by validating each value with ajv: slower, and an object with one property too many would match
 * no branch and fail the reply instead of losing that property. `type: ['object', 'null']` is direct.
 */
function nullableAsTypeList({ jsonSchema }: { jsonSchema: JsonSchemaNode }) {
  const [first, second] = jsonSchema.anyOf ?? [];
  if (jsonSchema.anyOf?.length !== 2 || typeof first?.type !== 'string' || second?.type !== 'null') return;
  delete jsonSchema.anyOf;
  Object.assign(jsonSchema, first, { type: [first.type, 'null'] });
}

/**
 * fast-json-stringify compiled from the schema's output JSON Schema, once per schema (the task schema
 * serves several routes). It writes only the declared properties, so nothing a store adds leaks, and
 * throws on a missing required one; it does not run zod again on the way out.
 */
export function compileResponseSerializer(schema: z.ZodType): (data: unknown) => string {
  let stringify = compiled.get(schema);
  if (!stringify) {
    const jsonSchema = z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'any', override: nullableAsTypeList });
    stringify = fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
    compiled.set(schema, stringify);
  }
  return stringify;
}

export const responseSerializerCompiler: FastifySerializerCompiler<RouteResponseSchema> = ({ schema }) =>
  compileResponseSerializer(schema instanceof z.ZodType ? schema : schema.properties);
