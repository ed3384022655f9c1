interface Operation {
  requestBody?: { required?: boolean; content?: Record<string, { schema?: { required?: string[] } }> };
}

/**
 * @fastify/swagger marks every request body required. The api reads a missing body as `{}`, so a
 * body none of whose fields is required (`PUT` of a task, `PATCH …/complete`) may be left out.
 */
export function markOptionalBodies<T extends { paths?: object }>(document: T): T {
  for (const item of Object.values(document.paths ?? {}) as Record<string, Operation | undefined>[]) {
    for (const operation of Object.values(item ?? {})) {
      const body = operation?.requestBody;
      const schema = body?.content?.['application/json']?.schema;
      if (body && schema && !schema.required?.length) body.required = false;
    }
  }
  return document;
}
