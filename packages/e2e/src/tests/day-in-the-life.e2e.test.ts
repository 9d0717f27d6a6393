import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

/** Picks an option of a searchable select by typing part of its label. */
async function pick(page: Page, scope: ReturnType<Page['getByRole']>, label: string, typed: string, option: string) {
  await scope.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

describe('A day in the life of a liaison officer', () => {
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
  });
  afterEach(async () => {
    await context?.close();
  });

  it('logs a meeting with two participants and a follow-up, writes its minutes, adds a new person in place, and sees it all on the organization', async () => {
    await signIn(page, 'editor');
    const organizationName = uniqueName('Institute of Outreach');
    const [first, second] = [uniqueName('Ines'), uniqueName('Otto')].map((name) => name.replace(' ', ''));
    const { createOrganization } = await graphql<{ createOrganization: { id: string } }>(
      page,
      `
        mutation ($input: CreateOrganizationInput!) {
          createOrganization(input: $input) {
            id
          }
        }
      `,
      { input: { name: organizationName, kind: 'RESEARCH_INSTITUTE' } },
    );
    for (const lastName of [first, second])
      await graphql(
        page,
        `
          mutation ($input: CreateContactInput!) {
            createContact(input: $input) {
              id
            }
          }
        `,
        {
          input: { lastName },
        },
      );
    const organizationPath = `/organizations/${createOrganization.id}`;

    // 1. Log the meeting, with two contacts and a follow-up to-do, in one dialog.
    await page.goto(organizationPath);
    await page.getByRole('button', { name: 'Log a meeting' }).click();
    const log = page.getByRole('dialog', { name: 'Log a meeting' });
    const subject = uniqueName('Kick-off meeting');
    await log.getByRole('textbox', { name: 'Subject' }).fill(subject);
    await pick(page, log, 'Add a contact', first, first);
    await log.getByRole('listitem').filter({ hasText: first }).waitFor();
    await pick(page, log, 'Add a contact', second, second);
    await log.getByRole('listitem').filter({ hasText: second }).waitFor();
    await log.getByText('Add a follow-up to-do').click();
    const todo = uniqueName('Send the slides');
    await log.getByRole('textbox', { name: 'To-do' }).fill(todo);
    await expectNoSeriousA11yViolations(page, 'the log-a-meeting dialog with participants and a follow-up');
    await screenshot(page, 'day-log-meeting');
    await log.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`${subject} was logged with its follow-up to-do.`).waitFor();
    await log.waitFor({ state: 'hidden' });

    // 2. From the meeting, write its minutes: attached to the meeting and to the organization.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('list', { name: 'Timeline' }).getByRole('link', { name: subject }).first().click();
    await page.waitForURL(/\/activities\/[0-9a-f-]{36}$/);
    for (const name of [first, second]) await page.getByText(name).first().waitFor();
    await page.getByRole('link', { name: 'Write the minutes' }).click();
    await page.waitForURL(/\/documents\/new\?/);
    const title = page.getByRole('textbox', { name: 'Title' });
    expect(await title.inputValue()).toBe(`Minutes: ${subject}`);
    await expectNoSeriousA11yViolations(page, 'minutes started from a meeting');
    await screenshot(page, 'day-minutes');
    await page.getByRole('button', { name: 'Create document' }).click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await page.getByText(subject).first().waitFor();

    // 3. Someone new at the organization, created in place with their role.
    await page.goto(organizationPath);
    await page.getByRole('button', { name: 'Add a contact…' }).click();
    const add = page.getByRole('dialog', { name: 'Affiliate with an organization' });
    const person = uniqueName('Nora').replace(' ', '');
    const contactSearch = add.getByRole('combobox', { name: 'Contact' });
    await contactSearch.fill(`Nadia ${person}`);
    await page.getByText('No contact found').waitFor();
    await contactSearch.press('Tab');
    await add.getByRole('button', { name: `Create “Nadia ${person}” as a new person` }).click();
    const newPerson = add.getByRole('form', { name: 'New person' });
    expect(await newPerson.getByRole('textbox', { name: 'Family name' }).inputValue()).toBe(person);
    await newPerson.getByRole('textbox', { name: 'Email' }).fill(`${person.toLowerCase()}@example.org`);
    await newPerson.getByRole('combobox', { name: `Role at ${organizationName}` }).fill('Data steward');
    await expectNoSeriousA11yViolations(page, 'a new person created in place');
    await screenshot(page, 'day-new-person');
    await newPerson.getByRole('button', { name: 'Create and affiliate' }).click();
    await page.getByText(`Nadia ${person} was recorded at ${organizationName}.`).waitFor();
    await add.waitFor({ state: 'hidden' });

    // 4. All of it on the organization's page: the overview, then the timeline.
    await page.reload();
    const main = page.getByRole('main');
    await main.getByText(`Nadia ${person}`).first().waitFor();
    await main.getByText('Data steward').first().waitFor();
    const recent = page.getByRole('region', { name: 'Recent activity' });
    for (const text of [subject, todo, `Minutes: ${subject}`]) await recent.getByText(text).first().waitFor();
    await screenshot(page, 'day-organization-overview');
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    for (const text of [subject, todo, `Minutes: ${subject}`])
      await timeline.getByRole('link', { name: text }).first().waitFor();
    await timeline
      .getByText(`Affiliation added: Nadia ${person}, Data steward at ${organizationName}`)
      .first()
      .waitFor();
    await expectNoSeriousA11yViolations(page, "the organization's timeline after a day's work");
    await screenshot(page, 'day-organization-timeline');
  }, 300_000);
});
