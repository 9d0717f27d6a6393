import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

interface Versioned {
  id: string;
  version: number;
}

async function contactNow(page: Page, id: string) {
  const { contact } = await graphql<{ contact: { version: number; title: string | null; country: string | null } }>(
    page,
    'query ($id: ID!) { contact(id: $id) { version title country } }',
    { id },
  );
  return contact;
}

describe('Editing simple fields in list rows', () => {
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

  it("changes a contact's title and country with the keyboard, and a conflicting edit loses nothing", async () => {
    const lastName = uniqueName('Inline');
    const name = `Ines ${lastName}`;
    const { createContact } = await graphql<{ createContact: Versioned }>(
      page,
      'mutation ($input: CreateContactInput!) { createContact(input: $input) { id version } }',
      { input: { firstName: 'Ines', lastName, title: 'Engineer', country: 'ES' } },
    );
    const id = createContact.id;
    await page.goto(`/contacts?q=${encodeURIComponent(lastName)}&sort=-updated`);
    const table = page.getByRole('table', { name: 'Contacts' });
    const title = table.getByRole('textbox', { name: `Title of ${name}` });
    await title.waitFor();

    // Tab into the cell, type, Enter: saved on the row's version.
    await table.getByRole('link', { name }).focus();
    await page.keyboard.press('Tab');
    await expect(title.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Lead engineer');
    await page.keyboard.press('Enter');
    for (let tries = 0; (await contactNow(page, id)).title !== 'Lead engineer'; tries++) {
      if (tries > 50) throw new Error('The title was not saved');
      await page.waitForTimeout(100);
    }

    // The country: typed and chosen from the list.
    const country = table.getByRole('combobox', { name: `Country of ${name}` });
    await country.click();
    await country.fill('Portu');
    await page.getByRole('option', { name: 'Portugal' }).click();
    for (let tries = 0; (await contactNow(page, id)).country !== 'PT'; tries++) {
      if (tries > 50) throw new Error('The country was not saved');
      await page.waitForTimeout(100);
    }
    // The list keeps its filter and sort under the edits.
    const params = new URL(page.url()).searchParams;
    expect(params.get('q')).toBe(lastName);
    expect(params.get('sort')).toBe('-updated');

    // Someone else changes the title meanwhile; the row still shows the version it read.
    const before = await contactNow(page, id);
    await graphql(page, 'mutation ($input: UpdateContactInput!) { updateContact(input: $input) { id } }', {
      input: { id, version: before.version, title: 'Manager' },
    });
    await title.fill('Head of the lab');
    await title.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Someone else changed this meanwhile' });
    await dialog.waitFor();
    const row = dialog.getByRole('row', { name: /Title/ });
    await row.getByText('Lead engineer').waitFor();
    await row.getByText('Manager').waitFor();
    await row.getByText('Head of the lab').waitFor();
    await expectNoSeriousA11yViolations(page, 'a conflict over a title edited in its row');
    await screenshot(page, 'inline-edit-conflict');

    // Closed, the typed title waits, marked in the row; re-applied, it is saved on their version.
    await dialog.getByRole('button', { name: 'Close, keeping my input' }).click();
    await table.getByRole('button', { name: `Not saved: review the title of ${name}` }).click();
    await dialog.getByRole('button', { name: 'Re-apply my edits' }).click();
    await table.getByRole('button', { name: /Not saved/ }).waitFor({ state: 'detached' });
    await expect(contactNow(page, id)).resolves.toMatchObject({ title: 'Head of the lab', country: 'PT' });
    await expect(title.inputValue()).resolves.toBe('Head of the lab');
  });

  it("changes an organization's kind and city in its row, keeping the list's filter and sort", async () => {
    const name = uniqueName('E2E Inline Institute');
    const { createOrganization } = await graphql<{ createOrganization: Versioned }>(
      page,
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }',
      { input: { name, kind: 'RESEARCH_INSTITUTE', city: 'Lyon' } },
    );
    await page.goto(`/organizations?q=${encodeURIComponent(name)}&sort=-name`);
    const table = page.getByRole('table', { name: 'Organizations' });
    const kind = table.getByRole('combobox', { name: `Kind of ${name}` });
    await kind.waitFor();
    await kind.focus();
    // Down opens the kinds on the current one; the arrows walk to "University", Enter chooses it.
    await page.keyboard.press('ArrowDown');
    const university = page.getByRole('option', { name: 'University' });
    await university.waitFor();
    for (let steps = 0; (await university.getAttribute('data-combobox-selected')) === null; steps++) {
      if (steps > 10) throw new Error('University was not reached with the keyboard');
      await page.keyboard.press('ArrowUp');
    }
    await page.keyboard.press('Enter');
    const city = table.getByRole('textbox', { name: `City of ${name}` });
    await city.fill('Villeurbanne');
    await city.press('Tab');
    const organizationNow = async () =>
      (
        await graphql<{ organization: { kind: string; city: string | null; version: number } }>(
          page,
          'query ($id: ID!) { organization(id: $id) { kind city version } }',
          { id: createOrganization.id },
        )
      ).organization;
    for (let tries = 0; ; tries++) {
      const now = await organizationNow();
      if (now.kind === 'UNIVERSITY' && now.city === 'Villeurbanne') break;
      if (tries > 50) throw new Error(`Not saved: ${JSON.stringify(now)}`);
      await page.waitForTimeout(100);
    }
    await expect(organizationNow()).resolves.toMatchObject({ version: createOrganization.version + 2 });
    const params = new URL(page.url()).searchParams;
    expect(params.get('q')).toBe(name);
    expect(params.get('sort')).toBe('-name');
    await expectNoSeriousA11yViolations(page, 'the organization list with editable cells');
    await screenshot(page, 'inline-edit-organization');

    // Viewers see the values, not the controls.
    const viewer = await newPage(browser);
    try {
      await signIn(viewer.page, 'viewer');
      await viewer.page.goto(`/organizations?q=${encodeURIComponent(name)}`);
      const viewerTable = viewer.page.getByRole('table', { name: 'Organizations' });
      await viewerTable.getByRole('cell', { name: 'Villeurbanne' }).waitFor();
      await expect(viewerTable.getByRole('combobox', { name: `Kind of ${name}` }).count()).resolves.toBe(0);
    } finally {
      await viewer.context.close();
    }
  });
});
