import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApiClient, type ApiClient } from '@todo/api-client';
import { localDateIn, startOfDayIn } from '@todo/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations } from './support/axe';
import { browserAvailable, launchBrowser, recordBrowserErrors } from './support/browser';
import { startStack, stopStack, workspaceRoot, type Stack } from './support/stack';

const screenshots = join(workspaceRoot, 'dist/test-output/web-e2e/task-list');
const describeWithBrowser = browserAvailable() ? describe : describe.skip;
const ZONE = 'Pacific/Auckland';
const account = { name: 'Tess Tasks', email: `tess-${Date.now()}@example.com`, password: 'correct horse battery' };
const views = ['All', 'Today', 'Upcoming', 'Overdue', 'Completed'] as const;

/** A calendar day in the browser's zone, `days` from today. */
const dayFromToday = (days: number) => {
  const [year, month, day] = localDateIn(new Date(), ZONE).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};
const atHour = (date: string, hour: number) => new Date(Date.parse(startOfDayIn(date, ZONE)) + hour * 3_600_000).toISOString();

describeWithBrowser('web: the task list in Chromium, desktop and phone', () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: ApiClient;
  let userId: string;
  const browserErrors: string[] = [];

  const shoot = (name: string) => page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  const expectAccessible = async () => expect(await accessibilityViolations(page)).toEqual([]);
  const taskItem = (title: string) => page.locator('li.task').filter({ has: page.getByText(title, { exact: true }) });
  const titles = async () => page.locator('li.task .task__title').allInnerTexts();
  const toast = () => page.getByRole('status').filter({ has: page.locator('span') }).last();
  const viewLink = (name: (typeof views)[number]) => page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: new RegExp(`^${name} \\d+`) });
  const countOf = async (name: (typeof views)[number]) => Number(await viewLink(name).locator('.view-link__count').innerText());
  const openView = async (name: (typeof views)[number]) => {
    await viewLink(name).click();
    await page.waitForFunction((label) => document.querySelector('.views [aria-current="page"]')?.textContent?.startsWith(label), name);
  };

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    stack = await startStack();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: ZONE, locale: 'en-US' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    recordBrowserErrors(page, browserErrors);

    await page.goto(`${stack.web.url}/sign-up`);
    await page.getByLabel('Name').fill(account.name);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Your tasks' }).waitFor();

    const signedIn = await createApiClient({ baseUrl: stack.api.url }).signIn({ email: account.email, password: account.password });
    userId = signedIn.user.id;
    api = createApiClient({ baseUrl: stack.api.url, token: signedIn.token, timeZone: ZONE });
    await api.createTask(userId, { title: 'File taxes', due_at: dayFromToday(-1) });
    await api.createTask(userId, { title: 'Buy milk', due_at: dayFromToday(0), tags: ['shop'] });
    await api.createTask(userId, { title: 'Call the bank', due_at: atHour(dayFromToday(1), 9), priority: 'high' });
    await api.createTask(userId, { title: 'Plan trip', due_at: dayFromToday(3) });
    const old = await api.createTask(userId, { title: 'Old chore' });
    await api.completeTask(userId, old.id, true);
    await api.createTask(userId, { title: 'Someday idea' });
    await page.reload();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stopStack(stack, screenshots);
  });

  it('counts each view in the user’s zone and labels due dates relatively', async () => {
    expect(await Promise.all(views.map(countOf))).toEqual([6, 1, 3, 1, 1]);
    expect(await taskItem('File taxes').locator('.due').innerText()).toBe('1 day overdue');
    expect(await taskItem('Buy milk').locator('.due').innerText()).toBe('Due today');
    expect(await taskItem('Call the bank').locator('.due').innerText()).toBe('Due tomorrow 9:00 AM');
  });

  it.each([
    ['Today', ['Buy milk']],
    ['Overdue', ['File taxes']],
    ['Completed', ['Old chore']],
    ['All', ['File taxes', 'Buy milk', 'Call the bank', 'Plan trip', 'Old chore', 'Someday idea']],
  ] as const)('shows %s, with its own URL, accessibly', async (view, expected) => {
    await openView(view);
    expect(new URL(page.url()).searchParams.get('view')).toBe(view === 'All' ? null : view.toLowerCase());
    expect(await titles()).toEqual(expected);
    await shoot(`desktop-view-${view.toLowerCase()}`);
    await expectAccessible();
  });

  it('groups Upcoming by day', async () => {
    await openView('Upcoming');
    const headings = await page.locator('.day-group > h2').allInnerTexts();
    expect(headings).toHaveLength(3);
    expect(headings[0]).toMatch(/^Today · /);
    expect(headings[1]).toMatch(/^Tomorrow · /);
    expect(await page.getByRole('list', { name: `Tasks due ${headings[1]}` }).innerText()).toContain('Call the bank');
    // The view lists by due date, and the sort field says so.
    expect(await page.getByLabel('Sort by').inputValue()).toBe('due_at');
    await shoot('desktop-view-upcoming');
    await expectAccessible();
    await openView('All');
  });

  it('quick-adds with chips read as you type, a removed chip staying in the title, Enter saving', async () => {
    const quick = page.getByLabel('Add a task');
    await quick.fill('Pay rent friday 9am !high #bills every month');
    const chips = page.getByRole('list', { name: 'Read from your line' });
    await chips.getByText('Repeats every month').waitFor();
    expect(await chips.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Due .*9:00 AM/),
      expect.stringMatching(/^high priority/),
      expect.stringMatching(/^#bills/),
      expect.stringMatching(/^Repeats every month/),
    ]);
    await page.getByText('“Pay rent”').waitFor();
    await shoot('desktop-quick-add-chips');
    await expectAccessible();
    await quick.press('Enter');
    await taskItem('Pay rent').waitFor();
    expect(await taskItem('Pay rent').innerText()).toMatch(/high priority[\s\S]*#bills[\s\S]*Due [\s\S]*Repeats every month/);
    expect(await quick.inputValue()).toBe('');

    await quick.fill('Call mom tomorrow 6pm !low');
    await chips.getByRole('button', { name: 'Remove due date (tomorrow 6pm)' }).click();
    await page.getByText('“Call mom tomorrow 6pm”').waitFor();
    expect(await chips.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/^low priority/)]);
    await quick.press('Enter');
    await taskItem('Call mom tomorrow 6pm').waitFor();
    expect(await taskItem('Call mom tomorrow 6pm').locator('.due').count()).toBe(0);

    // A day without a time is that whole day in the browser's zone, not a time in UTC's.
    await quick.fill('Buy bread tomorrow');
    await chips.getByText(/^Due /).waitFor();
    await quick.press('Enter');
    await taskItem('Buy bread').waitFor();
    expect(await taskItem('Buy bread').locator('.due').innerText()).toBe('Due tomorrow');
    await page.getByRole('button', { name: 'Delete Buy bread' }).click();
    await toast().getByText('Deleted “Buy bread”').waitFor();
    // The counts come with the list the server sends back after the change.
    await page.waitForFunction(() => document.querySelector('.view-link--all .view-link__count')?.textContent === '8');
  });

  it('keeps the full form for details', async () => {
    await page.getByText('Add with all fields').click();
    const form = page.locator('.new-task');
    await form.getByLabel('Title').fill('Write the speech');
    await form.getByLabel('Description').fill('Five minutes, two jokes');
    await form.getByRole('button', { name: 'Add task' }).click();
    await taskItem('Write the speech').getByText('Five minutes, two jokes').waitFor();
    await page.getByText('Add with all fields').click();
  });

  it('filters live as you type and choose, in the URL, with no Apply button', async () => {
    expect(await page.getByRole('button', { name: 'Apply filters' }).count()).toBe(0);
    const search = page.getByRole('search', { name: 'Filter tasks' });
    await search.getByLabel('Search').pressSequentially('milk', { delay: 30 });
    await page.waitForURL(/[?&]q=milk/);
    await page.waitForFunction(() => document.querySelectorAll('li.task').length === 1);
    expect(await titles()).toEqual(['Buy milk']);
    await search.getByLabel('Search').fill('');
    await search.getByLabel('Priority').selectOption('high');
    await page.waitForURL((url) => url.searchParams.get('priority') === 'high' && !url.searchParams.has('q'));
    await page.waitForFunction(() => document.querySelectorAll('li.task').length === 2);
    expect(await titles()).toEqual(['Call the bank', 'Pay rent']);

    // A bookmarked view: the URL alone brings the same list and fields back.
    await page.goto(`${stack.web.url}/?view=today&tag=shop`);
    expect(await titles()).toEqual(['Buy milk']);
    expect(await search.getByLabel('Tag').inputValue()).toBe('shop');
    await page.goto(stack.web.url);
  });

  it('completes at once with an Undo, and rolls back with a message when the server refuses', async () => {
    await taskItem('Plan trip').getByRole('checkbox').click();
    expect(await taskItem('Plan trip').getByRole('checkbox').isChecked()).toBe(true);
    await toast().getByText('Completed “Plan trip”').waitFor();
    await toast().getByRole('button', { name: 'Undo' }).click();
    await toast().getByText('Put back “Plan trip”').waitFor();
    await page.reload();
    expect(await taskItem('Plan trip').getByRole('checkbox').isChecked()).toBe(false);

    const gone = (await api.listTasks(userId, { q: 'Someday idea' })).tasks[0];
    await api.deleteTask(userId, gone.id);
    await taskItem('Someday idea').getByRole('checkbox').click();
    await toast().getByText(`Could not complete “Someday idea”: Task ${gone.id} was not found. Your change was undone.`).waitFor();
    // The message and the rollback are two renders: wait for the box to be cleared (a timeout fails the test).
    await taskItem('Someday idea').getByRole('checkbox', { checked: false }).waitFor();
    await shoot('desktop-rollback');
    await page.reload();
  });

  it('edits title, due date and priority in place, with an Undo', async () => {
    await page.getByRole('button', { name: 'Edit Buy milk' }).click();
    const editor = page.getByRole('form', { name: 'Edit Buy milk' });
    await editor.getByLabel('Title').fill('Buy oat milk');
    await editor.getByLabel('Priority').selectOption('high');
    await editor.getByLabel('Due').fill(`${dayFromToday(2)}T18:30`);
    await editor.getByLabel('Title').press('Enter');
    await taskItem('Buy oat milk').waitFor();
    expect(await taskItem('Buy oat milk').innerText()).toMatch(/high priority[\s\S]*Due [A-Z][a-z]+day 6:30 PM/);
    await toast().getByRole('button', { name: 'Undo' }).click();
    await taskItem('Buy milk').waitFor();
    expect(await taskItem('Buy milk').locator('.due').innerText()).toBe('Due today');
  });

  it('deletes with an Undo', async () => {
    await page.getByRole('button', { name: 'Delete Write the speech' }).click();
    await taskItem('Write the speech').waitFor({ state: 'detached' });
    await toast().getByRole('button', { name: 'Undo' }).click();
    await taskItem('Write the speech').waitFor();
  });

  it('works from the keyboard, focus always visible', async () => {
    await page.locator('h1').click();
    const focused = () => page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      return { id: element.id, task: element.closest('li.task')?.querySelector('.task__title')?.textContent, outline: getComputedStyle(element).outlineStyle };
    });
    await page.keyboard.press('j');
    const first = (await titles())[0];
    expect(await focused()).toMatchObject({ task: first, outline: 'solid' });
    await page.keyboard.press('j');
    const second = (await titles())[1];
    expect(await focused()).toMatchObject({ task: second, outline: 'solid' });
    await page.keyboard.press('k');
    expect(await focused()).toMatchObject({ task: first });

    await page.keyboard.press('x');
    await toast().getByText(`Completed “${first}”`).waitFor();
    await page.keyboard.press('e');
    await page.getByRole('form', { name: `Edit ${first}` }).waitFor();
    expect(await focused()).toMatchObject({ id: expect.stringMatching(/^inline-\d+-title$/) });
    await page.keyboard.press('Escape');
    await page.getByRole('form', { name: `Edit ${first}` }).waitFor({ state: 'detached' });
    await page.keyboard.press('Delete');
    await toast().getByText(`Deleted “${first}”`).waitFor();
    await toast().getByRole('button', { name: 'Undo' }).click();
    await taskItem(first).waitFor();

    await page.keyboard.press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await shortcuts.waitFor();
    expect(await shortcuts.innerText()).toMatch(/q[\s\S]*Quick add[\s\S]*\/[\s\S]*Search[\s\S]*j \/ k/);
    await shoot('desktop-shortcuts');
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'hidden' });

    await page.keyboard.press('q');
    expect(await focused()).toMatchObject({ id: 'quick-add', outline: 'solid' });
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await focused()).toMatchObject({ id: 'filter-q' });
  });

  it('keeps the chat and the list in step both ways, without a reload', async () => {
    const chat = page.getByRole('complementary', { name: 'Assistant' });
    await chat.getByLabel('Message').fill('add water the plants tomorrow');
    await chat.getByRole('button', { name: 'Send' }).click();
    await taskItem('water the plants').waitFor();

    await taskItem('water the plants').getByRole('checkbox').click();
    await toast().getByText('Completed “water the plants”').waitFor();
    await chat.getByLabel('Message').fill('is water the plants done?');
    await chat.getByRole('button', { name: 'Send' }).click();
    const answer = chat.locator('.bubble--assistant:not(.bubble--pending)').nth(1);
    await answer.waitFor();
    expect(await answer.innerText()).toMatch(/yes|done|completed/i);
  });

  it('follows the system’s dark mode, still accessible', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(13, 17, 23)');
    await shoot('desktop-dark');
    await expectAccessible();
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('on a phone: the chat is a sheet, targets are at least 44 px, every view is accessible', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const view of views) {
      await openView(view);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const small = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('button, a, input, select, textarea, summary'))
          .filter((element) => element.offsetParent !== null && element.getAttribute('type') !== 'hidden')
          .map((element) => ({ element, box: element.getBoundingClientRect() }))
          .filter(({ box }) => box.height < 44 || box.width < 44)
          .map(({ element, box }) => `${element.tagName} ${element.textContent?.trim() || element.getAttribute('aria-label') || element.id} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
      expect(small).toEqual([]);
      await shoot(`phone-view-${view.toLowerCase()}`);
      await expectAccessible();
    }
    const chat = page.getByRole('complementary', { name: 'Assistant' });
    expect(await chat.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Chat' }).click();
    await chat.waitFor();
    await shoot('phone-chat-sheet');
    await page.getByRole('button', { name: 'Close chat' }).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot('phone-dark');
    await expectAccessible();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('raised no errors in the browser', () => {
    expect(browserErrors).toEqual([]);
  });
});
