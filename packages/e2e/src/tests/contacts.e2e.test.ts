import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

/** Types into the global search (Ctrl-K) and opens the hit named `name`. */
async function openWithGlobalSearch(page: Page, name: string) {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search Liaison' }).fill(name);
  // The hit itself, not its "Show in graph" action.
  await dialog.getByRole('button', { name: new RegExp(`^(?!Show in graph).*${name}`) }).click();
}

describe('Contacts', () => {
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

  describe('as the editor', () => {
    beforeEach(async () => {
      ({ context, page } = await newPage(browser));
      await signIn(page, 'editor');
    });

    it('creates an organization and a contact affiliated with it, warns of the duplicate, finds both', async () => {
      const organization = uniqueName('E2E Observatory');
      await page.goto('/organizations/new');
      await page.getByRole('textbox', { name: 'Name' }).fill(organization);
      await page.getByRole('combobox', { name: 'Kind' }).click();
      await page.getByRole('option', { name: 'Research institute' }).click();
      await page.getByRole('button', { name: 'Create organization' }).click();
      await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
      const organizationUrl = page.url();

      const familyName = uniqueName('Lovelace');
      const fullName = `Ada ${familyName}`;
      await page.goto('/contacts/new');
      await page.getByRole('heading', { level: 1, name: 'New contact' }).waitFor();
      await page.getByRole('textbox', { name: 'First name' }).fill('Ada');
      await page.getByRole('textbox', { name: 'Family name' }).fill(familyName);
      await page.getByRole('combobox', { name: 'Email addresses' }).fill('ada.e2e@example.org');
      await page.keyboard.press('Enter');
      await page.getByRole('textbox', { name: 'Title' }).fill('Analyst');
      await page.getByRole('button', { name: 'Create contact' }).click();
      await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
      const contactUrl = page.url();
      await page.getByRole('heading', { level: 1, name: fullName }).waitFor();
      await page.getByRole('link', { name: 'ada.e2e@example.org' }).waitFor();

      // Affiliate through the dialog of the contact's page.
      await page.getByRole('button', { name: 'Affiliate…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Affiliate with an organization' });
      await dialog.getByRole('combobox', { name: 'Organization' }).fill(organization);
      await page.getByRole('option', { name: organization }).click();
      await dialog.getByRole('combobox', { name: 'Role' }).fill('Astronomer');
      await dialog.getByRole('checkbox', { name: /Main affiliation/ }).check();
      await dialog.getByRole('button', { name: 'Affiliate' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const affiliations = page.getByRole('list').filter({ hasText: 'Astronomer' });
      await affiliations.getByRole('link', { name: organization }).waitFor();
      await affiliations.getByText('Main').waitFor();

      // The organization's page lists the contact with the affiliation's attributes.
      await page.goto(organizationUrl);
      const contacts = page.getByRole('list').filter({ hasText: fullName });
      await contacts.getByRole('link', { name: fullName }).waitFor();
      await contacts.getByText('Astronomer').waitFor();

      // Typing the same name again: the form warns before anything is created.
      await page.goto('/contacts/new');
      await page.getByRole('textbox', { name: 'First name' }).fill('Ada');
      await page.getByRole('textbox', { name: 'Family name' }).fill(familyName);
      const warning = page.getByRole('alert').filter({ hasText: 'This contact may already exist' });
      await warning.waitFor();
      await warning.getByRole('button', { name: `Merge into ${fullName}` }).waitFor();
      await warning.getByText(organization).waitFor();
      await screenshot(page, 'contact-duplicate-warning');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.waitForURL(/\/contacts$/);

      await openWithGlobalSearch(page, familyName);
      await page.waitForURL(contactUrl);
      await openWithGlobalSearch(page, organization);
      await page.waitForURL(organizationUrl);
    });

    it('has no serious accessibility violation on the contact list and a contact page', async () => {
      await page.goto('/contacts');
      const table = page.getByRole('table', { name: 'Contacts' });
      await table.getByRole('link').first().waitFor();
      expect(await table.getByRole('columnheader', { name: 'Email' }).count()).toBe(1);
      await screenshot(page, 'contacts-list-editor');
      await expectNoSeriousA11yViolations(page, 'the contact list');

      await table.getByRole('link').first().click();
      await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { name: 'Details' }).waitFor();
      await page.getByRole('heading', { name: 'Organizations' }).waitFor();
      await page.getByRole('link', { name: 'Edit' }).waitFor();
      await screenshot(page, 'contact-detail-editor');
      await expectNoSeriousA11yViolations(page, 'a contact page');

      await page.getByRole('link', { name: 'Edit' }).click();
      await page.getByRole('button', { name: 'Save changes' }).waitFor();
      await expectNoSeriousA11yViolations(page, 'the contact form');
    });
  });

  it('shows the viewer no email addresses and no edit control on contact pages', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer');
    await page.getByTestId('signed-in-user').getByText('Viewer', { exact: true }).waitFor();
    await page.goto('/contacts');
    const table = page.getByRole('table', { name: 'Contacts' });
    await table.getByRole('link').first().waitFor();
    expect(await table.getByRole('columnheader', { name: 'Email' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'New contact' }).count()).toBe(0);
    expect(await page.locator('a[href^="mailto:"]').count()).toBe(0);
    await screenshot(page, 'contacts-list-viewer');

    await table.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    expect(await page.getByText('Email', { exact: true }).count()).toBe(0);
    expect(await page.getByText('Phone', { exact: true }).count()).toBe(0);
    expect(await page.locator('a[href^="mailto:"], a[href^="tel:"]').count()).toBe(0);
    for (const name of ['Edit', 'Merge duplicate…', 'Affiliate…'])
      expect(await page.getByRole('button', { name }).or(page.getByRole('link', { name })).count()).toBe(0);
    await screenshot(page, 'contact-detail-viewer');
    await expectNoSeriousA11yViolations(page, 'a contact page, as the viewer');

    await page.goto(`${page.url()}/edit`);
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
  });
});
