import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

describe('Saved views', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
  });

  it('as the editor: saves a filtered list view for everyone, which the viewer then finds under the list', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/organizations?country=DE&sort=-updated');
    await page.getByRole('table', { name: 'Organizations' }).waitFor();
    await page.getByRole('button', { name: 'Save this view…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this view of organizations' });
    const name = uniqueName('German partners');
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByText('Everyone').click();
    await expectNoSeriousA11yViolations(page, 'the save view dialog');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    const link = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name });
    await link.waitFor();
    await screenshot(page, 'saved-view-editor');
    await context.close();

    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer', '/todos');
    const shared = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name });
    await shared.click();
    await page.waitForURL(/\/organizations\?country=DE&sort=-updated$/);
    await page.getByRole('table', { name: 'Organizations' }).waitFor();
    await expect(page.getByRole('button', { name: 'Save this view…' }).count()).resolves.toBe(0);
  });
});
