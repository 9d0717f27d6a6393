import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

/** Makes a record through the API (setting up, not testing); answers its id. */
async function create(page: Page, mutation: string, type: string, input: Record<string, unknown>): Promise<string> {
  const data = await graphql<Record<string, { id: string }>>(
    page,
    `mutation ($input: ${type}!) { ${mutation}(input: $input) { id } }`,
    { input },
  );
  return data[mutation].id;
}

describe('A record page tells its story, as the editor', () => {
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

  it("shows recent activity on the overview, a contact's call in the timeline as a sentence, and where a merged contact went", async () => {
    const name = uniqueName('E2E Story University');
    const last = uniqueName('Lovelace');
    const org = await create(page, 'createOrganization', 'CreateOrganizationInput', { name, kind: 'UNIVERSITY' });
    const ada = await create(page, 'createContact', 'CreateContactInput', { firstName: 'Ada', lastName: last });
    await create(page, 'affiliateContact', 'AffiliateContactInput', {
      contactId: ada,
      organizationId: org,
      role: 'PhD candidate',
      since: '2011-09-01',
    });
    await create(page, 'createActivity', 'CreateActivityInput', {
      kind: 'MEETING',
      subject: 'Kick-off meeting',
      status: 'DONE',
      startsAt: '2026-01-15T10:00:00Z',
      concerns: { organizationIds: [org] },
    });
    await create(page, 'createActivity', 'CreateActivityInput', {
      kind: 'CALL',
      subject: 'Call about the engine',
      description: 'Went through the notes on the engine',
      outcome: 'She will send the diagrams',
      status: 'DONE',
      startsAt: '2026-02-03T10:00:00Z',
      concerns: { contactIds: [ada] },
    });
    await create(page, 'createDocument', 'CreateDocumentInput', {
      title: 'Partnership agreement',
      kind: 'AGREEMENT',
      attachTo: { organizationIds: [org] },
    });

    // The overview: when we were last in touch, the recent activities and documents, the actions.
    await page.goto(`/organizations/${org}`);
    const recent = page.getByRole('region', { name: 'Recent activity' });
    await recent.getByRole('link', { name: 'Kick-off meeting' }).waitFor();
    await recent.getByRole('link', { name: 'Call about the engine' }).waitFor();
    await recent.getByRole('link', { name: 'Partnership agreement' }).waitFor();
    expect(await recent.textContent()).toContain('3 Feb 2026');
    expect(await recent.getByRole('link', { name: 'Log activity' }).getAttribute('href')).toBe(
      `/activities/new?organization=${org}`,
    );
    expect(await recent.getByRole('link', { name: 'New document' }).getAttribute('href')).toBe(
      `/documents/new?organization=${org}`,
    );
    await expectNoSeriousA11yViolations(page, 'an organization overview with recent activity');
    await screenshot(page, 'organization-overview-recent-activity');

    // The timeline: the contact's call, with its notes and outcome, via the contact; the affiliation as a sentence.
    await page.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    const call = timeline
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Call about the engine' }) });
    await call.waitFor();
    const callText = await call.textContent();
    expect(callText).toContain(`via Ada ${last}`);
    expect(callText).toContain('Outcome: She will send the diagrams');
    await timeline.getByText(`Affiliation added: Ada ${last}, PhD candidate at ${name}, since Sept 2011`).waitFor();
    const related = page.getByRole('checkbox', { name: 'With contacts and parts' });
    expect(await related.isChecked()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'an organization timeline with its contacts');
    await screenshot(page, 'organization-timeline-via-contact');
    await page.getByText('With contacts and parts', { exact: true }).click();
    await call.waitFor({ state: 'detached' });
    expect(await related.isChecked()).toBe(false);

    // A duplicate of Ada, merged into her: its old page says where it went, with a link.
    const duplicate = await create(page, 'createContact', 'CreateContactInput', { firstName: 'A.', lastName: last });
    const { contact } = await graphql<{ contact: { version: number } }>(
      page,
      'query ($id: ID!) { contact(id: $id) { version } }',
      { id: ada },
    );
    await graphql(page, 'mutation ($input: MergeContactsInput!) { mergeContacts(input: $input) { id } }', {
      input: { survivorId: ada, duplicateId: duplicate, survivorVersion: contact.version },
    });
    await page.goto(`/contacts/${duplicate}`);
    const alert = page.getByRole('alert').filter({ hasText: `Merged into Ada ${last}` });
    await alert.waitFor();
    expect(await alert.getByRole('link', { name: `Ada ${last}` }).getAttribute('href')).toBe(`/contacts/${ada}`);
    await expectNoSeriousA11yViolations(page, 'a merged contact');
    await screenshot(page, 'merged-contact');
    await alert.getByRole('link', { name: `Ada ${last}` }).click();
    await page.waitForURL(new RegExp(`/contacts/${ada}$`));
    await page.getByRole('heading', { name: 'Recent activity' }).waitFor();
  });
});
