'use client';

import type { Conversation, ToolCallRecord } from '@todo/domain';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MESSAGE_MAX } from '@todo/domain/values';
import type { ActionState } from '../../lib/action-state';
import { browserTimeZone } from '../../lib/browser-time-zone';
import type { ChatResult, HistoryResult } from './chat-actions';
import { describeToolCall } from './describe-tool-call';

export interface ChatActions {
  send: (input: { conversation_id?: number; message: string; time_zone?: string }) => Promise<ChatResult>;
  open: (conversationId: number) => Promise<HistoryResult>;
  remove: (conversationId: number) => Promise<ActionState>;
}

interface Entry {
  key: string;
  role: 'user' | 'assistant';
  content: string;
  toolCalls?: ToolCallRecord[];
}

interface ChatPanelProps {
  /** Past conversations, or null when they could not be loaded. */
  conversations: Conversation[] | null;
  actions: ChatActions;
}

export function ChatPanel({ conversations, actions }: ChatPanelProps) {
  const [open, setOpen] = useState(false);
  const [conversationId, setConversationId] = useState<number | undefined>();
  const [entries, setEntries] = useState<Entry[]>([]);
  const [draft, setDraft] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const panelId = useId();

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    const message = draft.trim();
    if (!message || pending) return;
    setPending(true);
    setError(null);
    setDraft('');
    setEntries((list) => [...list, { key: `u${list.length}`, role: 'user', content: message }]);
    const result = await actions.send({ conversation_id: conversationId, message, time_zone: browserTimeZone() });
    setPending(false);
    if (result.status !== 'ok' || !result.reply) {
      setError(result.message ?? 'The assistant could not answer');
      setDraft(message);
      return;
    }
    const { reply } = result;
    setConversationId(reply.conversation_id);
    setEntries((list) => [...list, { key: `a${list.length}`, role: 'assistant', content: reply.response, toolCalls: reply.tool_calls }]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) void send(event);
  };

  const reopen = async (id: number) => {
    setError(null);
    const result = await actions.open(id);
    if (result.status !== 'ok' || !result.messages) {
      setError(result.message ?? 'Could not open the conversation');
      return;
    }
    setConversationId(id);
    setEntries(result.messages.map((m) => ({ key: `m${m.id}`, role: m.role, content: m.content, toolCalls: m.tool_calls })));
  };

  const startOver = () => {
    setConversationId(undefined);
    setEntries([]);
    setError(null);
  };

  const remove = async (id: number) => {
    const result = await actions.remove(id);
    if (result.status !== 'ok') setError(result.message ?? 'Could not delete the conversation');
    else if (id === conversationId) startOver();
  };

  return (
    <>
      <button type="button" className="button chat-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {open ? 'Close chat' : 'Chat'}
      </button>
      <aside id={panelId} className="chat" data-open={open} aria-label="Assistant">
        <div className="chat__header">
          <h2>Assistant</h2>
          <button type="button" className="button button--small" onClick={startOver}>
            New chat
          </button>
        </div>
        {conversations === null && <p className="hint">Past conversations could not be loaded.</p>}
        {conversations && conversations.length > 0 && (
          <details className="chat__history">
            <summary>Past conversations ({conversations.length})</summary>
            <ul>
              {conversations.map((c) => (
                <li key={c.id} className={c.id === conversationId ? 'is-current' : undefined}>
                  <button type="button" className="link-button" onClick={() => reopen(c.id)}>
                    {c.title || `Conversation ${c.id}`}
                  </button>
                  <button type="button" className="button button--small button--danger" onClick={() => remove(c.id)} aria-label={`Delete conversation ${c.title || c.id}`}>
                    Delete
                  </button>
                </li>
              ))}
            </ul>
          </details>
        )}
        <ol className="chat__log" aria-live="polite" aria-label="Conversation">
          {entries.length === 0 && <li className="chat__hint">Try “add buy milk tomorrow, high priority” or “what’s pending?”</li>}
          {entries.map((entry) => (
            <li key={entry.key} className={`bubble bubble--${entry.role}`}>
              <span className="visually-hidden">{entry.role === 'user' ? 'You:' : 'Assistant:'} </span>
              <p>{entry.content}</p>
              {entry.toolCalls && entry.toolCalls.length > 0 && (
                <ul className="bubble__actions" aria-label="Actions taken">
                  {entry.toolCalls.map((call, index) => (
                    <li key={index}>{describeToolCall(call)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
          {pending && <li className="bubble bubble--assistant bubble--pending">Thinking…</li>}
        </ol>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <form className="chat__form" onSubmit={send}>
          <label htmlFor={`${panelId}-message`}>Message</label>
          <textarea
            id={`${panelId}-message`}
            name="message"
            rows={2}
            maxLength={MESSAGE_MAX}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="submit" className="button button--primary" disabled={pending || !draft.trim()}>
            Send
          </button>
        </form>
      </aside>
    </>
  );
}
