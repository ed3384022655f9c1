import { mayChangeAuthTables, mayChangeTaskCounts } from './watched-table-writes';

describe('mayChangeAuthTables', () => {
  it.each([
    ['delete from "sessions" where "sessions"."token" = $1'],
    ['update "users" set "time_zone" = $1 where "users"."id" = $2'],
    ['insert into "sessions" ("id", "token") values ($1, $2)'],
    ['with gone as (delete from sessions where user_id = $1 returning id) select count(*) from gone'],
    ['DELETE FROM Users'],
    ['truncate sessions cascade'],
  ])('counts %s as a write', (statement) => {
    expect(mayChangeAuthTables(statement)).toBe(true);
  });

  it.each([
    ['select "id" from "sessions" where "token" = $1'],
    ['  SELECT u.id FROM users u'],
    ['update "tasks" set "title" = $1 where "user_id" = $2'],
    ['insert into "conversations" ("user_id") values ($1)'],
    ['delete from "user_sessions_archive"'],
  ])('leaves %s alone', (statement) => {
    expect(mayChangeAuthTables(statement)).toBe(false);
  });
});

describe('mayChangeTaskCounts', () => {
  it.each([
    ['insert into "tasks" ("user_id", "title") values ($1, $2)'],
    ['delete from "tasks" where "tasks"."id" = $1 returning *'],
    ['delete from users where id = $1'],
    ['with moved as (update tasks set user_id = $1 returning id) select count(*) from moved'],
  ])('counts %s as a write', (statement) => {
    expect(mayChangeTaskCounts(statement)).toBe(true);
  });

  it.each([
    ['select count(*) from "tasks" where "user_id" = $1'],
    ['delete from "sessions" where "token" = $1'],
    ['insert into "messages" ("user_id") values ($1)'],
  ])('leaves %s alone', (statement) => {
    expect(mayChangeTaskCounts(statement)).toBe(false);
  });
});
