import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

/** `1–25 of 312` under a list: its total. */
async function listTotal(page: Page): Promise<number> {
  const text = await page.getByText(/^\d+–\d+ of \d+$/).textContent();
  return Number(text!.split(' of ')[1]);
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe('Reports', () => {
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

  it('as the editor: the home page is the default dashboard, and its period changes every widget', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await page.getByRole('heading', { name: 'Open to-dos per user, overdue first' }).waitFor();
    // The demo data ends in June 2026: the current month may have nothing recorded.
    const recording = page.getByRole('img', { name: /Activities recorded per team and month: chart/ });
    await recording
      .or(page.getByText(/Nothing to count here/).first())
      .first()
      .waitFor();
    await page.getByText('Last 12 months', { exact: true }).click();
    await page.waitForURL(/period=year/);
    await recording.waitFor();
    await page.waitForTimeout(1_000);
    await screenshot(page, 'dashboard-editor');
    await expectNoSeriousA11yViolations(page, 'the default dashboard');
  });

  it('as the editor: reads a built-in report, its table, drills into a figure and exports it', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/reports');
    await page.getByRole('heading', { name: 'Activities recorded per team and month' }).waitFor();
    await page.getByRole('img', { name: /Activities recorded per team and month: chart/ }).waitFor();
    await page.waitForTimeout(1_000); // the chart's entry animation
    await screenshot(page, 'reports-recording');
    await expectNoSeriousA11yViolations(page, 'the reports page');

    await page.getByRole('button', { name: 'Open needs by country' }).click();
    await page.getByRole('heading', { name: 'Open needs by country' }).waitFor();
    await page.getByText('Table', { exact: true }).click();
    const table = page.getByRole('table', { name: 'Report data' });
    // The first row may be the needs of no country (of projects): not a list filter, so no link.
    const firstFigure = table.getByRole('link').first();
    const figure = Number(await firstFigure.textContent());
    await screenshot(page, 'reports-needs-table');
    await expectNoSeriousA11yViolations(page, 'a report table');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    const text = await readFile((await csv.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe('Country,Count,Average of Age (days)');

    await firstFigure.click();
    await page.waitForURL(/\/needs\?drill=/);
    await page.getByText('The records of a report cell').waitFor();
    await page.getByRole('table', { name: 'Needs' }).getByRole('link').first().waitFor();
    expect(await listTotal(page)).toBe(figure);
    await screenshot(page, 'reports-drilled-needs');
  });

  it('as the viewer: builds a report, changes its period, drills into the chart and saves it as PNG', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer', '/reports');
    await page.getByRole('link', { name: 'Build a report' }).click();
    await page.getByRole('heading', { name: 'Build a report' }).waitFor();
    await choose(page, 'Records', 'Contacts');
    await choose(page, 'Group by', 'With consent');
    await choose(page, 'Chart', 'pie');
    await page.getByRole('textbox', { name: 'Title' }).fill('Consent');
    const chart = page.getByRole('img', { name: /Consent: chart/ });
    await chart.waitFor();
    await choose(page, 'Period', 'The last 12 months');
    await page.waitForURL(/months=12/);
    await choose(page, 'Period', 'All time');
    await page.waitForTimeout(1_000);
    await screenshot(page, 'reports-builder');
    await expectNoSeriousA11yViolations(page, 'the report builder');

    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Report saved as a link').waitFor();
    const saved = page.url();
    expect(saved).toContain('kind=CONTACT');

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('consent.png');
    const bytes = await readFile((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('consent.svg');

    // A slice of the donut, halfway between its inner and outer radius, on the right.
    const box = (await chart.boundingBox())!;
    const radius = Math.min(box.width, box.height) / 2;
    await page.mouse.click(box.x + box.width / 2 + radius * 0.5, box.y + box.height / 2);
    await page.waitForURL(/\/contacts\?drill=/);
    await page.getByText('The records of a report cell').waitFor();
    await page.getByRole('table', { name: 'Contacts' }).getByRole('link').first().waitFor();
    await screenshot(page, 'reports-drilled-contacts');

    await page.goto(saved);
    await page.getByRole('img', { name: /Consent: chart/ }).waitFor();
  });
});
