import { getTableConfig, PgDialect } from 'drizzle-orm/pg-core';
import { messageRoles, priorities, recurrenceUnits } from '@todo/domain';
import { messages, tasks } from './schema';

describe('schema enums follow libs/domain', () => {
  it('uses the domain lists for priority, recurrence unit and message role', () => {
    expect(tasks.priority.enumValues).toEqual([...priorities]);
    expect(tasks.recurrenceEvery.enumValues).toEqual([...recurrenceUnits]);
    expect(messages.role.enumValues).toEqual([...messageRoles]);
  });

  it('checks priority in the database against the same list', () => {
    const check = getTableConfig(tasks).checks.find((constraint) => constraint.name === 'tasks_priority_check');
    if (!check) throw new Error('tasks_priority_check is missing');
    expect(new PgDialect().sqlToQuery(check.value).sql).toBe(`"tasks"."priority" in (${priorities.map((name) => `'${name}'`).join(', ')})`);
  });
});
