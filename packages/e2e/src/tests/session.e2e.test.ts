import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uniqueName } from '../support/api';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { DEMO_NAMES, signIn } from '../support/signIn';

describe('When the session ends', () => {
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

  it('keeps the unsaved input of a form through signing in again', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/organizations/new');
    const name = uniqueName('Unsaved Institute');
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'University' }).click();

    // The session ends on the server's side (here: its cookie is gone), then the person saves.
    await context.clearCookies();
    await page.getByRole('button', { name: 'Create organization' }).click();
    const notice = page.getByRole('alert').filter({ hasText: 'Your session ended' }).first();
    await notice.waitFor();
    await screenshot(page, 'session-ended');

    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.waitForURL(/\/oidc\/interaction\//);
    await page.getByRole('button', { name: new RegExp(DEMO_NAMES.editor) }).click();
    await page.waitForURL(/\/organizations\/new$/);
    await page.getByText('Your unsaved input was restored').waitFor();
    expect(await page.getByRole('textbox', { name: 'Name' }).inputValue()).toBe(name);
    expect(await page.getByRole('combobox', { name: 'Kind' }).inputValue()).toBe('University');
    await screenshot(page, 'session-draft-restored');

    await page.getByRole('button', { name: 'Create organization' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  });
});
