import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

const CREATE = 'mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }';

describe('Merging duplicates, as the editor', () => {
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
