import swagger from '@fastify/swagger';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { renderDocsPage } from '../openapi/docs-page';
import { markOptionalBodies } from '../openapi/optional-bodies';

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';

const description = `Tasks, chat and MCP for the signed-in user. Every error is \`{error, message, details?}\` JSON.
Dates are read in the zone of the \`X-Time-Zone\` header (an IANA name), else the account's \`time_zone\`, else UTC;
a plain-day \`due_at\` ("2026-12-05") is that calendar day there.`;

/**
 * Collects every route registered after it into an OpenAPI 3.1 document generated from the route
 * schemas, served at `/api/openapi.json` and rendered as a page without scripts at `/api/docs`
 * (our CSP, `default-src 'none'`, would block swagger-ui). Both are public and built once.
 */
export default fp(
  async (app) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'todo-chatbot api', version: '1', description },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        security: [{ bearer: [] }],
      },
      transform: jsonSchemaTransform,
      transformObject: (document) => markOptionalBodies('openapiObject' in document ? document.openapiObject : document.swaggerObject),
    });

    let documentJson: string | undefined;
    let docsPage: string | undefined;
    app.get(OPENAPI_PATH, { schema: { hide: true } }, async (_request, reply) =>
      reply.type('application/json; charset=utf-8').send((documentJson ??= JSON.stringify(app.swagger()))),
    );
    app.get(DOCS_PATH, { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send((docsPage ??= renderDocsPage(app.swagger(), OPENAPI_PATH))),
    );
  },
  { name: 'openapi', fastify: '5.x' },
);
