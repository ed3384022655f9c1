'use server';

import { revalidatePath } from 'next/cache';
import { chatRequestSchema, taskIdSchema, type ChatResponse, type Message } from '@todo/domain';
import { actionFailure } from '../../lib/action-failure';
import type { ActionState } from '../../lib/action-state';
import { apiFor } from '../../lib/api';
import { requireSession } from '../../lib/session';

export type ChatResult = ActionState & { reply?: ChatResponse };
export type HistoryResult = ActionState & { messages?: Message[] };

export async function sendChatMessage(input: { conversation_id?: number; message: string }): Promise<ChatResult> {
  const session = await requireSession();
  try {
    const reply = await apiFor(session).chat(session.user.id, chatRequestSchema.parse(input));
    // The assistant may have changed tasks: the list re-renders with this response.
    revalidatePath('/');
    return { status: 'ok', reply };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function openConversation(conversationId: number): Promise<HistoryResult> {
  const session = await requireSession();
  try {
    return { status: 'ok', messages: await apiFor(session).listMessages(session.user.id, taskIdSchema.parse(conversationId)) };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function deleteConversation(conversationId: number): Promise<ActionState> {
  const session = await requireSession();
  try {
    await apiFor(session).deleteConversation(session.user.id, taskIdSchema.parse(conversationId));
    revalidatePath('/');
    return { status: 'ok' };
  } catch (error) {
    return actionFailure(error);
  }
}
