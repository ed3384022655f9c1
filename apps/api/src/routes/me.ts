import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound, updateUserSettingsSchema, userProfileSchema } from '@todo/domain';
import { errorResponses } from './error-responses';
import { missingBodyAsEmptyObject } from './missing-body';

/** The signed-in user and their settings (an extension of the contract). */
const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['account'];

  app.get(
    '/api/me',
    { schema: { tags, summary: 'The signed-in user', response: { 200: userProfileSchema, ...errorResponses } } },
    async (request) => request.user,
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags,
        summary: 'Change the user’s settings',
        description: '`time_zone` is the IANA zone dates are read in when a request sends no `X-Time-Zone`; null clears it.',
        body: updateUserSettingsSchema,
        response: { 200: userProfileSchema, ...errorResponses },
      },
      preValidation: missingBodyAsEmptyObject,
    },
    async (request) => {
      const profile = await app.userSettings.update(request.user.id, request.body);
      if (!profile) throw notFound('User');
      return profile;
    },
  );
};

export default meRoutes;
