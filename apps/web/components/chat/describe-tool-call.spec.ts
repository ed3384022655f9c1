import { describeToolCall } from './describe-tool-call';

describe('describeToolCall', () => {
  it('names the task a tool acted on', () => {
    expect(describeToolCall({ name: 'add_task', arguments: {}, result: { task_id: 1, status: 'created', title: 'buy milk' } })).toBe('Added “buy milk”');
    expect(describeToolCall({ name: 'complete_task', arguments: {}, result: { task_id: 1, status: 'completed', title: 'x' } })).toBe('Completed “x”');
  });

  it('counts listed tasks', () => {
    expect(describeToolCall({ name: 'list_tasks', arguments: {}, result: [{}, {}] })).toBe('Listed 2 tasks');
    expect(describeToolCall({ name: 'list_tasks', arguments: {}, result: [{}] })).toBe('Listed 1 task');
  });

  it('reports a tool error', () => {
    expect(describeToolCall({ name: 'delete_task', arguments: {}, result: { error: 'not_found', message: 'task 9 was not found' } })).toBe(
      'delete_task failed: task 9 was not found',
    );
  });

  it('falls back to the tool name', () => {
    expect(describeToolCall({ name: 'update_task', arguments: {}, result: null })).toBe('update task');
  });
});
