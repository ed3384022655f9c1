import type { ConversationStore, SessionUser, TaskStore } from '@todo/domain';
import type { AppConfig } from './config';

declare module 'fastify' {
  interface FastifyInstance {
    config: AppConfig;
    tasks: TaskStore;
    conversations: ConversationStore;
    /** Resolves a bearer token to its user, or null when it is missing, expired or revoked. */
    userForToken(token: string | undefined): Promise<SessionUser | null>;
  }
  interface FastifyRequest {
    /** The authenticated user; set by the auth guard on every protected route. */
    user: SessionUser;
  }
}
