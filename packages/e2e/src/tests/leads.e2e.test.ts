import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

describe('Leads', () => {
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

  it('as the editor: records a lead, converts it into a contact, an organization and an opportunity, and undoes it', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/leads');
    await page.getByRole('heading', { level: 1, name: 'Leads' }).waitFor();
    await page.getByRole('link', { name: 'New lead' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New lead' }).waitFor();

    const name = uniqueName('Ines Carvalho');
    const organizationName = uniqueName('Azores Deep Sea Lab');
    await page.getByRole('textbox', { name: 'Name' }).fill(name);
    await page.getByRole('textbox', { name: 'Organization' }).fill(organizationName);
    await page.getByRole('textbox', { name: 'Email' }).fill(`ines.${Date.now()}@adsl.example.org`);
    await page.getByRole('combobox', { name: 'Source' }).click();
    await page.getByRole('option', { name: 'Event' }).click();
    await page.getByRole('textbox', { name: 'Interest' }).fill('Storage for **deep-sea imaging**');
    await expectNoSeriousA11yViolations(page, 'the lead form');
    await page.getByRole('button', { name: 'Create lead' }).click();

    await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await screenshot(page, 'lead-detail-editor');
    await expectNoSeriousA11yViolations(page, 'a lead page');

    await page.getByRole('button', { name: 'Convert…' }).click();
    const dialog = page.getByRole('dialog', { name: `Convert ${name}` });
    await dialog.getByRole('radio', { name: `Create a new organization: ${organizationName}` }).waitFor();
    await dialog.getByRole('checkbox', { name: 'Open an opportunity as well' }).check();
    await dialog.getByRole('combobox', { name: 'Pipeline' }).click();
    await page.getByRole('option', { name: 'Outreach' }).click();
    await expect(dialog.getByRole('combobox', { name: 'Stage' }).inputValue()).resolves.toBe('Dissemination');
    const opportunityTitle = uniqueName('Deep-sea imaging onboarding');
    await dialog.getByRole('textbox', { name: 'Opportunity' }).fill(opportunityTitle);
    await screenshot(page, 'lead-convert-dialog');
    await expectNoSeriousA11yViolations(page, 'the convert dialog');
    await dialog.getByRole('button', { name: 'Convert' }).click();
    await page.getByText(`${name} was converted.`).waitFor();

    await page.getByText('Became the contact').waitFor();
    await page.getByRole('link', { name: organizationName }).waitFor();
    await page.getByRole('link', { name: opportunityTitle }).waitFor();
    await screenshot(page, 'lead-converted');

    await page.getByRole('button', { name: 'Undo conversion' }).click();
    await page.getByText(`The conversion of ${name} was undone.`).waitFor();
    await page.getByRole('button', { name: 'Convert…' }).waitFor();
    expect(await page.getByText('Became the contact').count()).toBe(0);

    // The list finds it by its organization's name.
    await page.goto(`/leads?q=${encodeURIComponent(organizationName)}`);
    await page.getByRole('table', { name: 'Leads' }).getByRole('link', { name }).waitFor();
  });
});
