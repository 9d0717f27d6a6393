import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { graphql, uniqueName } from '../support/api';
import { expectNoSeriousA11yViolations } from '../support/axe';
import { launchBrowser, newPage } from '../support/browser';
import { screenshot } from '../support/screenshot';
import { signIn } from '../support/signIn';

const BODY = [
  '## Agenda',
  '',
  '1. Budget for **2027**',
  '2. Next visit',
  '',
  '| Topic | Owner |',
  '| ----- | ----- |',
  '| Budget | Eddie |',
  '',
  '- [x] Send the slides',
  '',
  'Raw HTML stays out: <b>not bold</b> <img src=x onerror="window.__injected=1">',
].join('\n');

describe('Documents, as the editor', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    ({ context, page } = await newPage(browser));
    await signIn(page, 'editor', '/documents');
  });
  afterEach(async () => {
    await context?.close();
  });

  it('writes a document in Markdown, uploads its file with progress, shows and downloads it', async () => {
    const title = uniqueName('E2E minutes');
    await page.getByRole('heading', { level: 1, name: 'Documents' }).waitFor();
    await page.getByRole('link', { name: 'New document' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'New document' }).waitFor();
    await page.getByRole('textbox', { name: 'Title' }).fill(title);
    await page.getByRole('textbox', { name: 'Text' }).fill(BODY);
    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.getByRole('tabpanel').getByRole('heading', { name: 'Agenda' }).waitFor();
    await screenshot(page, 'document-form-preview');
    await page.getByRole('button', { name: 'Create document' }).click();

    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    const documentId = page.url().split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // The Markdown as a page: heading, list, table, task list; the HTML in it is not rendered.
    await page.getByRole('heading', { level: 2, name: 'Agenda' }).waitFor();
    await page.getByRole('cell', { name: 'Budget', exact: true }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Next visit' }).waitFor();
    expect(await page.locator('strong', { hasText: '2027' }).count()).toBe(1);
    expect(await page.locator('b', { hasText: 'not bold' }).count()).toBe(0);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();

    // A file of 3 MB, to see the bar move; it reaches 100% and the file can be downloaded.
    const content = Buffer.alloc(3 * 1024 * 1024, 'liaison ');
    const fileName = 'Minutes — annex.txt';
    await page.locator('input[type="file"]').setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: content });
    const bar = page.getByRole('progressbar', { name: `Upload of ${fileName}` });
    await page.getByText(`Uploaded ${fileName}.`).waitFor();
    expect(await bar.getAttribute('aria-valuenow')).toBe('100');
    await screenshot(page, 'document-uploaded');

    const download = page.getByRole('link', { name: `Download ${fileName}` });
    await download.waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    expect(file.suggestedFilename()).toBe(fileName);
    const saved = await readFile((await file.path())!);
    expect(saved.equals(content)).toBe(true);

    const { document } = await graphql<{ document: { file: { byteSize: number; fileName: string } } }>(
      page,
      'query ($id: ID!) { document(id: $id) { file { byteSize fileName } } }',
      { id: documentId },
    );
    expect(document.file).toEqual({ byteSize: content.length, fileName });
  });

  it('attaches a document to an organization, and lists the documents of that organization', async () => {
    const title = uniqueName('E2E agreement');
    const { organizations } = await graphql<{ organizations: { nodes: { id: string; name: string }[] } }>(
      page,
      '{ organizations(first: 1, orderBy: { field: NAME }) { nodes { id name } } }',
    );
    const organization = organizations.nodes[0]!;
    const { createDocument } = await graphql<{ createDocument: { id: string } }>(
      page,
      'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { id } }',
      { input: { title, kind: 'AGREEMENT', body: 'Signed.' } },
    );
    await page.goto(`/documents/${createDocument.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Not attached to any record yet.').waitFor();

    await page.getByRole('button', { name: 'Attach to…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Attach to a record' });
    await dialog
      .getByRole('combobox', { name: 'Organization, contact or project' })
      .fill(organization.name.slice(0, 12));
    await page.getByRole('option', { name: new RegExp(`^${escape(organization.name)} · Organization`) }).click();
    await dialog.getByRole('button', { name: 'Attach' }).click();
    await page.getByRole('link', { name: organization.name, exact: true }).waitFor();

    // A need it is attached to shows too, with its kind, and can be detached.
    const { needs } = await graphql<{ needs: { nodes: { id: string; title: string }[] } }>(
      page,
      '{ needs(first: 1) { nodes { id title } } }',
    );
    const need = needs.nodes[0]!;
    await graphql(page, 'mutation ($input: AttachDocumentInput!) { attachDocument(input: $input) { id } }', {
      input: { documentId: createDocument.id, needId: need.id },
    });
    await page.reload();
    const attachments = page.getByRole('list').filter({ has: page.getByRole('link', { name: need.title }) });
    await attachments.getByText('Need', { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: need.title, exact: true }).getAttribute('href')).toBe(
      `/needs/${need.id}`,
    );
    await page.getByRole('button', { name: `Detach from ${need.title}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Detach' }).click();
    await page.getByRole('link', { name: need.title, exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: organization.name, exact: true }).waitFor();

    await page.goto(`/documents?org=${organization.id}`);
    await page.getByText(`Attached to ${organization.name}`).waitFor();
    const table = page.getByRole('table', { name: 'Documents' });
    await table.getByRole('link', { name: title }).waitFor();
  });

  it('filters and sorts from the URL, and has no serious accessibility violation on list and detail', async () => {
    await page.goto('/documents?sort=title&cols=title,kind,owner');
    const table = page.getByRole('table', { name: 'Documents' });
    await table.getByRole('link').first().waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['', 'Title', 'Kind', 'Owner']);
    const titles = await table.getByRole('link').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    await screenshot(page, 'documents-list');
    await expectNoSeriousA11yViolations(page, 'the document list');

    await page.getByRole('textbox', { name: 'Filter' }).fill('zzzz-no-such-document');
    await page.getByText('No document matches these filters').waitFor();
    expect(page.url()).toContain('q=zzzz-no-such-document');
    await page.getByRole('button', { name: 'Clear filters' }).first().click();

    await table.getByRole('link').first().click();
    await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Attached to' }).waitFor();
    await screenshot(page, 'document-detail');
    await expectNoSeriousA11yViolations(page, 'a document page');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'the document form');
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
