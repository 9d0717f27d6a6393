import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

describe('Needs', () => {
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

  it('as the editor: records a need from an organization page, prefilled with the organization', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/needs');
    const table = page.getByRole('table', { name: 'Needs' });
    await table.getByRole('link').first().waitFor();
    await screenshot(page, 'needs-list-editor');
    await expectNoSeriousA11yViolations(page, 'the need list');

    const organizationName = uniqueName('E2E Needy Institute');
    const { createOrganization } = await graphql<{ createOrganization: { id: string } }>(
      page,
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: organizationName, kind: 'UNIVERSITY' } },
    );
    await page.goto(`/organizations/${createOrganization.id}`);
    await page.getByRole('heading', { name: 'Needs (0)' }).waitFor();
    await page.getByRole('link', { name: 'New need' }).click();
    await page.getByRole('heading', { level: 1, name: `New need of ${organizationName}` }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Organization' }).inputValue()).resolves.toBe(organizationName);

    const title = uniqueName('Long-term storage for imaging data');
    await page.getByRole('textbox', { name: 'Need' }).fill(title);
    await page.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Storage' }).click();
    await page.getByRole('combobox', { name: 'Priority' }).click();
    await page.getByRole('option', { name: 'High' }).click();
    await page.getByRole('textbox', { name: 'Source' }).fill('Annual user survey');
    await expectNoSeriousA11yViolations(page, 'the need form');
    await page.getByRole('button', { name: 'Create need' }).click();

    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('link', { name: organizationName }).waitFor();
    await page.getByText('Annual user survey').waitFor();
    await screenshot(page, 'need-detail-editor');
    await expectNoSeriousA11yViolations(page, 'a need page');

    await page.getByRole('link', { name: organizationName }).click();
    await page.getByRole('heading', { name: 'Needs (1)' }).waitFor();
    await page.getByRole('link', { name: title }).waitFor();

    // The list finds it by its organization.
    await page.goto(`/needs?org=${createOrganization.id}`);
    await page.getByRole('table', { name: 'Needs' }).getByRole('link', { name: title }).waitFor();
    await page.getByText(/^1–1 of 1$/).waitFor();
  });

  it('as the viewer: reads needs but is offered no edit control', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer', '/needs');
    const table = page.getByRole('table', { name: 'Needs' });
    await table.getByRole('link').first().waitFor();
    expect(await page.getByRole('link', { name: 'New need' }).count()).toBe(0);
    await screenshot(page, 'needs-list-viewer');

    await table.locator('tbody tr').first().getByRole('link').first().click();
    await page.waitForURL(/\/needs\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tags…' }).count()).toBe(0);
    await screenshot(page, 'need-detail-viewer');
    await expectNoSeriousA11yViolations(page, 'a need page as the viewer');
  });
});
