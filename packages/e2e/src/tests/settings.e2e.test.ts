import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { baseUrl } from '../support/baseUrl';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { DEMO_NAMES, signIn } from '../support/signIn';

/** A request with a token, from outside the browser: what a script does. */
async function withToken(secret: string, query: string) {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { extensions?: { code?: string } }[];
  };
  return { status: response.status, body };
}

async function openUserMenu(page: Page, item: string) {
  await page.getByRole('button', { name: /open your menu/ }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

describe('My settings, privacy requests and help', () => {
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

  it('creates an API token, shows its secret once, uses it over HTTP, revokes it and sees it refused', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor');
    await openUserMenu(page, 'My settings');
    await page.getByRole('heading', { level: 1, name: 'My settings' }).waitFor();
    await page.getByRole('textbox', { name: /Display name/ }).waitFor();

    const name = uniqueName('Nightly export');
    await page.getByRole('button', { name: 'New token' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API token' });
    await dialog.getByRole('textbox', { name: /What is it for/ }).fill(name);
    await dialog.getByRole('combobox', { name: 'Expires' }).click();
    await page.getByRole('option', { name: 'In 30 days' }).click();
    await dialog.getByRole('button', { name: 'Create token' }).click();

    const secret = (await page.getByTestId('issued-token-secret').textContent())!.trim();
    expect(secret).toMatch(/^lsn_[A-Za-z0-9_-]{43}$/);
    await page.getByRole('button', { name: 'Copy secret' }).waitFor();
    const row = page.getByRole('table', { name: 'Your API tokens' }).getByRole('row').filter({ hasText: name });
    await row.getByText('Read only').waitFor();
    await row.getByText('Active').waitFor();
    await expectNoSeriousA11yViolations(page, 'My settings with a new token');
    await screenshot(page, 'settings-token-created');

    // The secret works from a script: reads, but a read-only token changes nothing.
    const me = await withToken(secret, '{ me { name } }');
    expect(me.status).toBe(200);
    expect(me.body.data).toEqual({ me: { name: DEMO_NAMES.editor } });
    const write = await withToken(
      secret,
      'mutation { updateNotificationPreferences(input: { mentions: false }) { mentions } }',
    );
    expect(write.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Shown once: after a reload, only its prefix is left; and it was used just now.
    await page.reload();
    await row.getByText('Active').waitFor();
    expect(await page.getByText(secret).count()).toBe(0);
    expect(await row.getByText('Never').count()).toBe(0);

    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    const confirm = page.getByRole('dialog', { name: `Revoke “${name}”?` });
    await confirm.getByRole('button', { name: 'Revoke token' }).click();
    await row.getByText('Revoked').waitFor();
    const refused = await withToken(secret, '{ me { name } }');
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores notification preferences and switches the theme, remembered, axe clean in both schemes', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer', '/settings');
    const digest = page.getByRole('combobox', { name: /Email digest/ });
    await digest.click();
    await page.getByRole('option', { name: 'Daily' }).click();
    await until(async () => {
      const { myNotificationPreferences } = await graphql<{ myNotificationPreferences: { emailDigest: string } }>(
        page,
        '{ myNotificationPreferences { emailDigest } }',
      );
      return myNotificationPreferences.emailDigest === 'DAILY';
    });

    const scheme = () => page.evaluate(() => document.documentElement.getAttribute('data-mantine-color-scheme'));
    // Auto follows the system's choice.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-mantine-color-scheme') === 'dark');
    await expectNoSeriousA11yViolations(page, 'My settings, dark by the system');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-mantine-color-scheme') === 'light');
    await expectNoSeriousA11yViolations(page, 'My settings, light by the system');
    await screenshot(page, 'settings-light');

    // A choice overrides the system, and is remembered.
    await page.getByText('Dark', { exact: true }).click();
    expect(await scheme()).toBe('dark');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My settings' }).waitFor();
    expect(await scheme()).toBe('dark');
    await expectNoSeriousA11yViolations(page, 'My settings in the dark theme');
    await screenshot(page, 'settings-dark');
    await page.goto('/organizations');
    await page.getByRole('table', { name: 'Organizations' }).getByRole('link').first().waitFor();
    await expectNoSeriousA11yViolations(page, 'the organization list in the dark theme');
    await screenshot(page, 'organizations-dark');
  });

  it('lets an admin export and erase a person with a typed confirmation, each request listed', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'admin');
    const lastName = uniqueName('Erasable').replace(/\s+/g, '');
    const fullName = `Jana ${lastName}`;
    await graphql(page, 'mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }', {
      input: { firstName: 'Jana', lastName, emails: [`${lastName.toLowerCase()}@example.org`] },
    });
    await openUserMenu(page, 'Privacy requests');
    await page.getByRole('heading', { level: 1, name: 'Privacy requests' }).waitFor();
    await page.getByRole('combobox', { name: 'Person' }).fill(lastName);
    await page.getByRole('option', { name: fullName }).click();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export their data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^personal-data-jana-erasable.*\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(exported.contact).toMatchObject({
      firstName: 'Jana',
      lastName,
      emails: [`${lastName.toLowerCase()}@example.org`],
    });
    const log = page.getByRole('table', { name: 'Privacy requests carried out' });
    await log.getByRole('row').filter({ hasText: fullName }).filter({ hasText: 'Export' }).waitFor();

    await page.getByRole('button', { name: 'Erase this person…' }).click();
    const dialog = page.getByRole('dialog', { name: `Erase ${fullName}?` });
    const erase = dialog.getByRole('button', { name: 'Erase permanently' });
    await dialog.getByRole('textbox', { name: 'Name of the person to erase' }).fill('Jana');
    expect(await erase.isDisabled()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'the erasure confirmation');
    await screenshot(page, 'privacy-erase-confirmation');
    await dialog.getByRole('textbox', { name: 'Name of the person to erase' }).fill(fullName);
    await erase.click();
    await page
      .getByRole('status')
      .filter({ hasText: `${fullName} was erased` })
      .waitFor();
    await log.getByRole('row').filter({ hasText: 'Erasure' }).filter({ hasText: 'Erased contact' }).first().waitFor();
    await expectNoSeriousA11yViolations(page, 'the privacy requests page after an erasure');
    await screenshot(page, 'privacy-requests');
  });

  it('shows a viewer no privacy control, and the server refuses them the log', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer');
    await page.getByRole('button', { name: /open your menu/ }).click();
    await page.getByRole('menuitem', { name: 'My settings' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Privacy requests' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.goto('/privacy');
    await page.getByText('carried out by an admin').waitFor();
    expect(await page.getByRole('button', { name: /Export|Erase/ }).count()).toBe(0);
    await expect(graphql(page, '{ privacyRequests(first: 5) { totalCount } }')).rejects.toThrow(/not allowed|admin/i);
    await expectNoSeriousA11yViolations(page, 'the privacy page as a viewer');
    await screenshot(page, 'privacy-viewer');
  });

  it('opens the guide from the top bar, and empty lists say what to do next', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor');
    await page.getByRole('link', { name: 'Help' }).click();
    await page.getByRole('heading', { level: 1, name: 'How we use Liaison' }).waitFor();
    await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'Recording activities' }).click();
    expect(new URL(page.url()).hash).toBe('#activities');
    await expectNoSeriousA11yViolations(page, 'the guide');
    await screenshot(page, 'help');

    await page.goto('/needs?q=nothing-is-called-this-zz');
    await page.getByText('No need matches these filters').waitFor();
    // The filter bar has its own "Clear filters"; the empty state's is the last.
    await page.getByRole('button', { name: 'Clear filters' }).last().waitFor();
    await page.getByRole('link', { name: 'New need' }).last().waitFor();
    await expectNoSeriousA11yViolations(page, 'an empty list');
    await screenshot(page, 'empty-list-next-step');
    await page.getByRole('button', { name: 'Clear filters' }).last().click();
    await page.getByRole('table', { name: 'Needs' }).getByRole('link').first().waitFor();
  });
});

/** Polls until the check holds (a save in flight), for up to 10 s. */
async function until(check: () => Promise<boolean>) {
  const until = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
