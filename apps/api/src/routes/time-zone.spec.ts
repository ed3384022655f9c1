import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { isAllDayIn, localDateIn, type ChatResponse, type Task } from '@todo/domain';
import { expectError, startApi, testDatabaseUrls, type ApiHarness } from '../test/api-harness';

// Auckland is ahead of UTC (+12/+13), Los Angeles behind it (-8/-7): a plain day there is never UTC's.
const AUCKLAND = 'Pacific/Auckland';
const LOS_ANGELES = 'America/Los_Angeles';

describe.each(testDatabaseUrls())('the user’s time zone on %s', (_kind, url) => {
  let api: ApiHarness;
  let token: string;
  let userId: string;

  beforeAll(async () => {
    api = await startApi(url);
  });
  afterAll(() => api.close());
  beforeEach(async () => {
    ({ token, user: { id: userId } } = await api.signUp('Traveller'));
  });

  const zoneHeader = (zone?: string): Record<string, string> => (zone ? { 'x-time-zone': zone } : {});
  const setStoredZone = async (zone: string) => {
    expect((await api.call(token, { method: 'PATCH', url: '/api/me', payload: { time_zone: zone } })).statusCode).toBe(200);
  };
  const createTask = async (payload: object, zone?: string): Promise<Task> => {
    const response = await api.call(token, { method: 'POST', url: `/api/${userId}/tasks`, payload, headers: zoneHeader(zone) });
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const listTitles = async (query: string, zone?: string) => {
    const response = await api.call(token, { method: 'GET', url: `/api/${userId}/tasks?${query}`, headers: zoneHeader(zone) });
    expect(response.statusCode).toBe(200);
    return (response.json() as Task[]).map((task) => task.title);
  };

  describe('a plain-day due date over REST', () => {
    it.each([
      [AUCKLAND, '2030-12-05T10:59:59.999Z'],
      [LOS_ANGELES, '2030-12-06T07:59:59.999Z'],
    ])('is that calendar day in the stored zone %s', async (zone, stored) => {
      await setStoredZone(zone);
      const task = await createTask({ title: 'Dentist', due_at: '2030-12-05' });
      expect(task.due_at).toBe(stored);
      expect(localDateIn(stored, zone)).toBe('2030-12-05');
      expect(isAllDayIn(stored, zone)).toBe(true);
    });

    it('is read in the request’s X-Time-Zone over the stored zone, and in UTC with neither', async () => {
      expect((await createTask({ title: 'UTC day', due_at: '2030-12-05' })).due_at).toBe('2030-12-05T23:59:59.999Z');
      await setStoredZone(LOS_ANGELES);
      expect((await createTask({ title: 'Auckland day', due_at: '2030-12-05' }, AUCKLAND)).due_at).toBe('2030-12-05T10:59:59.999Z');
    });

    it('is anchored on update too, and a timed due date is kept as given', async () => {
      await setStoredZone(AUCKLAND);
      const task = await createTask({ title: 'Flight', due_at: '2030-12-05T09:00:00-08:00' });
      expect(task.due_at).toBe('2030-12-05T17:00:00.000Z');
      const updated = await api.call(token, { method: 'PUT', url: `/api/${userId}/tasks/${task.id}`, payload: { due_at: '2030-12-24' } });
      expect(updated.json()).toMatchObject({ due_at: '2030-12-24T10:59:59.999Z' });
    });

    it('filters plain-date due_before / due_after as whole days in the zone', async () => {
      await setStoredZone(AUCKLAND);
      await createTask({ title: 'On the 4th', due_at: '2030-12-04' });
      await createTask({ title: 'Early on the 5th', due_at: '2030-12-05T08:00:00+13:00' });
      await createTask({ title: 'On the 5th', due_at: '2030-12-05' });
      await createTask({ title: 'On the 6th', due_at: '2030-12-06' });
      expect(await listTitles('due_before=2030-12-05&sort=due_at')).toEqual(['On the 4th', 'Early on the 5th', 'On the 5th']);
      expect(await listTitles('due_after=2030-12-05&sort=due_at')).toEqual(['Early on the 5th', 'On the 5th', 'On the 6th']);
      // The same instants seen from Los Angeles, a day behind: Auckland's 5th at 8am is still LA's 4th.
      expect(await listTitles('due_before=2030-12-04&sort=due_at')).toEqual(['On the 4th']);
      expect(await listTitles('due_before=2030-12-04&sort=due_at', LOS_ANGELES)).toEqual(['On the 4th', 'Early on the 5th']);
    });

    it('completing a daily plain-day task in Los Angeles schedules the next day there, across DST', async () => {
      await setStoredZone(LOS_ANGELES);
      const task = await createTask({ title: 'Journal', due_at: '2030-03-09', recurrence: { every: 'day', interval: 1 } });
      await api.call(token, { method: 'PATCH', url: `/api/${userId}/tasks/${task.id}/complete` });
      const [next] = (await api.call(token, { method: 'GET', url: `/api/${userId}/tasks?status=pending` })).json() as Task[];
      expect(next.due_at).toBe('2030-03-11T06:59:59.999Z');
      expect(localDateIn(next.due_at ?? '', LOS_ANGELES)).toBe('2030-03-10');
      expect(isAllDayIn(next.due_at ?? '', LOS_ANGELES)).toBe(true);
    });

    it('completing a 9am task keeps 9am in the request’s zone', async () => {
      const task = await createTask({ title: 'Standup', due_at: '2030-04-06T09:00:00+13:00', recurrence: { every: 'day', interval: 1 } });
      await api.call(token, { method: 'PATCH', url: `/api/${userId}/tasks/${task.id}/complete`, headers: zoneHeader(AUCKLAND) });
      const [next] = (await api.call(token, { method: 'GET', url: `/api/${userId}/tasks?status=pending` })).json() as Task[];
      expect(next.due_at).toBe('2030-04-06T21:00:00.000Z');
    });
  });

  describe('X-Time-Zone', () => {
    it.each([
      ['GET', 'tasks'],
      ['POST', 'tasks'],
      ['POST', 'chat'],
    ] as const)('a bad zone on %s …/%s is a 400 naming the header, and nothing happens', async (method, path) => {
      const response = await api.call(token, {
        method,
        url: `/api/${userId}/${path}`,
        headers: zoneHeader('Mars/Olympus'),
        ...(method === 'POST' ? { payload: path === 'chat' ? { message: 'add buy milk' } : { title: 'Buy milk' } } : {}),
      });
      expectError(response, 400, 'validation_error');
      const body = response.json() as { message: string; details: { path: string }[] };
      expect(body.message).toMatch(/X-Time-Zone/);
      expect(body.details).toEqual([expect.objectContaining({ path: 'x-time-zone' })]);
      expect(await listTitles('')).toEqual([]);
      expect((await api.call(token, { method: 'GET', url: `/api/${userId}/conversations` })).json()).toEqual([]);
    });

    it('is the one way to name a zone: a time_zone field in a chat body is refused as unknown', async () => {
      const response = await api.call(token, { method: 'POST', url: `/api/${userId}/chat`, payload: { message: 'hi', time_zone: AUCKLAND } });
      expect(expectError(response, 400, 'validation_error').message).toMatch(/time_zone/);
    });
  });

  describe('chat', () => {
    const chat = (message: string, zone?: string) =>
      api.call(token, { method: 'POST', url: `/api/${userId}/chat`, payload: { message }, headers: zoneHeader(zone) });

    it('reads a plain day in the request’s zone, else the stored one', async () => {
      const inAuckland = await chat('add call mom on 2030-06-01', AUCKLAND);
      expect(inAuckland.statusCode).toBe(200);
      expect((inAuckland.json() as ChatResponse).tool_calls).toEqual([expect.objectContaining({ name: 'add_task' })]);
      await setStoredZone(LOS_ANGELES);
      expect((await chat('add water plants on 2030-06-01')).statusCode).toBe(200);
      const tasks = (await api.call(token, { method: 'GET', url: `/api/${userId}/tasks?sort=title` })).json() as Task[];
      expect(tasks.map(({ title, due_at }) => ({ title: title.toLowerCase(), due_at }))).toEqual([
        { title: 'call mom', due_at: '2030-06-01T11:59:59.999Z' },
        { title: 'water plants', due_at: '2030-06-02T06:59:59.999Z' },
      ]);
    });
  });

  describe('MCP', () => {
    let baseUrl: string;
    beforeAll(async () => {
      baseUrl = await api.server.listen({ host: '127.0.0.1', port: 0 });
    });

    const addOverMcp = async (title: string, headers: Record<string, string>) => {
      const client = new Client({ name: 'time-zone-spec', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL('/mcp', baseUrl), {
          requestInit: { headers: { authorization: `Bearer ${token}`, ...headers } },
        }),
      );
      try {
        const added = await client.callTool({ name: 'add_task', arguments: { title, due_at: '2030-06-01' } });
        expect(added.isError).toBeFalsy();
      } finally {
        await client.close();
      }
    };

    it('anchors a plain day in the header’s zone, else the stored one', async () => {
      await addOverMcp('Header zone', zoneHeader(AUCKLAND));
      await setStoredZone(LOS_ANGELES);
      await addOverMcp('Stored zone', {});
      const tasks = (await api.call(token, { method: 'GET', url: `/api/${userId}/tasks?sort=title` })).json() as Task[];
      expect(tasks.map(({ title, due_at }) => ({ title, due_at }))).toEqual([
        { title: 'Header zone', due_at: '2030-06-01T11:59:59.999Z' },
        { title: 'Stored zone', due_at: '2030-06-02T06:59:59.999Z' },
      ]);
    });
  });
});
