import fp from 'fastify-plugin';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { responseSerializerCompiler } from '../schemas/response-serializer';

/**
 * Route schemas are the zod schemas of `@todo/domain`: fastify-type-provider-zod validates requests
 * with them (failures reach the error handler as `validation_error`), our compiler serialises replies.
 */
export default fp(
  async (app) => {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(responseSerializerCompiler);
  },
  { name: 'zod-schemas', fastify: '5.x' },
);
