import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`;
const READ = `query($id: ID!) { activity(id: $id) { startsAt endsAt version } }`;

/** A month far ahead, which the demo data leaves empty. */
const CALENDAR = '/calendar?date=2031-05-14';

describe('Calendar', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let subject: string;
  let meetingId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await context?.close();
  });

  it('as an editor: switches views, drags a meeting to another day, downloads the .ics', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', CALENDAR);
    subject = uniqueName('Calendar kick-off');
    const created = await graphql<{ createActivity: { id: string } }>(page, CREATE, {
      input: { kind: 'MEETING', subject, startsAt: '2031-05-14T10:00:00Z', endsAt: '2031-05-14T11:30:00Z' },
    });
    meetingId = created.createActivity.id;
    await graphql(page, CREATE, {
      input: { kind: 'TODO', subject: `${subject} minutes`, dueAt: '2031-05-15T09:00:00Z' },
    });
    await page.goto(CALENDAR);

    const month = page.getByRole('table', { name: 'May 2031' });
    const meeting = month.getByRole('link', { name: subject, exact: true });
    await meeting.waitFor();
    await expectNoSeriousA11yViolations(page, 'the calendar by month');
    await screenshot(page, 'calendar-month');

    await page.getByText('Week', { exact: true }).click();
    await page
      .getByRole('table', { name: 'Week of 12 May 2031' })
      .getByRole('link', { name: subject, exact: true })
      .waitFor();
    await expectNoSeriousA11yViolations(page, 'the calendar by week');
    await screenshot(page, 'calendar-week');

    await page.getByText('Agenda', { exact: true }).click();
    const day = page.getByRole('list', { name: /14 May 2031/ });
    await day.getByRole('link', { name: subject, exact: true }).waitFor();
    await page
      .getByRole('list', { name: /15 May 2031/ })
      .getByRole('link', { name: `${subject} minutes` })
      .waitFor();
    await expectNoSeriousA11yViolations(page, 'the calendar as an agenda');
    await screenshot(page, 'calendar-agenda');

    await page.getByText('Month', { exact: true }).click();
    await meeting.waitFor();
    // Dragged by its subject (the link), two days on: it keeps its hour and its length.
    const item = page.locator(`[data-activity-id="${meetingId}"]`);
    const from = (await item.boundingBox())!;
    const target = (await month.locator('td[data-drop="day:2031-05-16"]').boundingBox())!;
    await page.mouse.move(from.x + 20, from.y + from.height - 8);
    await page.mouse.down();
    await page.mouse.move(from.x + 40, from.y + from.height - 8, { steps: 5 });
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 15 });
    await page.mouse.up();
    await page.getByText('Rescheduled').first().waitFor();
    await month.locator('td[data-drop="day:2031-05-16"]').getByRole('link', { name: subject, exact: true }).waitFor();
    const saved = await graphql<{ activity: { startsAt: string; endsAt: string; version: number } }>(page, READ, {
      id: meetingId,
    });
    expect(saved.activity).toEqual({
      startsAt: '2031-05-16T10:00:00.000Z',
      endsAt: '2031-05-16T11:30:00.000Z',
      version: 2,
    });
    await screenshot(page, 'calendar-after-drag');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my .ics' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('liaison.ics');
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    const unfolded = ics.replace(/\r\n /g, '');
    expect(unfolded).toContain(`UID:activity-${meetingId}@liaison`);
    expect(unfolded).toContain(`SUMMARY:${subject}\r\n`);
    expect(unfolded).toContain('DTSTART:20310516T100000Z');
    expect(unfolded).toContain('DTEND:20310516T113000Z');
    expect(unfolded).toMatch(/BEGIN:VTODO\r\n[^]*?DUE:20310515T090000Z[^]*?STATUS:NEEDS-ACTION[^]*?END:VTODO/);
  });

  it('as the viewer: reads the calendar but is offered no way to reschedule', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer', `${CALENDAR}&scope=everyone`);
    await page.getByRole('table', { name: 'May 2031' }).getByRole('link', { name: subject, exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /Reschedule/ }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'the calendar for a viewer');
    await screenshot(page, 'calendar-viewer');
  });
});
