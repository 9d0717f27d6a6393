import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { DEMO_NAMES, signIn } from '../support/signIn';

interface Person {
  id: string;
  name: string;
}

/** Two seeded users who are not the demo accounts, to deactivate one and hand their records to the other. */
async function twoSeededUsers(page: Page): Promise<[Person, Person]> {
  const { users } = await graphql<{ users: { nodes: Person[] } }>(
    page,
    `
      {
        users(first: 100, filter: { active: true, roles: [EDITOR] }) {
          nodes {
            id
            name
          }
        }
      }
    `,
  );
  const demo = new Set(Object.values(DEMO_NAMES));
  const seeded = users.nodes.filter((user) => !demo.has(user.name));
  const [leaving, heir] = [seeded[0], seeded.find((user) => user.name !== seeded[0].name)!];
  return [leaving, heir];
}

const ownedCounts = async (page: Page, id: string) =>
  (
    await graphql<{ user: { ownedRecordCounts: { count: number }[] } }>(
      page,
      `
        query ($id: ID!) {
          user(id: $id) {
            ownedRecordCounts {
              count
            }
          }
        }
      `,
      { id },
    )
  ).user.ownedRecordCounts;

describe('Users, teams, tags and expertise', () => {
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

  it('as the admin: deactivates a user after handing over their records, and reactivates them', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'admin', '/admin/users');
    const table = page.getByRole('table', { name: 'Users' });
    await table.getByText(DEMO_NAMES.admin).waitFor();
    await expectNoSeriousA11yViolations(page, 'the users page');
    await screenshot(page, 'admin-users');

    const [leaving, heir] = await twoSeededUsers(page);
    await page.getByRole('textbox', { name: 'Search users' }).fill(leaving.name);
    await page.getByRole('button', { name: `Deactivate ${leaving.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Deactivate ${leaving.name}` });
    const owned = dialog.getByTestId('owned-records');
    await owned.waitFor();
    const total = (await ownedCounts(page, leaving.id)).reduce((sum, { count }) => sum + count, 0);
    if (total > 0) {
      expect(await owned.textContent()).toContain(`${leaving.name} owns ${total} records:`);
      await dialog.getByRole('combobox', { name: 'Hand their records to' }).fill(heir.name);
      await page.getByRole('option', { name: heir.name, exact: true }).click();
    } else {
      expect(await owned.textContent()).toBe(`${leaving.name} owns no records.`);
    }
    await expectNoSeriousA11yViolations(page, 'the deactivate dialog');
    await screenshot(page, 'admin-deactivate-user');
    await dialog
      .getByRole('button', { name: /deactivate/i })
      .last()
      .click();
    await page.getByText(new RegExp(`^${leaving.name} was deactivated`)).waitFor();
    expect(await ownedCounts(page, leaving.id)).toEqual([]);
    const row = table.getByRole('row').filter({ hasText: leaving.name });
    await row.getByText('Deactivated').waitFor();

    await page.getByRole('button', { name: `Reactivate ${leaving.name}` }).click();
    await row.getByText('Active', { exact: true }).waitFor();

    await page.getByRole('combobox', { name: `Role of ${leaving.name}` }).click();
    await page.getByRole('option', { name: 'Viewer' }).click();
    await page.getByText(`${leaving.name} is now viewer.`).waitFor();
    // Nobody is offered to deactivate themselves.
    await page.getByRole('textbox', { name: 'Search users' }).fill(DEMO_NAMES.admin);
    await table.getByText(DEMO_NAMES.admin).waitFor();
    expect(await page.getByRole('button', { name: `Deactivate ${DEMO_NAMES.admin}` }).count()).toBe(0);
  });

  it('as the admin: creates a team, manages its members, renames and deletes it', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'admin', '/admin/users');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Users and teams' }).waitFor();
    await page.getByRole('link', { name: 'Teams', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
    const [member] = await twoSeededUsers(page);

    const code = `E2E_${Date.now().toString(36).toUpperCase()}`;
    const name = uniqueName('Outreach squad');
    await page.getByRole('button', { name: 'New team' }).click();
    const create = page.getByRole('dialog', { name: 'New team' });
    await create.getByRole('textbox', { name: 'Code' }).fill(code);
    await create.getByRole('textbox', { name: 'Name' }).fill(name);
    await create.getByRole('button', { name: 'Create team' }).click();
    const team = page.getByRole('region', { name });
    await team.waitFor();

    await team.getByRole('combobox', { name: `Add a member to ${name}` }).fill(member.name);
    await page.getByRole('option', { name: member.name, exact: true }).click();
    await team.getByRole('button', { name: 'Add' }).click();
    await team
      .getByRole('table', { name: `Members of ${name}` })
      .getByText(member.name)
      .waitFor();
    await team.getByRole('combobox', { name: `Role of ${member.name} in ${name}` }).click();
    await page.getByRole('option', { name: 'Lead' }).click();
    await page.getByText(`${member.name} is now a lead of ${name}.`).waitFor();
    await expectNoSeriousA11yViolations(page, 'the teams page');
    await screenshot(page, 'admin-teams');

    await team.getByRole('button', { name: `Rename ${name}` }).click();
    const rename = page.getByRole('dialog', { name: `Rename ${name}` });
    const renamed = `${name} renamed`;
    await rename.getByRole('textbox', { name: 'Name' }).fill(renamed);
    await rename.getByRole('button', { name: 'Save' }).click();
    const again = page.getByRole('region', { name: renamed });
    await again.waitFor();
    await again.getByRole('button', { name: `Remove ${member.name} from ${renamed}` }).click();
    await again.getByText('No members yet.').waitFor();
    await again.getByRole('button', { name: `Delete ${renamed}` }).click();
    await page.getByText(`${renamed} was moved to the trash.`).waitFor();
    await again.waitFor({ state: 'detached' });
  });

  it('as the admin: creates, recolours, merges and deletes tags, with their use counted by kind', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'admin', '/tags');
    const table = page.getByRole('table', { name: 'Tags' });
    await table.getByRole('row').nth(1).waitFor();

    const [duplicate, survivor] = [uniqueName('Open sci'), uniqueName('Open science')];
    for (const label of [duplicate, survivor]) {
      await page.getByRole('button', { name: 'New tag' }).click();
      const dialog = page.getByRole('dialog', { name: 'New tag' });
      await dialog.getByRole('textbox', { name: 'Label' }).fill(label);
      await dialog.getByRole('button', { name: 'Create tag' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    const { tags } = await graphql<{ tags: { nodes: { id: string; label: string }[] } }>(
      page,
      `
        query ($text: String) {
          tags(filter: { text: $text }) {
            nodes {
              id
              label
            }
          }
        }
      `,
      { text: duplicate },
    );
    const { organizations } = await graphql<{ organizations: { nodes: { id: string }[] } }>(
      page,
      `
        {
          organizations(first: 2) {
            nodes {
              id
            }
          }
        }
      `,
    );
    const duplicateId = tags.nodes.find((tag) => tag.label === duplicate)!.id;
    await graphql(
      page,
      `
        mutation ($input: TagRecordsInput!) {
          tagRecords(input: $input) {
            count
          }
        }
      `,
      {
        input: { tagId: duplicateId, organizationIds: organizations.nodes.map((org) => org.id) },
      },
    );

    await page.reload();
    const duplicateRow = table.getByRole('row').filter({ hasText: duplicate });
    await duplicateRow.getByText('2 organizations').waitFor();

    await page.getByRole('button', { name: `Merge ${duplicate}` }).click();
    const merge = page.getByRole('dialog', { name: `Merge the tag ${duplicate}` });
    await merge.getByRole('combobox', { name: 'Into the tag' }).fill(survivor);
    await page.getByRole('option', { name: survivor }).click();
    await merge.getByText(`The 2 records tagged ${duplicate} will be tagged ${survivor} instead`).waitFor();
    await expectNoSeriousA11yViolations(page, 'the merge tag dialog');
    await merge.getByRole('button', { name: 'Merge' }).click();
    await merge.waitFor({ state: 'detached' });
    const survivorRow = table.getByRole('row').filter({ hasText: survivor });
    await survivorRow.getByText('2 organizations').waitFor();
    expect(await table.getByRole('row').filter({ hasText: duplicate }).count()).toBe(0);

    await page.getByRole('button', { name: `Edit ${survivor}` }).click();
    const edit = page.getByRole('dialog', { name: `Edit the tag ${survivor}` });
    await edit.getByRole('textbox', { name: 'Colour' }).fill('#1f77b4');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.waitFor({ state: 'detached' });
    await expectNoSeriousA11yViolations(page, 'the tags page');
    await screenshot(page, 'tags');

    await page.getByRole('button', { name: `Delete ${survivor}` }).click();
    await page.getByText(`${survivor} was moved to the trash.`).waitFor();
  });

  it('as the editor: finds who knows about a topic, with their organizations and recent activity', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/experts?topic=cloud');
    await page.getByRole('heading', { name: /^In our teams \(\d+\)$/ }).waitFor();
    await page.getByRole('heading', { name: /^Among our contacts \(\d+\)$/ }).waitFor();
    const card = page.getByRole('article').first();
    await card.getByText('Recent activity').waitFor();
    await expectNoSeriousA11yViolations(page, 'the expertise finder');
    await screenshot(page, 'experts');
  });

  it('as the viewer: reads users, teams, tags and experts but is offered no admin control', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer', '/admin/users');
    await page.getByRole('table', { name: 'Users' }).getByText(DEMO_NAMES.admin).waitFor();
    const navigation = page.getByRole('navigation', { name: 'Sections' });
    await navigation.getByRole('link', { name: 'Tags' }).waitFor();
    expect(await navigation.getByRole('link', { name: 'Users and teams' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Deactivate / }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: /^Role of / }).count()).toBe(0);
    await screenshot(page, 'admin-users-viewer');

    await page.getByRole('link', { name: 'Teams', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Teams' }).waitFor();
    await page.getByRole('region').first().waitFor();
    expect(await page.getByRole('button', { name: 'New team' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Rename|Delete|Remove) / }).count()).toBe(0);

    await navigation.getByRole('link', { name: 'Tags' }).click();
    await page.getByRole('table', { name: 'Tags' }).getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('button', { name: 'New tag' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Edit|Merge|Delete) / }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'the tags page, as the viewer');

    await page.goto('/experts?topic=cloud');
    await page.getByRole('heading', { name: /^Among our contacts \(\d+\)$/ }).waitFor();
    await page.getByRole('article').first().waitFor();
    // Viewers see no contact details.
    expect(await page.locator('section[aria-labelledby="expert-contacts"] a[href^="mailto:"]').count()).toBe(0);
  });
});
