import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

/** A local time as the date-time fields take it typed (`2026-11-23T14:30`), in this machine's zone. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Opens the first organization of the list; answers its name and id. */
async function openFirstOrganization(page: Page): Promise<{ name: string; id: string }> {
  await page.goto('/organizations');
  const first = page.getByRole('table', { name: 'Organizations' }).getByRole('link').first();
  await first.waitFor();
  const name = (await first.textContent())!;
  await first.click();
  await page.waitForURL(/\/organizations\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: 'Details' }).waitFor();
  return { name, id: page.url().split('/').pop()! };
}

describe('Activities, as the editor', () => {
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

  it('logs a call from an organization page in two clicks, then sees it in the timeline and the activity list', async () => {
    const organization = await openFirstOrganization(page);
    const subject = `Call with ${organization.name}`;

    await page.getByRole('button', { name: 'Log a call' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a call' });
    expect(await dialog.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe(subject);
    await screenshot(page, 'log-a-call');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`${subject} was logged.`).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    // The newest entries: the call, and its link to the organization.
    const entry = timeline
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: subject }) })
      .first();
    await entry.waitFor();
    expect(await entry.textContent()).toContain('Done');
    await expectNoSeriousA11yViolations(page, 'an organization timeline');
    await screenshot(page, 'organization-timeline');

    // Only changes of the record, then everything again.
    const showOnly = page.getByRole('group', { name: 'Show only' });
    await showOnly.getByText('Changes', { exact: true }).click();
    expect(await showOnly.getByRole('checkbox', { name: 'Changes' }).isChecked()).toBe(true);
    await timeline.getByRole('link', { name: subject }).first().waitFor({ state: 'detached' });
    await showOnly.getByText('Changes', { exact: true }).click();
    await timeline.getByRole('link', { name: subject }).first().waitFor();

    await page.goto(
      `/activities?about=ORGANIZATION:${organization.id}&aboutName=${encodeURIComponent(organization.name)}`,
    );
    const table = page.getByRole('table', { name: 'Activities' });
    await table.getByRole('link', { name: subject }).first().waitFor();
    await expectNoSeriousA11yViolations(page, 'the activity list');
    await screenshot(page, 'activities-list-editor');

    // The status changes right in the row.
    const status = table.getByRole('combobox', { name: `Status of ${subject}` }).first();
    expect(await status.inputValue()).toBe('Done');
    await status.click();
    await page.getByRole('option', { name: 'Cancelled', exact: true }).click();
    await page.waitForFunction(async (name) => {
      const input = document.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`);
      return input?.value === 'Cancelled' && !input.disabled;
    }, `Status of ${subject}`);
    await screenshot(page, 'activities-list-status-in-row');

    await table.getByRole('link', { name: subject }).first().click();
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    await page.getByRole('main').getByText('Cancelled').first().waitFor();
    await page.getByRole('link', { name: organization.name }).waitFor();
    await page.getByRole('link', { name: 'Edit' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'an activity page');
    await screenshot(page, 'activity-detail-editor');
  });

  it('logs a meeting with a colleague taking part, and sees the colleague on the meeting', async () => {
    const { users } = await graphql<{ users: { nodes: { name: string }[] } }>(
      page,
      '{ users(first: 500) { nodes { name } } }',
    );
    const [colleague, another] = users.nodes.map((user) => user.name).filter((name) => name !== 'Eddie Editor');
    const organization = await openFirstOrganization(page);
    const subject = uniqueName('Meeting with a colleague');

    await page.getByRole('button', { name: 'Log a meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a meeting' });
    await dialog.getByRole('textbox', { name: 'Subject' }).fill(subject);
    const colleagues = dialog.getByRole('combobox', { name: 'Colleagues taking part' });
    await colleagues.fill(colleague!.split(' ')[0]!);
    await page
      .getByRole('listbox', { name: 'Colleagues taking part' })
      .getByRole('option', { name: colleague! })
      .click();
    // The chosen colleague shows as a pill of the field, and the field is ready for another name.
    await dialog.getByText(colleague!, { exact: true }).waitFor();
    expect(await colleagues.inputValue()).toBe('');
    // With the keyboard: type a name, Enter takes the first match (and does not save the dialog yet).
    await colleagues.fill(another!);
    await colleagues.press('Enter');
    await dialog.getByText(another!, { exact: true }).waitFor();
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByRole('textbox', { name: 'Notes' }).fill('Planned the next steps together.');
    await page.getByRole('listbox', { name: 'Colleagues taking part' }).waitFor({ state: 'hidden' });
    await expectNoSeriousA11yViolations(page, 'the log-a-meeting dialog with a colleague');
    await screenshot(page, 'log-a-meeting-with-a-colleague');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByText(`${subject} was logged.`).waitFor();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('list', { name: 'Timeline' }).getByRole('link', { name: subject }).first().click();
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    await page.getByRole('link', { name: organization.name }).first().waitFor();
    const participants = page.getByRole('list', { name: 'Participants' });
    await participants.getByText(colleague!, { exact: true }).waitFor();
    await participants.getByText(another!, { exact: true }).waitFor();
    expect(await participants.getByRole('listitem').count()).toBe(2);
    await expectNoSeriousA11yViolations(page, 'a meeting with a colleague taking part');
    await screenshot(page, 'activity-with-a-colleague');
  });

  it('plans a to-do due yesterday, sees it overdue on My to-dos, and ticks it done', async () => {
    const subject = uniqueName('E2E follow-up');
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000);

    await page.goto('/activities/new?kind=TODO');
    await page.getByRole('heading', { level: 1, name: 'New activity' }).waitFor();
    await page.getByRole('textbox', { name: 'Subject' }).fill(subject);
    await page.getByLabel('Due').fill(localInput(yesterday));
    await screenshot(page, 'activity-form-filled');
    await expectNoSeriousA11yViolations(page, 'the activity form');
    await page.getByRole('button', { name: 'Create activity' }).click();
    await page.waitForURL(/\/activities\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    await page.getByText('Overdue').first().waitFor();

    await page.goto('/todos');
    await page.getByRole('heading', { level: 1, name: 'My to-dos' }).waitFor();
    const overdue = page.getByRole('list', { name: 'Overdue' });
    await overdue.getByRole('link', { name: subject }).waitFor();
    await expectNoSeriousA11yViolations(page, 'My to-dos');
    await screenshot(page, 'todos-editor');

    const box = overdue.getByRole('checkbox', { name: `Mark “${subject}” done` });
    await box.check();
    expect(await box.isChecked()).toBe(true);
    await overdue.getByText('Done', { exact: true }).waitFor();

    // Asked again, the list no longer holds it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My to-dos' }).waitFor();
    await page.getByRole('button', { name: 'New to-do' }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: subject }).count()).toBe(0);
  });
});

describe('Activities, as the viewer', () => {
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

  it('reads activities and to-dos but is offered no edit control', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer', '/activities');
    const table = page.getByRole('table', { name: 'Activities' });
    await table.getByRole('link').first().waitFor();
    expect(await page.getByRole('link', { name: 'New activity' }).count()).toBe(0);
    // The status reads as text in the rows: no control to change it.
    expect(await table.getByRole('combobox', { name: /^Status of / }).count()).toBe(0);
    expect(await table.getByText(/^(Planned|Done|Cancelled)$/).count()).toBeGreaterThan(0);
    await screenshot(page, 'activities-list-viewer');

    await table.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    await page.getByRole('heading', { name: 'Concerns' }).waitFor();
    for (const name of ['Edit', 'Mark done', 'Tags…'])
      expect(await page.getByRole('button', { name }).or(page.getByRole('link', { name })).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Add a record it concerns' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'an activity page, as the viewer');
    await screenshot(page, 'activity-detail-viewer');

    await page.goto('/todos');
    await page.getByRole('heading', { level: 1, name: 'My to-dos' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'New to-do' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'My to-dos, as the viewer');
    await screenshot(page, 'todos-viewer');

    await openFirstOrganization(page);
    expect(await page.getByRole('button', { name: 'Log a call' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Timeline' }).click();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
  });
});
