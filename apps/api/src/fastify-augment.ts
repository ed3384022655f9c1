import type { ConversationStore, TaskStore, UserProfile, UserSettingsStore } from '@todo/domain';
import type { AppConfig } from './config';

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
    tasks: TaskStore;
    conversations: ConversationStore;
    userSettings: UserSettingsStore;
    /** Resolves a bearer token to its user, or null when it is missing, expired or revoked. */
    userForToken(token: string | undefined): Promise<UserProfile | null>;
  }
  interface FastifyRequest {
    /** The authenticated user; set by the auth guard on every protected route. */
    user: UserProfile;
    /** The zone this request's dates are read in (see `resolveTimeZone`); set on every protected route. */
    timeZone: string;
  }
}
