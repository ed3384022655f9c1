/** @jest-environment node */
import { taskQueryFromSearchParams } from './task-query';

describe('taskQueryFromSearchParams', () => {
  it('takes the filters the api understands', () => {
    expect(taskQueryFromSearchParams({ q: ' milk ', status: 'pending', priority: 'high', tag: 'home', sort: 'due_at', order: 'desc', view: 'today' })).toEqual({
      view: 'today',
      query: { q: 'milk', status: 'pending', priority: 'high', tag: 'home', sort: 'due_at', order: 'desc' },
      filters: { q: 'milk', status: 'pending', priority: 'high', tag: 'home', sort: 'due_at', order: 'desc' },
      filtered: true,
    });
  });

  it('drops values the api would reject and ignores unknown keys', () => {
    expect(taskQueryFromSearchParams({ status: 'someday', sort: ['title', 'due_at'], limit: '9999', q: '', view: 'someday' })).toEqual({
      view: 'all',
      query: { sort: 'title' },
      filters: { sort: 'title' },
      filtered: false,
    });
  });
});
