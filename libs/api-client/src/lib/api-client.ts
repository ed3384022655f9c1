import {
  TIME_ZONE_HEADER,
  type AuthResponse,
  type ChatRequest,
  type ChatResponse,
  type Conversation,
  type CreateTaskRequest,
  type ListTasksQuery,
  type Message,
  type ParseTaskRequest,
  type QuickAdd,
  type SessionUser,
  type SignInRequest,
  type SignUpRequest,
  type Task,
  type UpdateTaskRequest,
  type UpdateUserSettingsRequest,
  type UserProfile,
} from '@todo/domain';
import { createTransport, type TransportOptions } from './transport';

export interface ApiClientOptions extends TransportOptions {
  /** The caller's IANA zone, sent as `X-Time-Zone` on every request; the user's stored zone applies without it. */
  timeZone?: string;
}

export type TaskListQuery = Partial<ListTasksQuery>;

export interface TaskList {
  tasks: Task[];
  /** All tasks matching the query, from `X-Total-Count` (not just this page). */
  total: number;
}

/** A typed client of the wire contract. Every failure is thrown as an `ApiError`. */
export function createApiClient({ timeZone, ...options }: ApiClientOptions) {
  const send = createTransport(timeZone ? { ...options, headers: { ...options.headers, [TIME_ZONE_HEADER]: timeZone } } : options);
  const user = (userId: string) => `/api/${encodeURIComponent(userId)}`;
  const task = (userId: string, taskId: number) => `${user(userId)}/tasks/${taskId}`;
  const conversation = (userId: string, id: number) => `${user(userId)}/conversations/${id}`;
  const data = async <T>(reply: Promise<{ data: T }>) => (await reply).data;

  return {
    signUp: (body: SignUpRequest) => data(send<AuthResponse>('POST', '/api/auth/sign-up/email', { body })),
    signIn: (body: SignInRequest) => data(send<AuthResponse>('POST', '/api/auth/sign-in/email', { body })),
    signOut: async (): Promise<void> => {
      await send('POST', '/api/auth/sign-out');
    },
    /** The token's user; an extension of the contract served by our api. */
    session: async () => (await send<{ user: SessionUser }>('GET', '/api/auth/session')).data.user,

    /** The signed-in user with their settings (`time_zone`: null until set). */
    me: () => data(send<UserProfile>('GET', '/api/me')),
    updateMe: (body: UpdateUserSettingsRequest) => data(send<UserProfile>('PATCH', '/api/me', { body })),

    listTasks: async (userId: string, query: TaskListQuery = {}): Promise<TaskList> => {
      const { data: tasks, headers } = await send<Task[]>('GET', `${user(userId)}/tasks`, { query });
      const total = Number(headers.get('x-total-count'));
      return { tasks, total: Number.isFinite(total) && headers.has('x-total-count') ? total : tasks.length };
    },
    getTask: (userId: string, taskId: number) => data(send<Task>('GET', task(userId, taskId))),
    createTask: (userId: string, body: CreateTaskRequest) =>
      data(send<Task>('POST', `${user(userId)}/tasks`, { body })),
    /** Reads a quick-add line into task fields in the caller's zone; creates nothing. */
    parseTask: (userId: string, body: ParseTaskRequest) => data(send<QuickAdd>('POST', `${user(userId)}/tasks/parse`, { body })),
    updateTask: (userId: string, taskId: number, body: UpdateTaskRequest) =>
      data(send<Task>('PUT', task(userId, taskId), { body })),
    deleteTask: async (userId: string, taskId: number): Promise<void> => {
      await send('DELETE', task(userId, taskId));
    },
    /** Toggles `completed`, or sets it when `completed` is given. */
    completeTask: (userId: string, taskId: number, completed?: boolean) =>
      data(
        send<Task>('PATCH', `${task(userId, taskId)}/complete`, {
          body: completed === undefined ? {} : { completed },
        }),
      ),

    chat: (userId: string, body: ChatRequest) => data(send<ChatResponse>('POST', `${user(userId)}/chat`, { body })),
    listConversations: (userId: string) => data(send<Conversation[]>('GET', `${user(userId)}/conversations`)),
    listMessages: (userId: string, conversationId: number) =>
      data(send<Message[]>('GET', `${conversation(userId, conversationId)}/messages`)),
    deleteConversation: async (userId: string, conversationId: number): Promise<void> => {
      await send('DELETE', conversation(userId, conversationId));
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
