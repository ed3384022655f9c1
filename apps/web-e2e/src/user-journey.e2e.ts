import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApiClient } from '@todo/api-client';
import { isAllDayIn } from '@todo/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { browserAvailable, launchBrowser, recordBrowserErrors } from './support/browser';
import { startStack, stopStack, workspaceRoot, type Stack } from './support/stack';

const screenshots = join(workspaceRoot, 'dist/test-output/web-e2e');
const account = { name: 'Erin Example', email: `erin-${Date.now()}@example.com`, password: 'correct horse battery' };
const describeWithBrowser = browserAvailable() ? describe : describe.skip;
// Ahead of UTC by 13 hours in summer: a plain day read in the server's zone would show as a time here.
const BROWSER_ZONE = 'Pacific/Auckland';

/** `YYYY-MM-DDTHH:mm` for a datetime-local input, `days` from now at `hour`. */
function localDateTime(days: number, hour: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  date.setHours(hour, 0, 0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:00`;
}

describeWithBrowser('web: the user journey in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const browserErrors: string[] = [];

  const shoot = (name: string) => page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  const tasks = () => page.getByRole('list', { name: 'Tasks' });
  const taskItem = (title: string) => tasks().getByRole('listitem').filter({ has: page.getByText(title, { exact: true }) });

  async function addTask(fields: { title: string; priority?: string; tags?: string; due?: string; repeat?: string }) {
    const form = page.locator('.new-task');
    if (!(await form.evaluate((details) => (details as HTMLDetailsElement).open))) await form.getByText('Add with all fields').click();
    await form.getByLabel('Title').fill(fields.title);
    if (fields.priority) await form.getByLabel('Priority').selectOption(fields.priority);
    if (fields.tags) await form.getByLabel('Tags').fill(fields.tags);
    if (fields.due) await form.getByLabel('Due date').fill(fields.due);
    if (fields.repeat) await form.getByLabel('Repeat').selectOption(fields.repeat);
    await form.getByRole('button', { name: 'Add task' }).click();
    await taskItem(fields.title).waitFor();
  }

  /** Filters apply as they change: there is no button to press. */
  async function applyFilters(filters: { status?: string; priority?: string; tag?: string; q?: string; sort?: string; order?: string }) {
    const search = page.getByRole('search', { name: 'Filter tasks' });
    await search.getByLabel('Search').fill(filters.q ?? '');
    await search.getByLabel('Status').selectOption(filters.status ?? 'all');
    await search.getByLabel('Priority').selectOption(filters.priority ?? '');
    await search.getByLabel('Tag').fill(filters.tag ?? '');
    await search.getByLabel('Sort by').selectOption(filters.sort ?? 'created_at');
    await search.getByLabel('Order').selectOption(filters.order ?? 'asc');
  }

  const expectNoAccessibilityViolations = async () => expect(await accessibilityViolations(page)).toEqual([]);

  const visibleTitles = async () => (await tasks().count()) === 0 ? [] : tasks().locator('.task__title').allInnerTexts();

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    stack = await startStack();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: BROWSER_ZONE });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    recordBrowserErrors(page, browserErrors);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stopStack(stack, screenshots);
  });

  it('sends signed-out visitors to sign-in and shows sign-up errors beside the form', async () => {
    await page.goto(stack.web.url);
    await page.waitForURL('**/sign-in');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shoot('desktop-sign-in');

    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill(account.name);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByText('password must be at least 10 characters').waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(account.email);
  });

  it('signs up and shows the designed empty state', async () => {
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Your tasks' }).waitFor();
    await page.getByText('No tasks yet.').waitFor();
    await shoot('desktop-empty');
  });

  it('adds tasks with priority, tags, due date and repeat; overdue stands out', async () => {
    await addTask({ title: 'Pay rent', priority: 'high', tags: 'home, money', due: localDateTime(3, 9), repeat: 'month' });
    await addTask({ title: 'Write report', priority: 'low', tags: 'work', due: localDateTime(-1, 9) });

    const rent = taskItem('Pay rent');
    expect(await rent.innerText()).toMatch(/high priority[\s\S]*#home[\s\S]*#money[\s\S]*Due [\s\S]*Repeats every month/);
    await taskItem('Write report').getByText('1 day overdue').waitFor();
    // The form is empty again, ready for the next task.
    expect(await page.locator('.new-task').getByLabel('Title').inputValue()).toBe('');
  });

  it('filters by tag, priority, status and search', async () => {
    await applyFilters({ tag: 'home' });
    await page.waitForURL(/tag=home/);
    await expect(visibleTitles()).resolves.toEqual(['Pay rent']);

    await applyFilters({ priority: 'low' });
    await page.waitForURL(/priority=low/);
    await expect(visibleTitles()).resolves.toEqual(['Write report']);

    await applyFilters({ q: 'nothing like this' });
    await page.getByText('No tasks match these filters.').waitFor();
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.search === '');
    await expect(visibleTitles()).resolves.toEqual(['Pay rent', 'Write report']);
  });

  it('sorts by title and by priority, either way', async () => {
    await applyFilters({ sort: 'title', order: 'desc' });
    await page.waitForURL(/sort=title/);
    await expect(visibleTitles()).resolves.toEqual(['Write report', 'Pay rent']);

    await applyFilters({ sort: 'priority', order: 'asc' });
    await page.waitForURL(/sort=priority/);
    await expect(visibleTitles()).resolves.toEqual(['Write report', 'Pay rent']);

    await applyFilters({ sort: 'priority', order: 'desc' });
    await page.waitForURL(/order=desc/);
    await expect(visibleTitles()).resolves.toEqual(['Pay rent', 'Write report']);
    await applyFilters({});
    await page.waitForURL((url) => !url.search.includes('sort=priority'));
  });

  it('completes with one click, and filters by status', async () => {
    const done = page.getByRole('checkbox', { name: 'Done: Write report' });
    await done.click();
    await page.waitForFunction(() => document.querySelector('.task--done') !== null);
    await applyFilters({ status: 'completed' });
    await page.waitForURL(/status=completed/);
    await expect(visibleTitles()).resolves.toEqual(['Write report']);
    expect(await page.getByRole('checkbox', { name: 'Done: Write report' }).isChecked()).toBe(true);
    await applyFilters({ status: 'pending' });
    await page.waitForURL(/status=pending/);
    await expect(visibleTitles()).resolves.toEqual(['Pay rent']);
    await page.goto(stack.web.url);
  });

  it('edits every field of a task in a dialog', async () => {
    await page.getByRole('button', { name: 'All fields of Pay rent' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit task' });
    await dialog.getByLabel('Title').fill('Pay rent and bills');
    await dialog.getByLabel('Priority').selectOption('medium');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await taskItem('Pay rent and bills').innerText()).toContain('medium priority');
  });

  it('deletes with undo', async () => {
    await page.getByRole('button', { name: 'Delete Write report' }).click();
    await page.getByRole('status').getByText('Deleted “Write report”').waitFor();
    await taskItem('Write report').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Undo' }).click();
    await taskItem('Write report').waitFor();

    await page.getByRole('button', { name: 'Delete Write report' }).click();
    await page.getByRole('status').getByText('Deleted “Write report”').waitFor();
    await page.reload();
    await taskItem('Pay rent and bills').waitFor();
    await expect(visibleTitles()).resolves.toEqual(['Pay rent and bills']);
  });

  it('chats in the panel beside the list, and the list updates without a reload', async () => {
    const chat = page.getByRole('complementary', { name: 'Assistant' });
    await chat.getByLabel('Message').fill('add buy milk tomorrow');
    await chat.getByRole('button', { name: 'Send' }).click();
    await chat.getByRole('list', { name: 'Actions taken' }).getByText(/buy milk/i).waitFor();
    const milk = taskItem('buy milk').or(taskItem('Buy milk'));
    await milk.waitFor();
    // "tomorrow" is a plain day in the browser's zone: shown as a date alone, not overdue.
    expect(await milk.locator('.due').innerText()).toMatch(/^Due /);
    expect(await milk.locator('time').innerText()).not.toMatch(/\d:\d\d/);
    await shoot('desktop-tasks-and-chat');
  });

  it('reopens and deletes a past conversation', async () => {
    await page.reload();
    const chat = page.getByRole('complementary', { name: 'Assistant' });
    await chat.getByText('Past conversations (1)').click();
    await chat.locator('.chat__history .link-button').first().click();
    await chat.locator('.bubble--user').getByText('add buy milk tomorrow').waitFor();
    await chat.getByRole('button', { name: /^Delete conversation/ }).click();
    await chat.getByText(/Past conversations/).waitFor({ state: 'detached' });
  });

  it('passes an axe accessibility audit (labels, names, contrast, landmarks) on the main screen', async () => {
    await taskItem('buy milk').waitFor();
    await expectNoAccessibilityViolations();
  });

  it('works on a 375 px phone, with the chat in a drawer', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload();
    await taskItem('buy milk').waitFor();
    const chat = page.getByRole('complementary', { name: 'Assistant' });
    expect(await chat.isVisible()).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shoot('phone-tasks');
    await page.getByRole('button', { name: 'Chat' }).click();
    await chat.waitFor();
    await shoot('phone-chat-drawer');
    await page.getByRole('button', { name: 'Close chat' }).click();
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('signs out, refuses a wrong password, signs in again, and the session survives a reload', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in');
    await page.goto(stack.web.url);
    await page.waitForURL('**/sign-in');

    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill('wrong password!');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Next.js keeps a route announcer with role=alert on every page; ours is the one with text.
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }).waitFor();
    await shoot('desktop-sign-in-error');
    await expectNoAccessibilityViolations();

    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Your tasks' }).waitFor();
    await page.reload();
    await taskItem('Pay rent and bills').waitFor();
  });

  it('keeps the token away from page scripts, and proxies /api for other clients', async () => {
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name === 'todo_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('todo_session');

    const api = createApiClient({ baseUrl: stack.web.url });
    const { token, user } = await api.signIn({ email: account.email, password: account.password });
    const client = createApiClient({ baseUrl: stack.web.url, token });
    const list = await client.listTasks(user.id);
    expect(list.tasks.map((task) => task.title.toLowerCase()).sort()).toEqual(['buy milk', 'pay rent and bills']);
    expect(list.total).toBe(2);
    // The browser's zone was stored on the account at sign-in, and the chat's plain day is a whole day there.
    expect(await client.me()).toMatchObject({ id: user.id, time_zone: BROWSER_ZONE });
    const milk = list.tasks.find((task) => task.title.toLowerCase() === 'buy milk');
    expect(isAllDayIn(milk?.due_at ?? '', BROWSER_ZONE)).toBe(true);
  });

  it('answers broken requests through its /api proxy with the contract’s JSON errors', async () => {
    const malformed = await fetch(`${stack.web.url}/api/x/tasks/%ZZ`);
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await malformed.json()).toEqual({ error: 'bad_request', message: 'The request URL is malformed' });
    const huge = await fetch(`${stack.web.url}/api/x/tasks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer whatever' },
      body: JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it('ends the session behind the cookie on /session/expired, and ignores a cross-site link to it', async () => {
    const cookie = (await context.cookies()).find((c) => c.name === 'todo_session');
    if (!cookie) throw new Error('the browser has no session cookie');
    const browserToken = (JSON.parse(Buffer.from(cookie.value, 'base64url').toString('utf8')) as { token: string }).token;
    const sessionOf = (token: string) => fetch(`${stack.web.url}/api/auth/session`, { headers: { authorization: `Bearer ${token}` } });
    const visit = (site: string) =>
      fetch(`${stack.web.url}/session/expired`, { headers: { cookie: `todo_session=${cookie.value}`, 'sec-fetch-site': site }, redirect: 'manual' });

    const crossSite = await visit('cross-site');
    expect(new URL(crossSite.headers.get('location') ?? '', stack.web.url).pathname).toBe('/');
    expect((await sessionOf(browserToken)).status).toBe(200);

    const own = await visit('same-origin');
    expect(own.headers.get('location')).toContain('/sign-in?expired=1');
    expect((await sessionOf(browserToken)).status).toBe(401);
  });

  it('raised no errors in the browser (including CSP violations)', () => {
    expect(browserErrors).toEqual([]);
  });
});
