import { chatResponseSchema, messageSchema, taskSchema, type Task } from '@todo/domain';
import { z } from 'zod';
import { compileResponseSerializer, responseSerializerCompiler } from './response-serializer';

const task: Task = {
  id: 7,
  user_id: 'user-1',
  title: 'Say "hi" \u2028 <b>now</b> ✓',
  description: 'line one\nline two\t',
  completed: false,
  priority: 'high',
  tags: ['home', 'ünïcødé'],
  due_at: '2030-12-05T10:59:59.999Z',
  recurrence: { every: 'week', interval: 2 },
  completed_at: null,
  created_at: '2026-12-01T10:00:00.000Z',
  updated_at: '2026-12-01T10:00:00.000Z',
};

describe('the response serializer', () => {
  it('writes a task exactly as JSON.stringify does', () => {
    const stringify = compileResponseSerializer(taskSchema);
    expect(stringify(task)).toBe(JSON.stringify(task));
    const plain = { ...task, recurrence: null, due_at: null };
    expect(stringify(plain)).toBe(JSON.stringify(plain));
  });

  it('drops properties the schema does not declare, at any depth', () => {
    const leaky = { ...task, password_hash: 'secret', recurrence: { every: 'day', interval: 1, internal: true } };
    expect(JSON.parse(compileResponseSerializer(taskSchema)(leaky))).toEqual({ ...task, recurrence: { every: 'day', interval: 1 } });
    const stored = { id: 1, role: 'assistant', content: 'Done', created_at: task.created_at, tool_calls: [{ name: 'add_task' }] };
    expect(JSON.parse(compileResponseSerializer(messageSchema)(stored))).toEqual({ id: 1, role: 'assistant', content: 'Done', created_at: task.created_at });
  });

  it('refuses a reply that lacks a required field rather than sending part of it', () => {
    const { title: _title, ...untitled } = task;
    expect(() => compileResponseSerializer(taskSchema)(untitled)).toThrow(/title/);
  });

  it('writes free-form values (tool arguments and results) as they are', () => {
    const reply = {
      conversation_id: 3,
      response: 'Added',
      tool_calls: [{ name: 'add_task', arguments: { title: 'Milk', tags: ['shop'] }, result: { task_id: 9, status: 'created', nested: [1, null] } }],
    };
    expect(JSON.parse(compileResponseSerializer(chatResponseSchema)(reply))).toEqual(reply);
  });

  it('compiles each schema once, however many routes use it, and accepts the wrapped form Fastify passes', () => {
    const list = z.array(taskSchema);
    expect(compileResponseSerializer(list)).toBe(compileResponseSerializer(list));
    const wrapped = responseSerializerCompiler({ schema: { properties: list }, method: 'GET', url: '/', httpStatus: '200' });
    expect(wrapped).toBe(compileResponseSerializer(list));
    expect(wrapped([task])).toBe(JSON.stringify([task]));
  });
});
