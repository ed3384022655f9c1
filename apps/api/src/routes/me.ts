import type { FastifyInstance } from 'fastify';
import { notFound, updateUserSettingsSchema, type UserProfile } from '@todo/domain';

/** The signed-in user and their settings (an extension of the contract). */
export default async function meRoutes(app: FastifyInstance) {
  app.get('/api/me', async (request): Promise<UserProfile> => request.user);

  app.patch('/api/me', async (request): Promise<UserProfile> => {
    const settings = updateUserSettingsSchema.parse(request.body ?? {});
    const profile = await app.userSettings.update(request.user.id, settings);
    if (!profile) throw notFound('User');
    return profile;
  });
}
