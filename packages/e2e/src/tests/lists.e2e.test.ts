import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

/** The list's state as the URL holds it, once it has settled. */
async function settledParams(page: Page, expected: Record<string, string>): Promise<URLSearchParams> {
  await page.waitForFunction(
    (pairs) => pairs.every(([name, value]) => new URLSearchParams(location.search).get(name) === value),
    Object.entries(expected),
  );
  // Longer than the filter's debounce: nothing pending may overwrite it afterwards.
  await page.waitForTimeout(600);
  return new URL(page.url()).searchParams;
}

describe('Lists and Ctrl-K', () => {
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

  it('finds a name typed with two letters swapped, and Enter opens the top hit', async () => {
    await page.goto('/organizations');
    await page.getByRole('heading', { level: 1, name: 'Organizations' }).waitFor();
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search Liaison' }).fill('Kralsruhe');
    await dialog
      .getByRole('button', { name: /Karlsruher Institut für Technologie/ })
      .first()
      .waitFor();
    await expectNoSeriousA11yViolations(page, 'Ctrl-K with a transposed query');
    await screenshot(page, 'lists-ctrl-k-transposition');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Karlsruher Institut für Technologie' }).waitFor();
  });

  it('keeps the filter when a column is sorted right after typing', async () => {
    await page.goto('/organizations');
    const table = page.getByRole('table', { name: 'Organizations' });
    await table.waitFor();
    await page.getByRole('textbox', { name: 'Filter' }).fill('Institute');
    // Before the filter's pause is over.
    await table.getByRole('button', { name: 'Kind' }).click();
    const params = await settledParams(page, { q: 'Institute', sort: 'kind' });
    expect(params.get('q')).toBe('Institute');
    expect(params.get('sort')).toBe('kind');
    await expect(page.getByRole('textbox', { name: 'Filter' }).inputValue()).resolves.toBe('Institute');
  });

  it('keeps the filter when a column is sorted while a filter dropdown is open', async () => {
    await page.goto('/organizations');
    const table = page.getByRole('table', { name: 'Organizations' });
    await table.waitFor();
    await page.getByRole('combobox', { name: 'Kind', exact: true }).click();
    await page.getByRole('option', { name: 'University' }).click();
    // The dropdown is still open: the header is clicked through it.
    await table.getByRole('button', { name: 'Name' }).click();
    const params = await settledParams(page, { kind: 'UNIVERSITY', sort: '-name' });
    expect(params.get('kind')).toBe('UNIVERSITY');
    expect(params.get('sort')).toBe('-name');
    await expectNoSeriousA11yViolations(page, 'the organization list filtered and sorted');
    await screenshot(page, 'lists-filter-then-sort');
  });

  it('shows tags by name in the URL, and old links with ids still filter', async () => {
    await page.goto('/contacts?tag=ESFRI');
    const table = page.getByRole('table', { name: 'Contacts' });
    await table.waitFor();
    await page.getByText('ESFRI', { exact: true }).first().waitFor();
    await table.getByRole('columnheader', { name: 'Activities' }).waitFor();
    await table.getByRole('columnheader', { name: 'Role' }).waitFor();
    const byName = await table.getByRole('row').count();

    // The picker writes names too.
    await page.goto('/contacts');
    await table.waitFor();
    await page.getByRole('combobox', { name: 'Tag', exact: true }).click();
    await page.getByRole('option', { name: 'pilot' }).click();
    await settledParams(page, { tag: 'pilot' });

    const tagId = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ tags(first: 100) { nodes { id label } } }' }),
      });
      const { data } = await response.json();
      return data.tags.nodes.find((tag: { label: string }) => tag.label === 'ESFRI').id as string;
    });
    await page.goto(`/contacts?tag=${tagId}`);
    await table.waitFor();
    await page.getByText('ESFRI', { exact: true }).first().waitFor();
    // The id is turned into the tag's name before the list is asked for: wait for its rows.
    await table
      .getByRole('row')
      .nth(byName - 1)
      .waitFor();
    await expect(table.getByRole('row').count()).resolves.toBe(byName);
    await expectNoSeriousA11yViolations(page, 'the contact list filtered by a tag');
    await screenshot(page, 'lists-tag-by-name');
  });
});
