import { and, asc, desc, eq, sql } from 'drizzle-orm';
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
interface AppendedRow {
  id: number;
  role: MessageRow['role'];
  content: string;
  tool_calls: unknown;
  created_at: Date | string;
}

const toConversation = (row: ConversationRow): Conversation => ({
  id: row.id,
  title: row.title,
  created_at: row.createdAt.toISOString(),
  updated_at: row.updatedAt.toISOString(),
});

const toMessage = (row: Pick<MessageRow, 'id' | 'role' | 'content' | 'toolCalls' | 'createdAt'>): Message => ({
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
    const rows = await db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.userId, userId)))
      .orderBy(asc(messages.id));
    // Only an empty result needs telling apart "no messages yet" from "not yours / not there".
    if (rows.length === 0 && !(await get(userId, conversationId))) return null;
    return rows.map(toMessage);
  }

  async function append(userId: string, conversationId: number, message: NewMessage) {
    // One round trip: touch the conversation (only if it is the user's) and add the message.
    const toolCalls = message.tool_calls ? JSON.stringify(message.tool_calls) : null;
    const result = (await db.execute(sql`
      with touched as (
        update ${conversations} set updated_at = now()
        where ${conversations.id} = ${conversationId} and ${conversations.userId} = ${userId}
        returning id
      )
      insert into ${messages} (conversation_id, user_id, role, content, tool_calls)
      select id, ${userId}, ${message.role}, ${message.content}, ${toolCalls}::jsonb from touched
      returning id, role, content, tool_calls, created_at`)) as unknown as { rows: AppendedRow[] };
    const [row] = result.rows;
    if (!row) throw new Error(`conversation ${conversationId} does not belong to the user`);
    return toMessage({
      id: row.id,
      role: row.role,
      content: row.content,
      toolCalls: row.tool_calls,
      createdAt: new Date(row.created_at),
    });
  }

  async function remove(userId: string, conversationId: number) {
    const deleted = await db.delete(conversations).where(owned(userId, conversationId)).returning({ id: conversations.id });
    return deleted.length > 0;
  }

  return { list, get, create, messages: messagesOf, append, remove };
}
