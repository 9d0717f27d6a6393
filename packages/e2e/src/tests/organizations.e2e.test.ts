import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn, signOut } from '../support/signIn';

describe('Organizations, as the editor', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor');
  });
  afterEach(async () => {
    await context?.close();
  });

  it('lists the demo organizations and opens one', async () => {
    await page.getByRole('heading', { level: 1, name: 'Organizations' }).waitFor();
    const table = page.getByRole('table', { name: 'Organizations' });
    await table.getByRole('link').first().waitFor();
    expect(await table.getByRole('row').count()).toBeGreaterThan(10);
    await page.getByText(/^1–25 of \d+$/).waitFor();
    await screenshot(page, 'organizations-list-editor');

    const first = table.getByRole('link').first();
    const name = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }).waitFor();
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    await page.getByRole('link', { name: 'Edit' }).waitFor();
    await screenshot(page, 'organization-detail-editor');
  });

  it('creates an organization, finds it with Ctrl-K, and signs out', async () => {
    const name = uniqueName('E2E Institute');
    await page.getByRole('link', { name: 'New organization' }).click();
    await page.getByRole('heading', { level: 1, name: 'New organization' }).waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('textbox', { name: 'Acronym' }).fill('E2E');
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Research institute' }).click();
    await page.getByRole('textbox', { name: 'City' }).fill('Lyon');
    await page.getByRole('textbox', { name: 'Web site' }).fill('https://e2e.example.org');
    await screenshot(page, 'organization-form-filled');
    await page.getByRole('button', { name: 'Create organization' }).click();

    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    const detailUrl = page.url();
    await page.getByRole('heading', { level: 1, name: `${name} (E2E)` }).waitFor();
    await page.getByText('Research institute').waitFor();

    await page.goto('/organizations');
    await page.getByRole('heading', { level: 1, name: 'Organizations' }).waitFor();
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search Liaison' }).fill(name);
    const hit = dialog.getByRole('button', { name: new RegExp(`^${name}`) });
    await hit.waitFor();
    await screenshot(page, 'global-search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(detailUrl);

    await signOut(page);
    // Signed out: the app sends the browser to sign in again.
    await page.waitForURL(/\/oidc\/interaction\//);
    const me = await page.request.post('/graphql', { data: { query: '{ me { id } }' } });
    expect(await me.json()).toEqual({ data: { me: null } });
  });

  it('shows a bookmarked view from its URL and exports it as CSV', async () => {
    await page.goto('/organizations?kind=UNIVERSITY&sort=-name&size=10&page=2&cols=name,country');
    const table = page.getByRole('table', { name: 'Organizations' });
    await table.getByRole('link').first().waitFor();
    await page.getByText(/^11–20 of \d+$/).waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['', 'Name', 'Country']);
    expect(await table.getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('descending');

    const names = await table.getByRole('link').allTextContents();
    expect([...names].sort().reverse()).toEqual(names);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe('Name,Country');
    const total = Number((await page.getByText(/^11–20 of \d+$/).textContent())!.split(' of ')[1]);
    expect(lines).toHaveLength(total + 1);
  });

  it('has no serious accessibility violation on the list, detail and form pages', async () => {
    await page.getByRole('table', { name: 'Organizations' }).getByRole('link').first().waitFor();
    await expectNoSeriousA11yViolations(page, 'the organization list');

    await page.getByRole('table', { name: 'Organizations' }).getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'an organization page');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'the organization form');
  });
});
