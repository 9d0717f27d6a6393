import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

const CREATE = 'mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }';

describe('Duplicates, as the editor', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('creates a contact with an email already known only when told to, affiliated in the same form', async () => {
    const email = `${uniqueName('known').replace(/\s/g, '.')}@example.org`;
    const organization = uniqueName('E2E Observatory');
    await graphql(page, CREATE, { input: { firstName: 'Maria', lastName: uniqueName('Mitchell'), emails: [email] } });
    await graphql(page, 'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }', {
      input: { name: organization, kind: 'RESEARCH_INSTITUTE' },
    });
    const lastName = uniqueName('Herschel');

    await page.goto('/contacts/new');
    await page.getByRole('heading', { level: 1, name: 'New contact' }).waitFor();
    await page.getByRole('textbox', { name: 'First name' }).fill('Caroline');
    await page.getByRole('textbox', { name: 'Family name' }).fill(lastName);
    await page.getByRole('combobox', { name: 'Email addresses' }).fill(email);
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Organization' }).fill(organization);
    await page.getByRole('option', { name: organization }).click();
    await page.getByRole('combobox', { name: 'Role there' }).fill('Astronomer');
    await page.getByRole('button', { name: 'Create contact' }).click();

    const known = page.getByRole('alert').filter({ hasText: 'This email address is already known' });
    await known.waitFor();
    expect(page.url()).toMatch(/\/contacts\/new$/);
    await expectNoSeriousA11yViolations(page, 'the known-email warning');
    await screenshot(page, 'contact-known-email');
    await known.getByRole('button', { name: 'Create anyway' }).click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: `Caroline ${lastName}` }).waitFor();
    const affiliation = page.getByRole('list').filter({ hasText: 'Astronomer' });
    await affiliation.getByRole('link', { name: organization }).waitFor();
  });

  it('compares two contacts field by field, keeps the other one, and takes a chosen value from this one', async () => {
    const lastName = uniqueName('Byron');
    const [page1Name, otherName] = [`Ada ${lastName}`, `Augusta Ada ${lastName}`];
    const { createContact: here } = await graphql<{ createContact: { id: string } }>(page, CREATE, {
      input: { firstName: 'Ada', lastName, title: 'Analyst' },
    });
    const { createContact: other } = await graphql<{ createContact: { id: string } }>(page, CREATE, {
      input: { firstName: 'Augusta Ada', lastName, title: 'Mathematician', emails: ['augusta@example.org'] },
    });

    await page.goto(`/contacts/${here.id}`);
    await page.getByRole('heading', { level: 1, name: page1Name }).waitFor();
    await page.getByRole('button', { name: 'Merge duplicate…' }).click();
    const dialog = page.getByRole('dialog', { name: `Merge a duplicate of ${page1Name}` });
    const picker = dialog.getByRole('combobox', { name: 'Duplicate contact' });
    await picker.fill(`Augusta Ada ${lastName}`);
    await page.getByRole('option', { name: otherName }).click();

    const table = dialog.getByRole('table', { name: 'Compare the two records' });
    await table.getByRole('radio', { name: `Keep ${page1Name}` }).waitFor();
    // The other one stays; this one's title wins over the other's; the other's email stays.
    await table.getByText(`Keep ${otherName}`).click();
    await table.getByText('Analyst', { exact: true }).click();
    await expect(table.getByRole('radio', { name: `Title: Analyst (from ${page1Name})` }).isChecked()).resolves.toBe(
      true,
    );
    await dialog.getByText(`${page1Name} → ${otherName}`).waitFor();
    await expectNoSeriousA11yViolations(page, 'the merge dialog comparing two contacts');
    await screenshot(page, 'merge-contacts-compare');

    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await page.waitForURL(new RegExp(`/contacts/${other.id}$`));
    await page.getByRole('heading', { level: 1, name: otherName }).waitFor();
    const { contact } = await graphql<{ contact: { title: string; emails: string[] } }>(
      page,
      'query ($id: ID!) { contact(id: $id) { title emails } }',
      { id: other.id },
    );
    expect(contact).toEqual({ title: 'Analyst', emails: ['augusta@example.org'] });

    // The page of the one that went says where it went.
    await page.goto(`/contacts/${here.id}`);
    await page
      .getByRole('alert')
      .filter({ hasText: `Merged into ${otherName}` })
      .waitFor();
  });
});
