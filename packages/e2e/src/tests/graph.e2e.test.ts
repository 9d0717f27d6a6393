import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { graphql } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

interface Contact {
  id: string;
  name: string;
}

/** Two seeded contacts with names of their own, who work at the same organization. */
async function twoConnectedContacts(page: Page): Promise<[Contact, Contact]> {
  const { contacts } = await graphql<{ contacts: { nodes: Contact[] } }>(
    page,
    '{ contacts(first: 40, orderBy: { field: NAME }) { nodes { id name } } }',
  );
  const unique = async (name: string) => {
    const { contacts: found } = await graphql<{ contacts: { totalCount: number } }>(
      page,
      'query ($text: String) { contacts(filter: { text: $text }) { totalCount } }',
      { text: name },
    );
    return found.totalCount === 1;
  };
  for (const contact of contacts.nodes) {
    if (!(await unique(contact.name))) continue;
    const { graphNeighborhood } = await graphql<{
      graphNeighborhood: { nodes: { id: string; kind: string; label: string }[] };
    }>(
      page,
      `
        query ($input: GraphNeighborhoodInput!) {
          graphNeighborhood(input: $input) {
            nodes {
              id
              kind
              label
            }
          }
        }
      `,
      { input: { seeds: [contact.id], depth: 2, edgeKinds: ['AFFILIATION'], includePast: false } },
    );
    for (const other of graphNeighborhood.nodes) {
      if (other.kind === 'CONTACT' && other.id !== contact.id && (await unique(other.label)))
        return [contact, { id: other.id, name: other.label }];
    }
  }
  throw new Error('the demo data has no two colleagues with names of their own');
}

/** The number of records the view says it shows. */
async function recordCount(page: Page): Promise<number> {
  const text = await page.getByText(/^\d+ records, \d+ links/).textContent();
  return Number.parseInt(text ?? '0', 10);
}

/** Waits until `read` answers what `ok` accepts (a value the page updates on its own). */
async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function download(page: Page, item: string): Promise<{ download: Download; body: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = await file.path();
  return { download: file, body: readFileSync(path) };
}

describe('Graph', () => {
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

  it('opens from a record, expands, finds a path between two contacts, exports PNG and GEXF', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/contacts');
    const [ana, bo] = await twoConnectedContacts(page);

    // From the record's page to its neighbourhood.
    await page.goto(`/contacts/${ana.id}`);
    await page.getByRole('heading', { level: 1, name: ana.name }).waitFor();
    await page.locator('#main').getByRole('link', { name: 'Graph' }).click();
    await page.waitForURL(/\/graph\?/);
    expect(new URL(page.url()).searchParams.get('seeds')).toBe(ana.id);
    await page.getByRole('heading', { level: 2, name: ana.name }).waitFor();
    const before = await recordCount(page);
    expect(before).toBeGreaterThan(1);
    await page.locator('.sigma-container canvas').first().waitFor();
    await screenshot(page, 'graph-neighbourhood');
    await expectNoSeriousA11yViolations(page, 'the graph view');

    // Select one of its organizations and expand it: more records, and the URL says so.
    const links = page.getByRole('list').filter({ hasText: 'Affiliation' }).getByRole('button');
    await links.first().click();
    await page.getByRole('button', { name: 'Expand neighbours' }).click();
    await page.waitForURL(/expanded=/);
    expect(
      await eventually(
        () => recordCount(page),
        (count) => count > before,
      ),
    ).toBeGreaterThan(before);

    // How is Ana connected to Bo? From Ana's details, then Bo picked by name.
    await page.getByRole('button', { name: 'Show as table' }).click();
    const records = page.getByRole('table', { name: 'Records in the graph' });
    await records.getByRole('button', { name: ana.name, exact: true }).click();
    // The organization expanded above is still selected until the panel shows Ana.
    await page.getByRole('heading', { level: 2, name: ana.name }).waitFor();
    await page.getByRole('button', { name: 'Path from here' }).click();
    const to = page.getByRole('combobox', { name: 'To' });
    await to.fill(bo.name);
    await page.getByRole('option', { name: bo.name, exact: true }).first().click();
    const sentence = page.getByTestId('path-sentence').first();
    await sentence.waitFor();
    const text = (await sentence.textContent()) ?? '';
    expect(text.startsWith(ana.name)).toBe(true);
    expect(text.endsWith(bo.name)).toBe(true);
    expect(text).toContain(' — ');
    await screenshot(page, 'graph-path-table');
    await expectNoSeriousA11yViolations(page, 'the graph as tables with a path');

    // The table sorts by keyboard.
    const degreeHeader = page.getByRole('columnheader', { name: 'Links' }).first();
    await degreeHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    const sorted = await eventually(
      () => degreeHeader.getAttribute('aria-sort'),
      (sort) => sort !== 'none',
    );
    expect(sorted).toBe('ascending');

    // The whole view is in the URL: a reload shows the same path.
    await page.reload();
    await page.getByTestId('path-sentence').first().waitFor();
    expect(await page.getByTestId('path-sentence').first().textContent()).toBe(text);

    // Saved as a view, listed under Graph, it reopens the same path; its owner then deletes it.
    const name = `Path ${Date.now()}`;
    await page.getByRole('button', { name: 'Save view' }).click();
    const save = page.getByRole('dialog', { name: 'Save this view of the graph' });
    await save.getByRole('textbox', { name: 'Name' }).fill(name);
    await save.getByRole('button', { name: 'Save view' }).click();
    await save.waitFor({ state: 'detached' });
    const sections = page.getByRole('navigation', { name: 'Sections' });
    await page.goto('/todos');
    await sections.getByRole('link', { name }).click();
    await page.waitForURL(/\/graph\?/);
    await page.getByTestId('path-sentence').first().waitFor();
    expect(await page.getByTestId('path-sentence').first().textContent()).toBe(text);
    await sections.getByRole('button', { name: `Change ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await sections.getByRole('link', { name }).waitFor({ state: 'detached' });

    // Back to the drawing; exports.
    await page.getByRole('button', { name: 'Show as drawing' }).click();
    await page.locator('.sigma-container canvas').first().waitFor();
    await page.getByText('Laying out…').waitFor({ state: 'detached', timeout: 60_000 });
    await screenshot(page, 'graph-path-drawing');

    const png = await download(page, 'Picture (PNG, 4K)');
    expect(png.download.suggestedFilename()).toMatch(/\.png$/);
    expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = png.body.readUInt32BE(16);
    const height = png.body.readUInt32BE(20);
    expect(width).toBeGreaterThanOrEqual(3840);
    expect(height).toBeGreaterThan(1000);

    const gexf = await download(page, 'Gephi (GEXF)');
    expect(gexf.download.suggestedFilename()).toMatch(/\.gexf$/);
    const parsed = await page.evaluate((xml) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml');
      const ns = 'http://gexf.net/1.3';
      return {
        errors: document.getElementsByTagName('parsererror').length,
        namespace: document.documentElement.namespaceURI,
        nodes: [...document.getElementsByTagNameNS(ns, 'node')].map((node) => node.getAttribute('label')),
        edges: document.getElementsByTagNameNS(ns, 'edge').length,
      };
    }, gexf.body.toString('utf8'));
    expect(parsed.errors).toBe(0);
    expect(parsed.namespace).toBe('http://gexf.net/1.3');
    expect(parsed.nodes).toEqual(expect.arrayContaining([ana.name, bo.name]));
    expect(parsed.edges).toBeGreaterThan(0);
  });

  it('starts from Ctrl-K: "Show in graph"', async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'viewer', '/organizations');
    const { organizations } = await graphql<{ organizations: { nodes: { id: string; name: string }[] } }>(
      page,
      '{ organizations(first: 20, orderBy: { field: NAME }) { nodes { id name } } }',
    );
    // An organization that some staff member is connected to, and who that is, as the API says.
    let organization: { id: string; name: string } | undefined;
    let first = '';
    for (const candidate of organizations.nodes) {
      const { whoKnows } = await graphql<{ whoKnows: { node: { label: string } }[] }>(
        page,
        'query ($input: WhoKnowsInput!) { whoKnows(input: $input) { node { label } } }',
        { input: { target: candidate.id } },
      );
      if (whoKnows.length > 0) {
        organization = candidate;
        first = whoKnows[0].node.label;
        break;
      }
    }
    if (!organization) throw new Error('nobody in the demo teams knows anyone at the first 20 organizations');
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search Liaison' }).fill(organization.name);
    await dialog
      .getByRole('button', { name: `Show in graph: ${organization.name}` })
      .first()
      .click();
    await page.waitForURL(/\/graph\?/);
    await page.getByRole('heading', { level: 2, name: organization.name }).waitFor();
    await page.getByRole('button', { name: 'Who knows someone there?' }).click();
    await page.getByRole('heading', { level: 2, name: `Who knows someone at ${organization.name}` }).waitFor();
    const list = page.getByRole('list', { name: 'Who knows someone there' });
    await list.getByRole('listitem').first().getByText(first, { exact: true }).waitFor();
    await screenshot(page, 'graph-who-knows');
    await expectNoSeriousA11yViolations(page, 'who knows someone at an organization');
  });
});
