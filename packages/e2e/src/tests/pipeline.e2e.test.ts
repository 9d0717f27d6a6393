import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

const PIPELINES = `query { pipelines { id name stages { id name } } }`;
const CREATE_ORGANIZATION = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`;
const HISTORY = `query($id: ID!) { opportunity(id: $id) { stage { name } version stageChanges { fromStage { name } toStage { name } cause } } }`;

interface Pipeline {
  id: string;
  name: string;
  stages: { id: string; name: string }[];
}

/** "3 engagements · 12 people": the column's count. */
async function countIn(column: Locator): Promise<number> {
  const text = await column.getByTestId('column-totals').innerText();
  return Number(/^([\d,]+) /.exec(text)![1]!.replace(/,/g, ''));
}

/** Waits until the column's count is `expected` (the board answers a move at once, the save follows). */
async function untilCount(column: Locator, expected: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await countIn(column)) !== expected) {
    if (Date.now() > deadline) throw new Error(`the column still counts ${await countIn(column)}, not ${expected}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Pipeline board', () => {
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

  it('moves an engagement through the stages by keyboard, menu and pointer, and keeps it there', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/pipeline');
    const { pipelines } = await graphql<{ pipelines: Pipeline[] }>(page, PIPELINES);
    const outreach = pipelines.find((pipeline) => pipeline.name === 'Outreach')!;
    const title = uniqueName('Induction of the ocean data community');
    const organization = await graphql<{ createOrganization: { id: string } }>(page, CREATE_ORGANIZATION, {
      input: { name: uniqueName('Ocean Data Institute'), kind: 'RESEARCH_INSTITUTE', country: 'PT' },
    });
    const created = await graphql<{ createOpportunity: { id: string } }>(page, CREATE, {
      input: {
        title,
        pipelineId: outreach.id,
        organizationId: organization.createOrganization.id,
        expectedValue: 40,
        nextStep: 'Send the induction pack',
      },
    });
    const id = created.createOpportunity.id;

    await page.goto(`/pipeline/${outreach.id}`);
    const column = (name: string) => page.getByRole('region', { name, exact: true });
    const card = page.locator(`[data-card-id="${id}"]`);
    await column('Dissemination').locator(`[data-card-id="${id}"]`).waitFor();
    const before = {
      dissemination: await countIn(column('Dissemination')),
      induction: await countIn(column('Induction')),
      training: await countIn(column('Training')),
    };
    await expectNoSeriousA11yViolations(page, 'the outreach board');
    await screenshot(page, 'pipeline-board');

    // By keyboard: Space picks it up, the right arrow goes to Induction, Space drops it there.
    await page.getByRole('button', { name: `Drag engagement ${title}` }).focus();
    await page.keyboard.press('Space');
    await page.getByText(`Picked up engagement ${title} in stage Dissemination.`).waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowRight');
    await page.getByText(`Engagement ${title} is over stage Induction.`).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await column('Induction').locator(`[data-card-id="${id}"]`).waitFor();
    await untilCount(column('Dissemination'), before.dissemination - 1);
    expect(await countIn(column('Induction'))).toBe(before.induction + 1);

    // By its menu, the way without dragging: on to Training.
    await card.getByRole('button', { name: `Move “${title}” to stage…` }).click();
    await page.getByRole('menuitem', { name: 'Training' }).click();
    await column('Training').locator(`[data-card-id="${id}"]`).waitFor();
    await untilCount(column('Training'), before.training + 1);
    expect(await countIn(column('Induction'))).toBe(before.induction);
    await screenshot(page, 'pipeline-board-after-moves');

    // By pointer: dragged by its handle onto Support.
    const support = await countIn(column('Support'));
    const handle = (await card.getByRole('button', { name: `Drag engagement ${title}` }).boundingBox())!;
    const target = (await column('Support').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + 30, handle.y + 10, { steps: 5 });
    await page.mouse.move(target.x + target.width / 2, target.y + 200, { steps: 15 });
    await page.mouse.up();
    await column('Support').locator(`[data-card-id="${id}"]`).waitFor();
    await untilCount(column('Support'), support + 1);

    await page.reload();
    await column('Support').locator(`[data-card-id="${id}"]`).waitFor();
    expect(await countIn(column('Support'))).toBe(support + 1);
    expect(await countIn(column('Training'))).toBe(before.training);
    const saved = await graphql<{
      opportunity: {
        stage: { name: string };
        stageChanges: { fromStage: { name: string } | null; toStage: { name: string } }[];
      };
    }>(page, HISTORY, { id });
    expect(saved.opportunity.stage.name).toBe('Support');
    expect(
      saved.opportunity.stageChanges.map((change) => [change.fromStage?.name ?? null, change.toStage.name]),
    ).toEqual([
      [null, 'Dissemination'],
      ['Dissemination', 'Induction'],
      ['Induction', 'Training'],
      ['Training', 'Support'],
    ]);

    // The list view shows the same records; the engagement's page tells its stage history.
    await page.getByText('List', { exact: true }).click();
    await page.waitForURL(/view=list/);
    await page.getByRole('table', { name: 'Engagements' }).getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText(/^Moved from Dissemination to Induction by Eddie Editor on /).waitFor();
    await page.getByText(/^Moved from Induction to Training by Eddie Editor on /).waitFor();
    await page.getByText(/^Moved from Training to Support by Eddie Editor on /).waitFor();
    await expectNoSeriousA11yViolations(page, 'an engagement’s page');
    await screenshot(page, 'pipeline-engagement');
  });

  it('as the viewer: reads the board but is offered no way to move a card', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer', '/pipeline');
    await page.getByRole('region', { name: 'Dissemination', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: /^Drag engagement/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /to stage…$/ }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'the board for a viewer');
  });

  it('as the admin: adds a stage to a pipeline, renames it and removes it', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'admin', '/admin/pipelines');
    const stages = page.getByRole('table', { name: 'Stages of Partnership' });
    await stages.waitFor();
    await expectNoSeriousA11yViolations(page, 'the pipelines’ settings');
    await screenshot(page, 'pipeline-settings');

    const name = uniqueName('Renewal');
    await page.getByRole('region', { name: 'Partnership' }).getByRole('button', { name: 'Add stage' }).click();
    const add = page.getByRole('dialog', { name: 'Add a stage to Partnership' });
    await add.getByRole('textbox', { name: 'Name' }).fill(name);
    await add.getByRole('button', { name: 'Save' }).click();
    await stages.getByRole('rowheader', { name }).waitFor();

    await page.getByRole('button', { name: `Edit ${name}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit the stage ${name}` });
    await edit.getByRole('textbox', { name: 'Name' }).fill(`${name} talks`);
    await edit.getByRole('button', { name: 'Save' }).click();
    await stages.getByRole('rowheader', { name: `${name} talks` }).waitFor();

    await page.getByRole('button', { name: `Remove ${name} talks` }).click();
    const remove = page.getByRole('dialog', { name: `Remove the stage ${name} talks` });
    await expectNoSeriousA11yViolations(page, 'removing a stage');
    await remove.getByRole('button', { name: 'Remove stage' }).click();
    await remove.waitFor({ state: 'detached' });
    expect(await stages.getByRole('rowheader', { name: `${name} talks` }).count()).toBe(0);
  });
});
