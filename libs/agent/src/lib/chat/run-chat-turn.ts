import { DEFAULT_TIME_ZONE, notFound, type ChatRequest, type ChatResponse, type ConversationStore, type TaskStore } from '@todo/domain';
import type { ChatEngine } from '../engine/chat-engine';
import { createTaskTools } from '../tools/task-tools';
import { conversationTitle } from './conversation-title';

export interface ChatTurnInput {
  tasks: TaskStore;
  conversations: ConversationStore;
  userId: string;
  request: ChatRequest;
  engine: ChatEngine;
  now?: Date;
  /** The user's IANA zone (from the request, else their stored setting); UTC when unknown. */
  timeZone?: string;
}

/**
 * One stateless chat turn: load the history, store the user's message, let the engine act through the
 * user's task tools, store the reply. Everything lives in the database, so any replica can serve the next turn.
 */
export async function runChatTurn({ tasks, conversations, userId, request, engine, now, timeZone = DEFAULT_TIME_ZONE }: ChatTurnInput): Promise<ChatResponse> {
  const conversation =
    request.conversation_id === undefined
      ? await conversations.create(userId, conversationTitle(request.message))
      : await conversations.get(userId, request.conversation_id);
  if (!conversation) throw notFound(`conversation ${request.conversation_id}`);
  const history = request.conversation_id === undefined ? [] : ((await conversations.messages(userId, conversation.id)) ?? []);
  await conversations.append(userId, conversation.id, { role: 'user', content: request.message });
  const reply = await engine.reply({
    history,
    message: request.message,
    tools: createTaskTools(tasks, userId, timeZone),
    now,
    timeZone,
  });
  await conversations.append(userId, conversation.id, {
    role: 'assistant',
    content: reply.response,
    tool_calls: reply.tool_calls,
  });
  return { conversation_id: conversation.id, response: reply.response, tool_calls: reply.tool_calls };
}
