import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

interface OrganizationState {
  name: string;
  city: string | null;
  deletedAt: string | null;
}

async function organizationState(page: Page, id: string): Promise<OrganizationState> {
  const { organization } = await graphql<{ organization: OrganizationState }>(
    page,
    'query ($id: ID!) { organization(id: $id) { name city deletedAt } }',
    { id },
  );
  return organization;
}

describe('Conflicts, trash and history, as two editors', () => {
  let browser: Browser;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
  });

  async function editorPage(): Promise<Page> {
    const { context, page } = await newPage(browser);
    contexts.push(context);
    await signIn(page, 'editor');
    return page;
  }

  it('shows both sides of a conflict, re-applies my edits, moves to the trash, restores and reverts', async () => {
    const [mine, theirs] = [await editorPage(), await editorPage()];
    const name = uniqueName('E2E Conflict Institute');
    const renamed = `${name} renamed`;
    const { createOrganization } = await graphql<{ createOrganization: { id: string } }>(
      mine,
      'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name, kind: 'RESEARCH_INSTITUTE', city: 'Lyon' } },
    );
    const id = createOrganization.id;

    // Both open the form of the same version.
    for (const page of [mine, theirs]) {
      await page.goto(`/organizations/${id}/edit`);
      await page.getByRole('textbox', { name: 'Name' }).waitFor();
    }
    // They change the city and save first.
    await theirs.getByRole('textbox', { name: 'City' }).fill('Grenoble');
    await theirs.getByRole('button', { name: 'Save changes' }).click();
    await theirs.waitForURL(new RegExp(`/organizations/${id}$`));

    // I change the name, on the version I opened: the dialog shows their change and mine.
    await mine.getByRole('textbox', { name: 'Name' }).fill(renamed);
    await mine.getByRole('button', { name: 'Save changes' }).click();
    const dialog = mine.getByRole('dialog', { name: 'Someone else changed this meanwhile' });
    await dialog.waitFor();
    const city = dialog.getByRole('row', { name: /^City/ });
    expect(await city.getByRole('cell').allTextContents()).toEqual(['Lyon', 'GrenobleThey changed it', 'Lyon']);
    const nameRow = dialog.getByRole('row', { name: /^Name/ });
    expect(await nameRow.getByRole('cell').allTextContents()).toEqual([name, name, `${renamed}You changed it`]);
    await screenshot(mine, 'conflict-dialog');
    await expectNoSeriousA11yViolations(mine, 'the conflict dialog');

    await dialog.getByRole('button', { name: 'Re-apply my edits' }).click();
    await mine.waitForURL(new RegExp(`/organizations/${id}$`));
    await mine.getByRole('heading', { level: 1, name: renamed, exact: true }).waitFor();
    expect(await organizationState(mine, id)).toEqual({ name: renamed, city: 'Grenoble', deletedAt: null });

    // Delete it, find it in the trash, restore it.
    await mine.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = mine.getByRole('dialog', { name: `Delete ${renamed}?` });
    await confirm.getByRole('button', { name: 'Delete organization' }).click();
    await mine.getByText(`${renamed} was moved to the trash`).waitFor();
    await mine.getByText('In the trash', { exact: true }).waitFor();
    expect((await organizationState(mine, id)).deletedAt).not.toBeNull();

    await mine.goto('/trash');
    await mine.getByRole('heading', { level: 1, name: 'Trash' }).waitFor();
    const trash = mine.getByRole('table', { name: 'Deleted records' });
    await trash.getByRole('link', { name: renamed }).waitFor();
    await screenshot(mine, 'trash');
    await expectNoSeriousA11yViolations(mine, 'the trash');
    await trash.getByRole('button', { name: `Restore ${renamed}` }).click();
    await mine.getByText(`${renamed} was restored.`).waitFor();
    await trash.getByRole('link', { name: renamed }).waitFor({ state: 'detached' });
    expect((await organizationState(mine, id)).deletedAt).toBeNull();

    // Revert my rename from the history: the page shows the old name again.
    await mine.goto(`/organizations/${id}`);
    await mine.getByRole('heading', { level: 1, name: renamed, exact: true }).waitFor();
    await mine.getByRole('tab', { name: 'History' }).click();
    const revert = mine.getByRole('button', { name: /^Revert “Changed: Name” of/ });
    await revert.waitFor();
    await screenshot(mine, 'organization-history');
    await expectNoSeriousA11yViolations(mine, 'a history tab');
    await revert.click();
    await mine.getByRole('dialog', { name: 'Revert this change?' }).getByRole('button', { name: 'Revert' }).click();
    await mine.getByText('The change was reverted.').waitFor();
    await mine.getByRole('heading', { level: 1, name, exact: true }).waitFor();
    expect(await organizationState(mine, id)).toEqual({ name, city: 'Grenoble', deletedAt: null });

    // The revert is a change of its own, which can be reverted in turn: the rename comes back.
    const undo = mine.getByRole('button', { name: /^Revert “Undone/ });
    await undo.waitFor();
    await undo.click();
    await mine.getByRole('dialog', { name: 'Revert this change?' }).getByRole('button', { name: 'Revert' }).click();
    await mine.getByRole('heading', { level: 1, name: renamed, exact: true }).waitFor();
    expect(await organizationState(mine, id)).toEqual({ name: renamed, city: 'Grenoble', deletedAt: null });
  });
});
