import { and, asc, desc, eq } from 'drizzle-orm';
import type {
  Conversation,
  ConversationStore,
  Message,
  NewMessage,
  ToolCallRecord,
} from '@todo/domain';
import type { Database } from './database';
import { conversations, messages } from './schema';

type ConversationRow = typeof conversations.$inferSelect;
type MessageRow = typeof messages.$inferSelect;

const toConversation = (row: ConversationRow): Conversation => ({
  id: row.id,
  title: row.title,
  created_at: row.createdAt.toISOString(),
  updated_at: row.updatedAt.toISOString(),
});

const toMessage = (row: MessageRow): Message => ({
  id: row.id,
  role: row.role,
  content: row.content,
  created_at: row.createdAt.toISOString(),
  ...(row.toolCalls ? { tool_calls: row.toolCalls as ToolCallRecord[] } : {}),
});

export function createConversationStore(db: Database): ConversationStore {
  const owned = (userId: string, conversationId: number) =>
    and(eq(conversations.userId, userId), eq(conversations.id, conversationId));

  async function list(userId: string) {
    const rows = await db
      .select()
      .from(conversations)
      .where(eq(conversations.userId, userId))
      .orderBy(desc(conversations.updatedAt), desc(conversations.id));
    return rows.map(toConversation);
  }

  async function get(userId: string, conversationId: number) {
    const [row] = await db.select().from(conversations).where(owned(userId, conversationId));
    return row ? toConversation(row) : null;
  }

  async function create(userId: string, title: string) {
    const [row] = await db.insert(conversations).values({ userId, title }).returning();
    return toConversation(row);
  }

  async function messagesOf(userId: string, conversationId: number) {
    if (!(await get(userId, conversationId))) return null;
    const rows = await db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.userId, userId)))
      .orderBy(asc(messages.id));
    return rows.map(toMessage);
  }

  async function append(userId: string, conversationId: number, message: NewMessage) {
    return db.transaction(async (tx) => {
      const [touched] = await tx
        .update(conversations)
        .set({ updatedAt: new Date() })
        .where(owned(userId, conversationId))
        .returning({ id: conversations.id });
      if (!touched) throw new Error(`conversation ${conversationId} does not belong to the user`);
      const [row] = await tx
        .insert(messages)
        .values({
          conversationId,
          userId,
          role: message.role,
          content: message.content,
          toolCalls: message.tool_calls ?? null,
        })
        .returning();
      return toMessage(row);
    });
  }

  async function remove(userId: string, conversationId: number) {
    const deleted = await db.delete(conversations).where(owned(userId, conversationId)).returning({ id: conversations.id });
    return deleted.length > 0;
  }

  return { list, get, create, messages: messagesOf, append, remove };
}
