import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage, TABLET } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

describe('Organizations, as the viewer', () => {
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

  it('reads organizations but is offered no edit control', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer');
    await page.getByTestId('signed-in-user').getByText('Viewer', { exact: true }).waitFor();
    const table = page.getByRole('table', { name: 'Organizations' });
    await table.getByRole('link').first().waitFor();
    expect(await page.getByRole('link', { name: 'New organization' }).count()).toBe(0);

    await table.getByRole('checkbox').nth(1).check();
    await page
      .getByRole('region', { name: 'Selected rows' })
      .getByRole('button', { name: 'Export selected' })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Tags…' }).count()).toBe(0);
    await screenshot(page, 'organizations-list-viewer');

    // A row's links keep their contrast while the pointer rests on the row.
    await table.getByRole('link').first().hover();
    await expectNoSeriousA11yViolations(page, 'the organization list with a row hovered');

    await table.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Details' }).waitFor();
    expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);
    await screenshot(page, 'organization-detail-viewer');

    // The current section's link keeps its contrast while the pointer rests on it.
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Organizations' }).hover();
    await expectNoSeriousA11yViolations(page, 'an organization page with the navigation hovered');

    await page.goto('/organizations/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Organization not found' }).waitFor();
  });

  it('works at tablet width, the navigation behind a menu button', async () => {
    ({ context, page } = await newPage(browser, TABLET));
    await signIn(page, 'viewer');
    await page.getByRole('table', { name: 'Organizations' }).getByRole('link').first().waitFor();
    await expectNoSeriousA11yViolations(page, 'the organization list at tablet width');
    await screenshot(page, 'organizations-list-tablet');

    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
    // The navigation slides away once a section is chosen.
    await page.waitForFunction(() => {
      const navigation = document.querySelector('nav[aria-label="Sections"]');
      return navigation !== null && navigation.getBoundingClientRect().right <= 0;
    });
    await screenshot(page, 'contacts-tablet');
  });
});
