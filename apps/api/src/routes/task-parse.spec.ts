import { localDateIn } from '@todo/domain';
import { expectError, startApi, testDatabaseUrls, type ApiHarness } from '../test/api-harness';

const zone = 'Pacific/Auckland';

/** Tomorrow's calendar day in `zone`, counted on that zone's calendar. */
function tomorrowIn(timeZone: string): string {
  const [year, month, day] = localDateIn(new Date(), timeZone).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

describe.each(testDatabaseUrls())('POST /api/:user_id/tasks/parse on %s', (_kind, url) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(url);
  });
  afterAll(() => api.close());

  const parse = (token: string | undefined, userId: string, payload: unknown, headers: Record<string, string> = { 'x-time-zone': zone }) =>
    api.call(token, { method: 'POST', url: `/api/${userId}/tasks/parse`, payload: payload as object, headers });

  it('reads a quick-add line in the request’s zone, with a chip per field, and stores nothing', async () => {
    const { token, user } = await api.signUp('Quick');
    const response = await parse(token, user.id, { text: 'Pay rent tomorrow !high #bills every month' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      title: 'Pay rent',
      due_at: tomorrowIn(zone),
      priority: 'high',
      tags: ['bills'],
      recurrence: { every: 'month', interval: 1 },
      chips: [
        { kind: 'due', text: 'tomorrow' },
        { kind: 'priority', text: '!high' },
        { kind: 'tags', text: '#bills' },
        { kind: 'recurrence', text: 'every month' },
      ],
    });
    const list = await api.call(token, { method: 'GET', url: `/api/${user.id}/tasks` });
    expect(list.json()).toEqual([]);
  });

  it('keeps the words of ignored chips in the title', async () => {
    const { token, user } = await api.signUp('Ignorer');
    const response = await parse(token, user.id, { text: 'call mom tomorrow !low', ignore: ['due'] });
    expect(response.json()).toMatchObject({ title: 'call mom tomorrow', due_at: null, priority: 'low', chips: [{ kind: 'priority', text: '!low' }] });
  });

  it('reads "tomorrow" in the stored zone when the request names none', async () => {
    const { token, user } = await api.signUp('Stored');
    await api.call(token, { method: 'PATCH', url: '/api/me', payload: { time_zone: 'America/Los_Angeles' } });
    const response = await parse(token, user.id, { text: 'buy milk tomorrow' }, {});
    expect(response.json()).toMatchObject({ title: 'buy milk', due_at: tomorrowIn('America/Los_Angeles') });
  });

  it.each([
    ['no text', {}, 'text'],
    ['blank text', { text: '   ' }, 'text'],
    ['text over 500 characters', { text: 'x'.repeat(501) }, 'text'],
    ['a NUL in the text', { text: 'bad\u0000title' }, 'text'],
    ['an unknown chip kind', { text: 'ok', ignore: ['colour'] }, 'ignore'],
    ['an unknown field', { text: 'ok', extra: true }, ''],
  ])('refuses %s with a 400 naming the field', async (_label, payload, path) => {
    const { token, user } = await api.signUp('Careless');
    const response = await parse(token, user.id, payload);
    expectError(response, 400, 'validation_error');
    const details = (response.json() as { details: { path: string }[] }).details.map((detail) => detail.path);
    expect(details.some((detail) => detail.startsWith(path))).toBe(true);
  });

  it('refuses an unknown X-Time-Zone with a 400', async () => {
    const { token, user } = await api.signUp('Lost');
    expectError(await parse(token, user.id, { text: 'buy milk' }, { 'x-time-zone': 'Mars/Olympus' }), 400, 'validation_error');
  });

  it('needs a session, and the path’s user must be the token’s', async () => {
    const alice = await api.signUp('Alice');
    const bob = await api.signUp('Bob');
    expectError(await parse(undefined, alice.user.id, { text: 'buy milk' }), 401, 'unauthorized');
    expectError(await parse(bob.token, alice.user.id, { text: 'buy milk' }), 403, 'forbidden');
  });
});
