'use server';

import { revalidatePath } from 'next/cache';
import { chatRequestSchema, taskIdSchema, timeZoneSchema, type ChatResponse, type Message } from '@todo/domain';
import { actionFailure } from '../../lib/action-failure';
import type { ActionState } from '../../lib/action-state';
import { apiFor } from '../../lib/api';
import { requireSession } from '../../lib/session';

export type ChatResult = ActionState & { reply?: ChatResponse };
export type HistoryResult = ActionState & { messages?: Message[] };

/** `time_zone`: the browser's, so "today" and "tomorrow 9am" are the viewer's; an unknown one is left to the stored setting. */
export async function sendChatMessage({ time_zone, ...input }: { conversation_id?: number; message: string; time_zone?: string }): Promise<ChatResult> {
  const session = await requireSession();
  try {
    const timeZone = timeZoneSchema.safeParse(time_zone);
    const reply = await apiFor(session, timeZone.success ? timeZone.data : undefined).chat(session.user.id, chatRequestSchema.parse(input));
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
