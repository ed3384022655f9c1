import type { Message, ToolCallRecord } from '@todo/domain';
import type { TaskTools } from '../tools/task-tools';

export interface ChatEngineInput {
  /** Earlier messages of the conversation, oldest first, as loaded from the database. */
  history: readonly Message[];
  message: string;
  tools: TaskTools;
  now?: Date;
  /** The user's IANA zone: "today", "friday 9am" and plain days are read in it, never in the server's. */
  timeZone?: string;
}

export interface ChatEngineReply {
  response: string;
  tool_calls: ToolCallRecord[];
}

/** Turns one user message into a reply, acting only through the task tools it is given. */
export interface ChatEngine {
  readonly name: string;
  reply(input: ChatEngineInput): Promise<ChatEngineReply>;
}
