import { randomBytes } from 'node:crypto';
import { DEV_AUTH_SECRET, estimatedEntropyBits, loadConfig } from './config';

const production = (AUTH_SECRET?: string) => ({ NODE_ENV: 'production', ...(AUTH_SECRET === undefined ? {} : { AUTH_SECRET }) });

describe('loadConfig in production', () => {
  it.each([
    ['no secret', undefined, /AUTH_SECRET is required/],
    ['the built-in development secret', DEV_AUTH_SECRET, /published example value/],
    ['the old .env.example value', 'change-me-to-a-long-random-string', /published example value/],
    ['one character repeated', 'a'.repeat(64), /too predictable/],
    ['a short word repeated', 'password'.repeat(5), /too predictable/],
  ])('refuses %s', (_case, secret, message) => {
    expect(() => loadConfig(production(secret))).toThrow(message);
  });

  it.each([
    ['openssl rand -base64 32', randomBytes(32).toString('base64')],
    ['openssl rand -hex 32', randomBytes(32).toString('hex')],
  ])('accepts a generated secret (%s)', (_case, secret) => {
    expect(loadConfig(production(secret)).AUTH_SECRET).toBe(secret);
  });

  it('still runs development on the built-in secret, and says so', () => {
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ AUTH_SECRET: DEV_AUTH_SECRET, usesDevSecret: true });
  });
});

describe('empty variables', () => {
  it('count as unset, as compose passes the empty keys of .env.example', () => {
    const config = loadConfig({ OPENAI_BASE_URL: '', OPENAI_API_KEY: '', CHAT_MODEL: '', CHAT_PROVIDER: '' });
    expect(config).toMatchObject({ CHAT_MODEL: 'gpt-4o-mini', CHAT_PROVIDER: 'local' });
    expect(config.OPENAI_BASE_URL).toBeUndefined();
    expect(config.OPENAI_API_KEY).toBeUndefined();
  });

  it('still leave a required secret missing in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', AUTH_SECRET: '' })).toThrow(/AUTH_SECRET is required/);
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    ['loopback', 'loopback'],
    ['10.0.0.0/8,127.0.0.1', '10.0.0.0/8,127.0.0.1'],
    ['2', 2],
    ['true', true],
    ['false', false],
  ])('reads %j as %j', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it('defaults to trusting only the web app on the same machine', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe('loopback');
  });
});

describe('estimatedEntropyBits', () => {
  it('is 0 for one repeated character and grows with distinct ones', () => {
    expect(estimatedEntropyBits('aaaa')).toBe(0);
    expect(estimatedEntropyBits('abcd')).toBe(8);
  });
});
