import { z } from 'zod';
import { multiLine } from './text';

export const MESSAGE_MAX = 4000;

export const chatRequestSchema = z.strictObject({
  conversation_id: z.number().int().min(1).max(2_147_483_647).optional(),
  message: multiLine('message')
    .trim()
    .min(1, 'message must not be empty')
    .max(MESSAGE_MAX, `message must be at most ${MESSAGE_MAX} characters`),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

export interface ToolCallRecord {
  name: string;
  arguments: Record<string, unknown>;
  result: unknown;
}

export interface ChatResponse {
  conversation_id: number;
  response: string;
  tool_calls: ToolCallRecord[];
}

export interface Conversation {
  id: number;
  title: string;
  created_at: string;
  updated_at: string;
}

export const messageRoles = ['user', 'assistant'] as const;
export type MessageRole = (typeof messageRoles)[number];

export interface Message {
  id: number;
  role: MessageRole;
  content: string;
  created_at: string;
  /** Tool calls the assistant made for this message (assistant messages only). */
  tool_calls?: ToolCallRecord[];
}

export interface NewMessage {
  role: MessageRole;
  content: string;
  tool_calls?: ToolCallRecord[];
}

/** Conversations and their messages, scoped to one user like {@link TaskStore}. */
export interface ConversationStore {
  list(userId: string): Promise<Conversation[]>;
  get(userId: string, conversationId: number): Promise<Conversation | null>;
  create(userId: string, title: string): Promise<Conversation>;
  messages(userId: string, conversationId: number): Promise<Message[] | null>;
  append(userId: string, conversationId: number, message: NewMessage): Promise<Message>;
  remove(userId: string, conversationId: number): Promise<boolean>;
}
