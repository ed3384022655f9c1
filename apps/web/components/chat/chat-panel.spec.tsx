import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Conversation } from '@todo/domain';
import { ChatPanel, type ChatActions } from './chat-panel';

const conversation: Conversation = { id: 4, title: 'Groceries', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' };

function setup(overrides: Partial<ChatActions> = {}, conversations: Conversation[] | null = [conversation]) {
  const calls: unknown[] = [];
  const actions: ChatActions = {
    send: async (input) => {
      calls.push(input);
      return {
        status: 'ok',
        reply: {
          conversation_id: 9,
          response: 'Added “buy milk” for tomorrow.',
          tool_calls: [{ name: 'add_task', arguments: { title: 'buy milk' }, result: { task_id: 1, status: 'created', title: 'buy milk' } }],
        },
      };
    },
    open: async () => ({
      status: 'ok',
      messages: [
        { id: 1, role: 'user', content: 'what is pending?', created_at: '' },
        { id: 2, role: 'assistant', content: 'Nothing is pending.', created_at: '' },
      ],
    }),
    remove: async () => ({ status: 'ok' }),
    ...overrides,
  };
  render(<ChatPanel conversations={conversations} actions={actions} />);
  return { calls };
}

async function send(text: string) {
  fireEvent.change(screen.getByLabelText('Message'), { target: { value: text } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
  });
}

describe('ChatPanel', () => {
  it('sends a message and shows the reply with the actions it took, continuing the conversation', async () => {
    const { calls } = setup();
    await send('add buy milk tomorrow');

    expect(screen.getByText('add buy milk tomorrow')).toBeTruthy();
    expect(screen.getByText('Added “buy milk” for tomorrow.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Actions taken' }).textContent).toBe('Added “buy milk”');
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe('');

    await send('and bread');
    const time_zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(calls).toEqual([
      { conversation_id: undefined, message: 'add buy milk tomorrow', time_zone },
      { conversation_id: 9, message: 'and bread', time_zone },
    ]);
  });

  it('keeps the draft and shows the error when sending fails', async () => {
    setup({ send: async () => ({ status: 'error', message: 'The assistant is unavailable' }) });
    await send('hello');
    expect(screen.getByRole('alert').textContent).toBe('The assistant is unavailable');
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe('hello');
  });

  it('reopens a past conversation', async () => {
    setup();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Groceries' }));
    });
    await waitFor(() => expect(screen.getByText('Nothing is pending.')).toBeTruthy());
  });

  it('names every control and toggles the drawer', () => {
    setup({}, null);
    const toggle = screen.getByRole('button', { name: 'Chat' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Close chat' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Past conversations could not be loaded.')).toBeTruthy();
    expect(screen.getByRole('complementary', { name: 'Assistant' })).toBeTruthy();
  });
});
