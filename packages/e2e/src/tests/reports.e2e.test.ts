import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uniqueName } from '../support/api';
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

    // A figure of the tasks workload opens the project tasks it counts.
    await page.goto('/reports');
    await page.getByRole('button', { name: 'Open project tasks per assignee, overdue first' }).click();
    await page.getByRole('heading', { name: 'Open project tasks per assignee, overdue first' }).waitFor();
    await page.getByText('Table', { exact: true }).click();
    const tasksFigure = page.getByRole('table', { name: 'Report data' }).getByRole('link').first();
    const tasks = Number(await tasksFigure.textContent());
    await tasksFigure.click();
    await page.waitForURL(/\/project-tasks\?drill=/);
    await page.getByRole('table', { name: 'Project tasks' }).getByRole('link').first().waitFor();
    expect(await listTotal(page)).toBe(tasks);
    await page.mouse.move(0, 0); // the row under the clicked figure is no longer hovered
    await screenshot(page, 'reports-drilled-tasks');
    await expectNoSeriousA11yViolations(page, 'the project tasks of a report cell');
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

    // A viewer saves nothing: neither a report nor a dashboard widget is offered.
    expect(await page.getByRole('button', { name: 'Add to dashboard' }).count()).toBe(0);
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
  it('as the admin: saves a built report, adds it to a new dashboard and edits that; the viewer sees it but may not edit it', async () => {
    const reportName = uniqueName('Consent');
    const boardName = uniqueName('Outreach board');
    ({ context, page } = await newPage(browser));
    await signIn(page, 'admin', '/reports/new');
    await page.getByRole('heading', { name: 'Build a report' }).waitFor();
    await choose(page, 'Records', 'Contacts');
    await choose(page, 'Group by', 'With consent');
    await choose(page, 'Chart', 'bar');
    await page.getByRole('textbox', { name: 'Title' }).fill(reportName);
    await page.getByRole('img', { name: new RegExp(`${reportName}: chart`) }).waitFor();
    await page.getByRole('button', { name: 'Save report' }).click();
    const save = page.getByRole('dialog', { name: 'Save this report' });
    await save.getByText('Everyone', { exact: true }).click();
    await save.getByRole('button', { name: 'Save report' }).click();
    await page.waitForURL(/\/reports\/saved\//);
    await page.getByRole('heading', { level: 1, name: reportName }).waitFor();

    // Add it to a new dashboard, kept private for now.
    await page.getByRole('button', { name: 'Add to dashboard' }).click();
    const add = page.getByRole('dialog', { name: 'Add to a dashboard' });
    await choose(page, 'Dashboard', 'A new dashboard…');
    await add.getByRole('textbox', { name: 'Name of the new dashboard' }).fill(boardName);
    expect(await add.getByRole('combobox', { name: 'Chart' }).inputValue()).toBe('Bar');
    await expectNoSeriousA11yViolations(page, 'adding a report to a dashboard');
    await add.getByRole('button', { name: 'Add to dashboard' }).click();
    await page.waitForURL(/\/dashboards\/[0-9a-f-]+$/);
    const dashboardUrl = page.url();
    await page.getByRole('heading', { level: 1, name: boardName }).waitFor();
    await page.getByRole('region', { name: reportName }).getByRole('img', { name: /chart/ }).waitFor();
    await page.getByText('Shared with: Only its owner').waitFor();

    // Edit it: a built-in report and a text added, the text moved first, the built-in removed,
    // the period set and the dashboard shared with everyone.
    await page.getByRole('button', { name: 'Edit dashboard' }).click();
    const editor = page.getByRole('form', { name: 'Edit the dashboard' });
    await editor.waitFor();
    for (const [kind, fill] of [
      ['Built-in report', async () => choose(page, 'Built-in report', 'Open needs by country')],
      ['Text', async () => page.getByRole('textbox', { name: 'Text', exact: true }).fill('**Our month** in figures')],
    ] as const) {
      await editor.getByRole('button', { name: 'Add a widget' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a widget' });
      await dialog.getByText(kind, { exact: true }).click();
      await fill();
      if (kind === 'Text') await dialog.getByRole('textbox', { name: 'Title' }).fill('Notes');
      await dialog.getByRole('button', { name: 'Add widget' }).click();
      await dialog.waitFor({ state: 'hidden' });
    }
    const widgets = editor.getByRole('listitem');
    await expect(widgets.evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')))).resolves.toEqual([
      reportName,
      'Open needs by country',
      'Notes',
    ]);
    // Reordered with the keyboard.
    await editor.getByRole('button', { name: 'Move Notes up' }).focus();
    await page.keyboard.press('Enter');
    await editor.getByRole('button', { name: 'Move Notes up' }).press('Enter');
    await editor.getByRole('button', { name: 'Remove Open needs by country' }).click();
    await choose(page, `Width of ${reportName}`, 'Full width');
    await choose(page, 'Period', 'Last 12 months');
    await editor.getByText('Everyone', { exact: true }).click();
    await expect(widgets.evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')))).resolves.toEqual([
      'Notes',
      reportName,
    ]);
    await screenshot(page, 'dashboard-editing');
    await expectNoSeriousA11yViolations(page, 'the dashboard editor');
    await editor.getByRole('button', { name: 'Save dashboard' }).click();
    await page.getByText('Dashboard saved').waitFor();
    await page.getByText('Shared with: Everyone').waitFor();
    await page.getByRole('region', { name: 'Notes' }).getByText('Our month').waitFor();
    await expect(page.getByRole('region', { name: 'Open needs by country' }).count()).resolves.toBe(0);
    expect(await page.getByRole('combobox', { name: 'Period' }).inputValue()).toBe('Last 12 months');
    const regions = await page
      .getByRole('region')
      .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));
    expect(regions.indexOf('Notes')).toBeLessThan(regions.indexOf(reportName));
    await page.getByRole('region', { name: reportName }).getByRole('img', { name: /chart/ }).waitFor();
    await page.waitForTimeout(1_000);
    await screenshot(page, 'dashboard-saved');
    await expectNoSeriousA11yViolations(page, 'a saved dashboard');
    // The server draws it as the page shows it: from the keyboard, the PDF; with the mouse, the PNG.
    await page.getByRole('button', { name: 'Export', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'PDF' }).waitFor();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('PDF');
    await expectNoSeriousA11yViolations(page, 'the export menu of a dashboard');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
    const exported = new URL(pdf.url()).searchParams;
    expect(exported.get('period')).toBe('LAST_12_MONTHS');
    expect(exported.get('timeZone')).toBe(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone));
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [board] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'PNG' }).click(),
    ]);
    expect((await readFile((await board.path())!)).subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    await context.close();

    // The viewer sees it, is offered no editing, and the server refuses a change.
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer', new URL(dashboardUrl).pathname);
    await page.getByRole('heading', { level: 1, name: boardName }).waitFor();
    await page.getByRole('region', { name: reportName }).getByRole('img', { name: /chart/ }).waitFor();
    await expect(page.getByRole('button', { name: 'Edit dashboard' }).count()).resolves.toBe(0);
    // The widget exports its data and drills from a bar (consent "Yes", the right one) to its contacts.
    const widget = page.getByRole('region', { name: reportName });
    const [csv] = await Promise.all([page.waitForEvent('download'), widget.getByRole('link', { name: 'CSV' }).click()]);
    expect((await readFile((await csv.path())!, 'utf8')).split('\r\n')[0]).toBe('With consent,Count');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      widget.getByRole('button', { name: 'PNG' }).click(),
    ]);
    expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe('PNG');
    // The viewer exports the whole dashboard as well, drawn with what the viewer may see.
    const exportAs = async (format: string) => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: format }).click(),
      ]);
      return readFile((await download.path())!);
    };
    expect((await exportAs('PDF')).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await exportAs('PNG')).subarray(1, 4).toString()).toBe('PNG');
    await page.waitForTimeout(1_000); // the chart's entry animation
    const chart = widget.getByRole('img', { name: /chart/ });
    await chart.scrollIntoViewIfNeeded();
    const bars = (await chart.boundingBox())!;
    await page.mouse.click(bars.x + bars.width * 0.77, bars.y + bars.height * 0.8);
    await page.waitForURL(/\/contacts\?drill=/);
    await page.getByRole('table', { name: 'Contacts' }).getByRole('link').first().waitFor();
    await page.goto(`${dashboardUrl}?edit=1`);
    await page.getByRole('region', { name: 'Notes' }).waitFor();
    await expect(page.getByRole('form', { name: 'Edit the dashboard' }).count()).resolves.toBe(0);
    await expectNoSeriousA11yViolations(page, 'a dashboard shared with the viewer');
    await screenshot(page, 'dashboard-viewer');
    const id = new URL(dashboardUrl).pathname.split('/').pop();
    const refused = await page.request.post('/graphql', {
      data: {
        query: 'mutation($input: UpdateDashboardInput!) { updateDashboard(input: $input) { id } }',
        variables: { input: { id, version: 2, name: 'Taken over' } },
      },
    });
    const body = (await refused.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await page.goto('/dashboards');
    await page.getByRole('link', { name: new RegExp(boardName) }).waitFor();
    await expect(page.getByRole('button', { name: 'New dashboard' }).count()).resolves.toBe(0);
  });
});
