import { z } from 'zod';
import { MESSAGE_MAX } from './values';
import { multiLine } from './text';


export const chatRequestSchema = z.strictObject({
  conversation_id: z.number().int().min(1).max(2_147_483_647).optional(),
  message: multiLine('message')
    .trim()
    .min(1, 'message must not be empty')
    .max(MESSAGE_MAX, `message must be at most ${MESSAGE_MAX} characters`),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

export const toolCallRecordSchema = z.object({
  name: z.string(),
  arguments: z.record(z.string(), z.unknown()),
  result: z.unknown(),
});
export type ToolCallRecord = z.infer<typeof toolCallRecordSchema>;

export const chatResponseSchema = z.object({
  conversation_id: z.number().int(),
  response: z.string(),
  tool_calls: z.array(toolCallRecordSchema),
});
export type ChatResponse = z.infer<typeof chatResponseSchema>;

export const conversationSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const messageRoles = ['user', 'assistant'] as const;
export type MessageRole = (typeof messageRoles)[number];

/** A message as `GET …/conversations/{id}/messages` shows it: the tool calls stay server-side. */
export const messageSchema = z.object({
  id: z.number().int(),
  role: z.enum(messageRoles),
  content: z.string(),
  created_at: z.string(),
});

export interface Message extends z.infer<typeof messageSchema> {
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
