import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Picks `name` in a server-searched picker of a dialog: types part of it, then chooses the option. */
async function pick(page: Page, label: string, name: string) {
  const input = page.getByRole('dialog').getByRole('combobox', { name: label });
  await input.fill(name.slice(0, 24));
  await page.getByRole('option', { name: new RegExp(`^${escape(name)}`) }).click();
}

async function chooseRole(page: Page, role: string) {
  await page.getByRole('dialog').getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: role, exact: true }).click();
}

describe('Projects', () => {
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

  it('as the editor: creates a project, links an organization and a contact in their roles, finds it with Ctrl-K', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/projects');
    const organizationName = uniqueName('E2E Partner Institute');
    const contactLastName = uniqueName('Lovelace');
    const { createOrganization } = await graphql<{ createOrganization: { id: string } }>(
      page,
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: organizationName, kind: 'RESEARCH_INSTITUTE' } },
    );
    await graphql(page, 'mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }', {
      input: { firstName: 'Ada', lastName: contactLastName },
    });
    const contactName = `Ada ${contactLastName}`;

    // The list, then a new project.
    const table = page.getByRole('table', { name: 'Projects' });
    await table.getByRole('link').first().waitFor();
    await page.getByText(/^1–25 of \d+$/).waitFor();
    await screenshot(page, 'projects-list-editor');
    await expectNoSeriousA11yViolations(page, 'the project list');

    const name = uniqueName('E2E Project');
    await page.getByRole('link', { name: 'New project' }).click();
    await page.getByRole('heading', { level: 1, name: 'New project' }).waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('textbox', { name: 'Acronym' }).fill('E2EP');
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'National', exact: true }).click();
    await page.getByLabel('Start', { exact: true }).fill('2026-01-01');
    await page.getByRole('textbox', { name: 'Scientific domain' }).fill('Life sciences');
    // A typed ISO date is shown back as the app writes dates.
    expect(await page.getByRole('textbox', { name: 'Start', exact: true }).inputValue()).toBe('1 Jan 2026');
    await expectNoSeriousA11yViolations(page, 'the project form');
    await page.getByRole('button', { name: 'Create project' }).click();

    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    const projectUrl = page.url();
    await page.getByRole('heading', { level: 1, name: `${name} (E2EP)` }).waitFor();
    await page.getByRole('tab', { name: 'Overview' }).waitFor();

    // Link the organization as partner and the contact as coordinator.
    await page.getByRole('button', { name: 'Add organization' }).click();
    await pick(page, 'Organization', organizationName);
    await chooseRole(page, 'Partner');
    await page.getByRole('dialog').getByLabel('Since').fill('2026-02-01');
    await page.getByRole('dialog').getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Add contact' }).click();
    await pick(page, 'Contact', contactName);
    await chooseRole(page, 'Coordinator');
    await page.getByRole('dialog').getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    const organizations = page.getByRole('table', { name: 'Organizations of the project' });
    const organizationRow = organizations.getByRole('row').filter({ hasText: organizationName });
    await organizationRow.getByText('Partner', { exact: true }).waitFor();
    await organizationRow.getByText('since 1 Feb 2026').waitFor();
    const contactRow = page
      .getByRole('table', { name: 'Contacts of the project' })
      .getByRole('row')
      .filter({ hasText: contactName });
    await contactRow.getByText('Coordinator', { exact: true }).waitFor();

    // A task, completed with its checkbox, and a milestone.
    await page.getByRole('button', { name: 'New task' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Title' }).fill('Send the kick-off agenda');
    await page.getByRole('dialog').getByRole('button', { name: 'Add task' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const done = page.getByRole('checkbox', { name: 'Send the kick-off agenda: done' });
    await done.check();
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('li')).some(
        (li) => /Send the kick-off agenda/.test(li.textContent ?? '') && /Done/.test(li.textContent ?? ''),
      ),
    );
    await page.getByRole('button', { name: 'New milestone' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Title' }).fill('First data release');
    await page.getByRole('dialog').getByLabel('Due').fill('2026-09-30');
    await page.getByRole('dialog').getByRole('button', { name: 'Add milestone' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByText('due 30 Sept 2026').or(page.getByText('due 30 Sep 2026')).waitFor();

    await screenshot(page, 'project-detail-editor');
    await expectNoSeriousA11yViolations(page, 'a project page');

    // Change the contact's role from the project page.
    await page.getByRole('button', { name: `Change the role of ${contactName}` }).click();
    await chooseRole(page, 'Principal investigator');
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await contactRow.getByText('Principal investigator', { exact: true }).waitFor();

    // The organization's page lists the project with its role.
    await organizationRow.getByRole('link', { name: organizationName }).click();
    await page.waitForURL(`**/organizations/${createOrganization.id}`);
    const projects = page.getByRole('table', { name: 'Projects' });
    const projectRow = projects.getByRole('row').filter({ hasText: name });
    await projectRow.getByText('Partner', { exact: true }).waitFor();
    // "Add to project" from the organization's page: the same project, in a second role.
    await page.getByRole('button', { name: 'Add to project' }).click();
    await pick(page, 'Project', name);
    await chooseRole(page, 'Funder');
    await page.getByRole('dialog').getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await projectRow.getByText('Funder', { exact: true }).waitFor();
    expect(await projectRow.count()).toBe(2);
    await screenshot(page, 'organization-projects');

    // Global search finds the project.
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search Liaison' }).fill(name);
    await dialog.getByRole('button', { name: new RegExp(`^${escape(name)}`) }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(projectUrl);
  });

  it('as the editor: is warned before adding a contact to a completed project, and may add them anyway', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor');
    const project = uniqueName('E2E Finished Project');
    const lastName = uniqueName('Hopper');
    await graphql(page, 'mutation ($input: CreateProjectInput!) { createProject(input: $input) { id } }', {
      input: { name: project, kind: 'COLLABORATION', status: 'COMPLETED' },
    });
    const { createContact } = await graphql<{ createContact: { id: string } }>(
      page,
      'mutation ($input: CreateContactInput!) { createContact(input: $input) { id } }',
      { input: { firstName: 'Grace', lastName } },
    );

    await page.goto(`/contacts/${createContact.id}`);
    await page.getByRole('heading', { level: 1, name: `Grace ${lastName}` }).waitFor();
    await page.getByRole('button', { name: 'Add to project' }).click();
    await pick(page, 'Project', project);
    const dialog = page.getByRole('dialog');
    const warning = dialog.getByRole('alert').filter({ hasText: 'This project is completed' });
    await warning.getByText(`${project} has ended. Add Grace ${lastName} only to record`).waitFor();
    await expect(dialog.getByRole('button', { name: 'Add', exact: true }).count()).resolves.toBe(0);
    await chooseRole(page, 'Partner');
    await expectNoSeriousA11yViolations(page, 'the warning before joining a completed project');
    await screenshot(page, 'project-completed-warning');
    await dialog.getByRole('button', { name: 'Add anyway' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: project }).waitFor();
  });

  it('as the editor: filters the list from the URL and exports it', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/projects?status=ACTIVE&sort=-start&cols=name,status,start');
    const table = page.getByRole('table', { name: 'Projects' });
    await table.getByRole('link').first().waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['', 'Name', 'Status', 'Start']);
    expect(await table.getByRole('columnheader', { name: 'Start' }).getAttribute('aria-sort')).toBe('descending');
    const statuses = await table.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(statuses)).toEqual(new Set(['Active']));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^projects-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('as the viewer: reads projects but is offered no edit control', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer', '/projects');
    const table = page.getByRole('table', { name: 'Projects' });
    await table.getByRole('link').first().waitFor();
    expect(await page.getByRole('link', { name: 'New project' }).count()).toBe(0);
    await table.getByRole('checkbox').nth(1).check();
    await page
      .getByRole('region', { name: 'Selected rows' })
      .getByRole('button', { name: 'Export selected' })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Tags…' }).count()).toBe(0);
    await screenshot(page, 'projects-list-viewer');

    await table.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    await page.getByRole('heading', { name: /^Organizations \(\d+\)$/ }).waitFor();
    for (const name of ['Add organization', 'Add contact', 'New task', 'New milestone', 'Tags…'])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Change the / }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: /: done$/, disabled: false }).count()).toBe(0);
    await screenshot(page, 'project-detail-viewer');
    await expectNoSeriousA11yViolations(page, 'a project page as the viewer');
  });
});
