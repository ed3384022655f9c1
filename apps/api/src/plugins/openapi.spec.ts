import { z } from 'zod';
import {
  authResponseSchema,
  chatRequestSchema,
  chatResponseSchema,
  completeTaskSchema,
  conversationSchema,
  createTaskSchema,
  errorBodySchema,
  listTasksQuerySchema,
  messageSchema,
  pathIdSchema,
  parseTaskRequestSchema,
  quickAddSchema,
  sessionResponseSchema,
  signInSchema,
  signOutResponseSchema,
  signUpSchema,
  taskSchema,
  updateTaskSchema,
  updateUserSettingsSchema,
  userProfileSchema,
} from '@todo/domain';
import { startApi, type ApiHarness } from '../test/api-harness';

interface Operation {
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema: unknown }[];
  requestBody?: { required: boolean; content: Record<string, { schema: unknown }> };
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
}

/** What libs/domain fixes for one operation; `local` marks a reply shape that only the api knows (health). */
interface Expected {
  body?: z.ZodType;
  query?: z.ZodObject;
  id?: 'task' | 'conversation';
  status: number;
  response: z.ZodType | 'local' | 'none';
  isPublic?: boolean;
  errors?: boolean;
}

const tasks = z.array(taskSchema);
const contract: [string, string, Expected][] = [
  ['get', '/healthz', { status: 200, response: 'local', isPublic: true, errors: false }],
  ['get', '/readyz', { status: 200, response: 'local', isPublic: true, errors: false }],
  ['post', '/api/auth/sign-up/email', { body: signUpSchema, status: 200, response: authResponseSchema, isPublic: true }],
  ['post', '/api/auth/sign-in/email', { body: signInSchema, status: 200, response: authResponseSchema, isPublic: true }],
  ['post', '/api/auth/sign-out', { status: 200, response: signOutResponseSchema }],
  ['post', '/api/auth/sign-out-everywhere', { status: 200, response: signOutResponseSchema }],
  ['get', '/api/auth/session', { status: 200, response: sessionResponseSchema }],
  ['get', '/api/me', { status: 200, response: userProfileSchema }],
  ['patch', '/api/me', { body: updateUserSettingsSchema, status: 200, response: userProfileSchema }],
  ['get', '/api/{user_id}/tasks', { query: listTasksQuerySchema, status: 200, response: tasks }],
  ['post', '/api/{user_id}/tasks', { body: createTaskSchema, status: 201, response: taskSchema }],
  ['get', '/api/{user_id}/tasks/{id}', { id: 'task', status: 200, response: taskSchema }],
  ['put', '/api/{user_id}/tasks/{id}', { id: 'task', body: updateTaskSchema, status: 200, response: taskSchema }],
  ['delete', '/api/{user_id}/tasks/{id}', { id: 'task', status: 204, response: 'none' }],
  ['patch', '/api/{user_id}/tasks/{id}/complete', { id: 'task', body: completeTaskSchema, status: 200, response: taskSchema }],
  ['post', '/api/{user_id}/tasks/parse', { body: parseTaskRequestSchema, status: 200, response: quickAddSchema }],
  ['post', '/api/{user_id}/chat', { body: chatRequestSchema, status: 200, response: chatResponseSchema }],
  ['get', '/api/{user_id}/conversations', { status: 200, response: z.array(conversationSchema) }],
  ['get', '/api/{user_id}/conversations/{id}/messages', { id: 'conversation', status: 200, response: z.array(messageSchema) }],
  ['delete', '/api/{user_id}/conversations/{id}', { id: 'conversation', status: 204, response: 'none' }],
  // JSON-RPC, answered by the MCP transport itself.
  ['post', '/mcp', { status: 200, response: 'none', errors: false }],
  ['get', '/mcp', { status: 200, response: 'none', errors: false }],
  ['delete', '/mcp', { status: 200, response: 'none', errors: false }],
];

const jsonSchemaOf = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  return rest;
};
const json = (content?: Record<string, { schema: unknown }>) => content?.['application/json']?.schema;

describe('the OpenAPI document', () => {
  let api: ApiHarness;
  let document: Document;

  beforeAll(async () => {
    api = await startApi('memory://');
    const response = await api.server.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    document = response.json();
  });
  afterAll(() => api.close());

  it('is public OpenAPI 3.1 with bearer auth by default', () => {
    expect(document).toMatchObject({
      openapi: '3.1.0',
      security: [{ bearer: [] }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    });
  });

  it('lists exactly the operations of the contract (a new route needs its schemas here)', () => {
    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`));
    expect(documented.sort()).toEqual(contract.map(([method, path]) => `${method} ${path}`).sort());
  });

  it.each(contract)('%s %s carries the schemas of libs/domain', (method, path, expected) => {
    const operation = document.paths[path][method];
    expect(json(operation.requestBody?.content)).toEqual(expected.body ? jsonSchemaOf(expected.body, 'input') : undefined);
    // A missing body reads as `{}`: it is required only where some field is.
    const requiredFields = expected.body ? (jsonSchemaOf(expected.body, 'input').required ?? []) : [];
    expect(operation.requestBody?.required).toBe(expected.body ? requiredFields.length > 0 : undefined);

    const parameters = operation.parameters ?? [];
    const query = parameters.filter((p) => p.in === 'query');
    const querySchema = expected.query ? jsonSchemaOf(expected.query, 'input') : { properties: {}, required: [] };
    expect(Object.fromEntries(query.map((p) => [p.name, p.schema]))).toEqual(querySchema.properties);
    expect(query.filter((p) => p.required).map((p) => p.name)).toEqual(querySchema.required ?? []);
    const id = parameters.find((p) => p.in === 'path' && p.name === 'id');
    expect(id?.schema).toEqual(expected.id ? jsonSchemaOf(pathIdSchema(expected.id), 'input') : undefined);

    const success = operation.responses[String(expected.status)];
    expect(success).toBeDefined();
    if (expected.response === 'local') expect(json(success.content)).toMatchObject({ type: 'object' });
    else if (expected.response === 'none') expect(json(success.content)).toBeUndefined();
    else expect(json(success.content)).toEqual(jsonSchemaOf(expected.response, 'output'));

    const errorBody = { ...jsonSchemaOf(errorBodySchema, 'output'), description: expect.any(String) };
    expect(json(operation.responses['4XX']?.content)).toEqual(expected.errors === false ? undefined : errorBody);
    expect(operation.security).toEqual(expected.isPublic ? [] : undefined);
  });

  it('is rendered as a page without scripts at /api/docs, under the api’s CSP', async () => {
    const page = await api.server.inject({ method: 'GET', url: '/api/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(page.body).not.toMatch(/<script|<style|style=/i);
    expect(page.body).toContain('<a href="/api/openapi.json">');
    for (const [method, path] of contract) expect(page.body).toContain(`<h2>${method.toUpperCase()} ${path}</h2>`);
  });
});
