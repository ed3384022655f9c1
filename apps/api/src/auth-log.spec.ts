import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { authLogHandler, redactEmails } from './auth-log';

describe('the Better Auth log handler', () => {
  it('writes one structured line per event with emails redacted', () => {
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _encoding, done) => void (lines.push(String(chunk)), done()) });
    const log = Fastify({ logger: { level: 'debug', stream } }).log;
    authLogHandler(log)('error', 'Failed to create user\n  for ada@example.com', { email: 'ada@example.com' }, new Error('duplicate key for grace@example.org'));
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 50, source: 'better-auth', msg: 'Failed to create user for [email]' });
    expect(entry.details).toEqual([{ email: '[email]' }, { type: 'Error', message: 'duplicate key for [email]' }]);
    expect(lines[0]).not.toMatch(/ada@|grace@/);
  });

  it('leaves text without emails alone', () => {
    expect(redactEmails('user id 42 signed in')).toBe('user id 42 signed in');
  });
});
