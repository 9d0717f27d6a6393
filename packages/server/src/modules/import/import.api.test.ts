import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import {
  claimImportJob,
  IMPORT_BATCH_ROWS,
  importRunnerIdle,
  runImportJob,
  runPendingImports,
  startImportRunner,
} from './import-runner';
import { startImport } from './import.service';

const JOB_FIELDS = `id status dryRun kind source encoding delimiter onDuplicate rowsTotal rowsDone
  createdCount updatedCount skippedCount rejectedCount error progress { rowsDone rowsTotal rate etaSeconds }
  startedBy { name }`;
const START = `mutation($input: StartImportInput!) { startImport(input: $input) { ${JOB_FIELDS} } }`;
const JOB = `query($id: ID!) { importJob(id: $id) { ${JOB_FIELDS} } }`;
const PREVIEW = `query($input: PreviewImportInput!) {
  previewImport(input: $input) {
    format encoding delimiter source rowsTotal
    columns { name field samples } fields { name label }
    rows { rowNumber values outcome recordId errors { column reason } }
  }
}`;
const ERRORS = `query($id: ID!) {
  importErrors(jobId: $id, first: 100) { totalCount nodes { rowNumber outcome errors { column reason } } }
}`;
const UNDO = `mutation($id: ID!) {
  undoImport(id: $id) { job { status } trashed restored kept { rowNumber recordId outcome reason } }
}`;
const CANCEL = `mutation($id: ID!) { cancelImport(id: $id) { status } }`;

interface Preview {
  encoding: string;
  delimiter: string;
  source: string;
  rowsTotal: number;
  columns: { name: string; field: string | null; samples: string[] }[];
  rows: {
    rowNumber: number;
    values: Record<string, unknown>;
    outcome: string;
    recordId: string | null;
    errors: { column: string | null; reason: string }[];
  }[];
}

interface Undone {
  job: { status: string };
  trashed: number;
  restored: number;
  kept: { rowNumber: number; recordId: string; outcome: string; reason: string }[];
}

interface Job {
  id: string;
  status: string;
  source: string;
  encoding: string;
  delimiter: string;
  rowsTotal: number | null;
  rowsDone: number;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  rejectedCount: number;
  error: string | null;
  progress: { rowsDone: number; rowsTotal: number | null; rate: number | null; etaSeconds: number | null };
}

/** A vtiger 8 export of Organizations (Accounts), with bad rows and a duplicate of row 2. */
const ORGANIZATIONS_CSV = [
  'Organization Name,Organization No,Website,Billing City,Billing Country,Description,Type',
  'CERN,ACC1,home.cern,Geneva,Switzerland,Particle physics,Partner',
  'Karlsruhe Institute of Technology,ACC2,https://www.kit.edu,Karlsruhe,Germany,,Customer',
  'EMBL,ACC3,embl.org,Heidelberg,de,,',
  'Atlantis Research,ACC4,,Poseidonis,Atlantis,,',
  ',ACC5,,,FR,,',
  'cern,ACC6,,,CH,,',
  'Existing Org,ACC7,,Paris,France,,',
  '',
].join('\r\n');

/** A vtiger 8 export of Contacts as Excel on Windows writes it: Windows-1252, semicolons. */
const CONTACTS_CSV = [
  'First Name;Last Name;Organization Name;Email;Secondary Email;Office Phone;Mobile;Mailing Country;Contact Id;Organization No',
  'Jürgen;Müller;Accounts::::CERN;jm@cern.ch;;+41 22 111 11 11;+41 79 222 22 22;Schweiz;CON1;',
  'Zoë;Lefèvre;;zoe@embl.org;;;;France;CON2;ACC3',
  'Ada;Lovelace;Nonexistent Inc;ada@example.org;;;;UK;CON3;',
  'Grace;Hopper;;grace@existing.org;;;;United States;CON4;',
  ';;;;;;;;;',
  'Jürgen;Mueller;;JM@CERN.CH;;;;CH;CON5;',
  'Bad;Address;;not-an-email;;;;;CON6;',
].join('\r\n');

function windows1252(text: string): Buffer {
  const bytes = [...text].map((char) => {
    const code = char.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in Windows-1252: ${char}`);
    return code;
  });
  return Buffer.from(bytes);
}

describe('imports over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: { id: string; token: string };
  let otherEditor: string;
  let admin: string;
  let viewer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const made = await createUser(db.dataSource, { role: 'editor', name: 'Ingrid Import' });
    editor = { id: made.user.id, token: made.token };
    otherEditor = (await createUser(db.dataSource, { role: 'editor' })).token;
    admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    await ok(
      url,
      editor.token,
      `mutation { createOrganization(input: { name: "Existing Org", kind: COMPANY, country: "FR" }) { id } }`,
    );
    await ok(
      url,
      editor.token,
      `mutation { createContact(input: { firstName: "Grace", lastName: "Hopper", title: "Admiral", emails: ["grace@existing.org"] }) { id } }`,
    );
  });
  afterAll(async () => {
    await importRunnerIdle(db.dataSource);
    await server.stop();
    await db.drop();
  });

  const query = <T>(sql: string, parameters: unknown[] = []) => db.dataSource.query(sql, parameters) as Promise<T[]>;

  async function waitFor(id: string, token = editor.token): Promise<Job> {
    for (let attempt = 0; attempt < 600; attempt++) {
      const { importJob } = await ok<{ importJob: Job }>(url, token, JOB, { id });
      if (importJob.status !== 'QUEUED' && importJob.status !== 'RUNNING') return importJob;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`import ${id} did not finish`);
  }

  async function run(input: Record<string, unknown>, token = editor.token): Promise<Job> {
    const { startImport: job } = await ok<{ startImport: Job }>(url, token, START, { input });
    return waitFor(job.id, token);
  }

  const counts = (job: Job) => ({
    created: job.createdCount,
    updated: job.updatedCount,
    skipped: job.skippedCount,
    rejected: job.rejectedCount,
  });

  async function upload(content: Buffer, name: string, token = editor.token) {
    return fetch(`${url}/files/imports?name=${encodeURIComponent(name)}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: content,
    });
  }

  let organizationsJob: string;
  let contactsJob: string;

  it('previews a vtiger export: delimiter, encoding, suggested mapping, rows as stored with their errors', async () => {
    const { previewImport } = await ok<{ previewImport: Preview }>(url, editor.token, PREVIEW, {
      input: { content: `\ufeff${ORGANIZATIONS_CSV}`, fileName: 'Accounts.csv', kind: 'ORGANIZATIONS', rows: 10 },
    });
    expect(previewImport).toMatchObject({
      format: 'CSV',
      encoding: 'utf-8',
      delimiter: ',',
      source: 'vtiger',
      rowsTotal: 7,
    });
    expect(Object.fromEntries(previewImport.columns.map((c) => [c.name, c.field]))).toEqual({
      'Organization Name': 'name',
      'Organization No': 'externalId',
      Website: 'website',
      'Billing City': 'city',
      'Billing Country': 'country',
      Description: 'description',
      Type: null,
    });
    expect(previewImport.columns[0].samples).toEqual(['CERN', 'Karlsruhe Institute of Technology', 'EMBL']);
    const [cern, , embl, atlantis, nameless, again, existing] = previewImport.rows;
    expect(previewImport.rows.map((row) => row.outcome)).toEqual([
      'CREATED',
      'CREATED',
      'CREATED',
      'REJECTED',
      'REJECTED',
      'REJECTED',
      'SKIPPED',
    ]);
    expect(again.errors).toEqual([{ column: null, reason: 'duplicate of row 2 of this file (same name and country)' }]);
    const [existingOrg] = await query<{ id: string }>(`SELECT id FROM organizations WHERE name = 'Existing Org'`);
    expect(existing.recordId).toBe(existingOrg.id);
    expect(cern).toEqual({
      rowNumber: 2,
      outcome: 'CREATED',
      recordId: null,
      values: {
        name: 'CERN',
        kind: 'other',
        website: 'https://home.cern',
        city: 'Geneva',
        country: 'CH',
        description: 'Particle physics',
        externalId: 'ACC1',
      },
      errors: [],
    });
    expect(embl.values.country).toBe('DE');
    expect(atlantis.errors).toEqual([
      { column: 'Billing Country', reason: '"Atlantis" is not a country name or ISO code' },
    ]);
    expect(nameless.errors).toEqual([{ column: null, reason: expect.stringContaining('name') }]);
    expect(await query(`SELECT 1 FROM import_jobs`)).toHaveLength(0);
    expect(await query(`SELECT 1 FROM organizations WHERE name = 'CERN'`)).toHaveLength(0);
  });

  it('refuses a mapping naming an unknown column or field', async () => {
    const error = await failure(url, editor.token, PREVIEW, {
      input: {
        content: ORGANIZATIONS_CSV,
        kind: 'ORGANIZATIONS',
        mapping: { 'Organization Name': 'nickname', Nope: 'city' },
      },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('"nickname" is not a field of organizations');
    expect(error.message).toContain('"Nope" is not a column of the file');
  });

  it('counts in a dry run exactly what the real run then does, and writes nothing', async () => {
    const input = { content: ORGANIZATIONS_CSV, fileName: 'Accounts.csv', kind: 'ORGANIZATIONS' };
    const dry = await run({ ...input, dryRun: true });
    expect(dry.status).toBe('DONE');
    expect(counts(dry)).toEqual({ created: 3, updated: 0, skipped: 1, rejected: 3 });
    expect(await query(`SELECT 1 FROM organizations WHERE name = 'CERN'`)).toHaveLength(0);
    expect(await query(`SELECT 1 FROM external_ids`)).toHaveLength(0);
    const dryErrors = await ok<{ importErrors: { totalCount: number } }>(url, editor.token, ERRORS, { id: dry.id });
    expect(dryErrors.importErrors.totalCount).toBe(3);

    const real = await run(input);
    organizationsJob = real.id;
    expect(real).toMatchObject({
      status: 'DONE',
      source: 'vtiger',
      rowsTotal: 7,
      rowsDone: 7,
      error: null,
      startedBy: { name: 'Ingrid Import' },
    });
    expect(counts(real)).toEqual(counts(dry));
    expect(real.progress).toMatchObject({ rowsDone: 7, rowsTotal: 7, etaSeconds: 0 });

    const [cern] = await query<Record<string, unknown>>(
      `SELECT o.name, o.country, o.city, o.website, o.kind, e.source, e.external_id FROM organizations o
       JOIN external_ids e ON e.record_id = o.id AND e.kind = 'organization' WHERE lower(o.name) = 'cern'`,
    );
    expect(cern).toEqual({
      name: 'CERN',
      country: 'CH',
      city: 'Geneva',
      website: 'https://home.cern',
      kind: 'other',
      source: 'vtiger',
      external_id: 'ACC1',
    });
    const history = await query(`SELECT action FROM changes WHERE record_type = 'Organization' AND request_id = $1`, [
      `import:${real.id}`,
    ]);
    expect(history).toHaveLength(3);
  });

  it('reports every rejected row with its column and reason, in GraphQL and as CSV', async () => {
    const { importErrors } = await ok<{ importErrors: { totalCount: number; nodes: unknown[] } }>(
      url,
      editor.token,
      ERRORS,
      {
        id: organizationsJob,
      },
    );
    expect(importErrors.nodes).toEqual([
      {
        rowNumber: 5,
        outcome: 'REJECTED',
        errors: [{ column: 'Billing Country', reason: '"Atlantis" is not a country name or ISO code' }],
      },
      { rowNumber: 6, outcome: 'REJECTED', errors: [{ column: null, reason: expect.stringContaining('name') }] },
      {
        rowNumber: 7,
        outcome: 'REJECTED',
        errors: [{ column: null, reason: 'duplicate of row 2 of this file (same name and country)' }],
      },
    ]);

    const response = await fetch(`${url}/files/imports/${organizationsJob}/errors.csv`, {
      headers: { authorization: `Bearer ${editor.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await response.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Row,Outcome,Column,Reason');
    expect(lines[1]).toBe('5,rejected,Billing Country,"""Atlantis"" is not a country name or ISO code"');
    expect(lines[3]).toBe('7,rejected,,duplicate of row 2 of this file (same name and country)');
    expect(lines).toHaveLength(4);

    const anonymous = await fetch(`${url}/files/imports/${organizationsJob}/errors.csv`);
    expect(anonymous.status).toBe(401);
    const asViewer = await fetch(`${url}/files/imports/${organizationsJob}/errors.csv`, {
      headers: { authorization: `Bearer ${viewer}` },
    });
    expect(asViewer.status).toBe(403);
  });

  it('imports a Windows-1252 contacts file uploaded as a file: references, duplicates by email, updates', async () => {
    const uploaded = await upload(windows1252(CONTACTS_CSV), 'Contacts.csv');
    expect(uploaded.status).toBe(201);
    const { file } = (await uploaded.json()) as { file: { id: string; byteSize: number } };

    const { previewImport } = await ok<{ previewImport: Preview }>(url, editor.token, PREVIEW, {
      input: { fileId: file.id, kind: 'CONTACTS' },
    });
    expect(previewImport).toMatchObject({ encoding: 'windows-1252', delimiter: ';', source: 'vtiger', rowsTotal: 6 });
    expect(previewImport.rows[0].values).toEqual({
      firstName: 'Jürgen',
      lastName: 'Müller',
      emails: ['jm@cern.ch'],
      phones: ['+41 22 111 11 11', '+41 79 222 22 22'],
      country: 'CH',
      externalId: 'CON1',
      organization: 'CERN',
    });

    const input = { fileId: file.id, kind: 'CONTACTS', onDuplicate: 'UPDATE' };
    const dry = await run({ ...input, dryRun: true });
    const real = await run(input);
    contactsJob = real.id;
    expect(real.status).toBe('DONE');
    expect(counts(real)).toEqual({ created: 2, updated: 1, skipped: 0, rejected: 3 });
    expect(counts(dry)).toEqual(counts(real));

    const { importErrors } = await ok<{
      importErrors: { nodes: { rowNumber: number; errors: { reason: string }[] }[] };
    }>(url, editor.token, ERRORS, { id: real.id });
    expect(importErrors.nodes.map((row) => [row.rowNumber, row.errors[0].reason])).toEqual([
      [4, 'no organization is named "Nonexistent Inc"; import the organizations first'],
      [7, 'duplicate of row 2 of this file (same email)'],
      [8, expect.stringContaining('email')],
    ]);

    const contacts = await query<Record<string, unknown>>(
      `SELECT c.first_name, c.last_name, c.emails, c.phones, c.country, c.title,
         (SELECT string_agg(o.name || ':' || a.is_primary, ',') FROM affiliations a JOIN organizations o ON o.id = a.organization_id
          WHERE a.contact_id = c.id) AS organizations,
         (SELECT string_agg(e.external_id, ',') FROM external_ids e WHERE e.record_id = c.id) AS external_ids
       FROM contacts c WHERE c.deleted_at IS NULL ORDER BY c.last_name`,
    );
    expect(contacts).toEqual([
      {
        first_name: 'Grace',
        last_name: 'Hopper',
        emails: ['grace@existing.org'],
        phones: [],
        country: 'US',
        title: 'Admiral',
        organizations: null,
        external_ids: 'CON4',
      },
      {
        first_name: 'Zoë',
        last_name: 'Lefèvre',
        emails: ['zoe@embl.org'],
        phones: [],
        country: 'FR',
        title: null,
        organizations: 'EMBL:true',
        external_ids: 'CON2',
      },
      {
        first_name: 'Jürgen',
        last_name: 'Müller',
        emails: ['jm@cern.ch'],
        phones: ['+41 22 111 11 11', '+41 79 222 22 22'],
        country: 'CH',
        title: null,
        organizations: 'CERN:true',
        external_ids: 'CON1',
      },
    ]);
  });

  it('matches on the external id first and updates with UPDATE, and skips with SKIP', async () => {
    const content = ['Organization Name,Organization No,Description', 'CERN European Laboratory,ACC1,Updated'].join(
      '\n',
    );
    const skipped = await run({ content, kind: 'ORGANIZATIONS' });
    expect(counts(skipped)).toEqual({ created: 0, updated: 0, skipped: 1, rejected: 0 });
    const updated = await run({ content, kind: 'ORGANIZATIONS', onDuplicate: 'UPDATE' });
    expect(counts(updated)).toEqual({ created: 0, updated: 1, skipped: 0, rejected: 0 });
    const [cern] = await query<{ name: string; description: string }>(
      `SELECT o.name, o.description FROM organizations o JOIN external_ids e ON e.record_id = o.id WHERE e.external_id = 'ACC1'`,
    );
    expect(cern).toEqual({ name: 'CERN European Laboratory', description: 'Updated' });
    const created = await run({
      content: content.replace('ACC1', 'ACC99'),
      kind: 'ORGANIZATIONS',
      onDuplicate: 'CREATE',
    });
    expect(counts(created)).toEqual({ created: 1, updated: 0, skipped: 0, rejected: 0 });

    // Undone by an admin: the record has exactly its former values again.
    const { undoImport } = await ok<{ undoImport: Record<string, unknown> }>(url, admin, UNDO, { id: updated.id });
    expect(undoImport).toEqual({ job: { status: 'UNDONE' }, trashed: 0, restored: 1, kept: [] });
    const [restored] = await query<{ name: string; description: string }>(
      `SELECT o.name, o.description FROM organizations o JOIN external_ids e ON e.record_id = o.id WHERE e.external_id = 'ACC1'`,
    );
    expect(restored).toEqual({ name: 'CERN', description: 'Particle physics' });
  });

  it('undoes an import: created records trashed, updated ones restored, those edited since kept and listed', async () => {
    const [zoe] = await query<{ id: string; version: number }>(
      `SELECT id, version FROM contacts WHERE last_name = 'Lefèvre'`,
    );
    await ok(url, otherEditor, `mutation($input: UpdateContactInput!) { updateContact(input: $input) { id } }`, {
      input: { id: zoe.id, version: zoe.version, title: 'Curator' },
    });
    const before = await query(`SELECT count(*)::int AS n FROM contacts WHERE deleted_at IS NULL`);

    const refused = await failure(url, otherEditor, UNDO, { id: contactsJob });
    expect(refused.code).toBe('FORBIDDEN');
    const refusedViewer = await failure(url, viewer, UNDO, { id: contactsJob });
    expect(refusedViewer.code).toBe('FORBIDDEN');

    const { undoImport } = await ok<{ undoImport: Undone }>(url, editor.token, UNDO, { id: contactsJob });
    expect(undoImport).toMatchObject({ job: { status: 'UNDONE' }, trashed: 1, restored: 1 });
    expect(undoImport.kept).toEqual([
      { rowNumber: 3, recordId: zoe.id, outcome: 'CREATED', reason: 'changed since the import' },
    ]);

    const rows = await query<Record<string, unknown>>(
      `SELECT c.last_name, c.deleted_at IS NOT NULL AS trashed, c.country, c.title, c.emails,
         (SELECT count(*)::int FROM external_ids e WHERE e.record_id = c.id) AS external_ids,
         (SELECT count(*)::int FROM affiliations a WHERE a.contact_id = c.id) AS affiliations
       FROM contacts c ORDER BY c.last_name`,
    );
    expect(rows).toEqual([
      {
        last_name: 'Hopper',
        trashed: false,
        country: null,
        title: 'Admiral',
        emails: ['grace@existing.org'],
        external_ids: 0,
        affiliations: 0,
      },
      {
        last_name: 'Lefèvre',
        trashed: false,
        country: 'FR',
        title: 'Curator',
        emails: ['zoe@embl.org'],
        external_ids: 1,
        affiliations: 1,
      },
      {
        last_name: 'Müller',
        trashed: true,
        country: 'CH',
        title: null,
        emails: ['jm@cern.ch'],
        external_ids: 0,
        affiliations: 1,
      },
    ]);
    expect(await query(`SELECT count(*)::int AS n FROM contacts WHERE deleted_at IS NULL`)).toEqual([
      { n: (before[0] as { n: number }).n - 1 },
    ]);
    const again = await failure(url, editor.token, UNDO, { id: contactsJob });
    expect(again.message).toContain('already undone');
  });

  it('does not take a job another live process is running, and cancels a queued one', async () => {
    const actor = { userId: editor.id, requestId: null };
    const viewerOf = {
      userId: editor.id,
      role: 'editor' as const,
      teamIds: [],
      via: 'token' as const,
      readOnly: false,
    };
    await importRunnerIdle(db.dataSource);
    const job = await db.dataSource.transaction((manager) =>
      startImport(manager, { content: 'Name\nCancelled Org', kind: 'organizations' }, viewerOf, actor),
    );
    await query(`UPDATE import_jobs SET status = 'running', heartbeat_at = now() WHERE id = $1`, [job.id]);
    expect(await claimImportJob(db.dataSource)).toBeNull();
    await query(`UPDATE import_jobs SET status = 'queued' WHERE id = $1`, [job.id]);

    expect((await failure(url, otherEditor, CANCEL, { id: job.id })).code).toBe('FORBIDDEN');
    expect(await ok(url, editor.token, CANCEL, { id: job.id })).toEqual({ cancelImport: { status: 'CANCELLED' } });
    expect(await runPendingImports(db.dataSource)).toBe(0);
    expect(await query(`SELECT 1 FROM organizations WHERE name = 'Cancelled Org'`)).toHaveLength(0);

    // Cancelled while running: the runner stops before its next batch.
    const running = await db.dataSource.transaction((manager) =>
      startImport(manager, { content: 'Name\nStopped Org', kind: 'organizations' }, viewerOf, actor),
    );
    const claimed = await claimImportJob(db.dataSource, running.id);
    expect(claimed?.status).toBe('running');
    expect(await ok(url, editor.token, CANCEL, { id: running.id })).toEqual({ cancelImport: { status: 'CANCELLED' } });
    expect((await runImportJob(db.dataSource, claimed!)).status).toBe('cancelled');
    expect(await query(`SELECT 1 FROM organizations WHERE name = 'Stopped Org'`)).toHaveLength(0);
    const again = await failure(url, editor.token, CANCEL, { id: running.id });
    expect(again.message).toContain('only a queued or running import can be cancelled');
  });

  it('refuses viewers everything, and lists imports to editors', async () => {
    for (const operation of [
      [PREVIEW, { input: { content: 'Name\nX', kind: 'ORGANIZATIONS' } }],
      [START, { input: { content: 'Name\nX', kind: 'ORGANIZATIONS' } }],
      [JOB, { id: organizationsJob }],
      [ERRORS, { id: organizationsJob }],
    ] as const) {
      expect((await failure(url, viewer, operation[0], operation[1])).code).toBe('FORBIDDEN');
    }
    expect((await upload(Buffer.from('Name\nX'), 'x.csv', viewer)).status).toBe(403);
    const { importJobs } = await ok<{ importJobs: { totalCount: number } }>(
      url,
      otherEditor,
      `{ importJobs(first: 5) { totalCount nodes { id } } }`,
    );
    expect(importJobs.totalCount).toBeGreaterThan(5);

    // Another editor's upload cannot be read through its id.
    const uploaded = await upload(Buffer.from('Name\nSecret Org'), 'mine.csv');
    const { file } = (await uploaded.json()) as { file: { id: string } };
    const hidden = await failure(url, otherEditor, PREVIEW, { input: { fileId: file.id, kind: 'ORGANIZATIONS' } });
    expect(hidden.code).toBe('NOT_FOUND');
  });

  it('resumes a job a dead process left running, from its committed cursor, without duplicating rows', async () => {
    const total = IMPORT_BATCH_ROWS * 2 + 50;
    const lines = ['Name,External Id,Country'];
    for (let i = 1; i <= total; i++) lines.push(`Resumed ${i},R${i},NL`);
    lines.push('Resumed 1,R-again,NL');
    const actor = { userId: editor.id, requestId: null };
    const viewerOf = {
      userId: editor.id,
      role: 'editor' as const,
      teamIds: [],
      via: 'token' as const,
      readOnly: false,
    };
    await importRunnerIdle(db.dataSource);
    const job = await db.dataSource.transaction((manager) =>
      startImport(manager, { content: lines.join('\n'), kind: 'organizations' }, viewerOf, actor),
    );
    // Run here rather than in the background, and read back from the database: last of the file,
    // as the long pause outlives the HTTP keep-alive of the test client.
    const stored = async () =>
      (
        await query<Record<string, unknown>>(
          `SELECT status, rows_done, created_count, updated_count, skipped_count, rejected_count FROM import_jobs WHERE id = $1`,
          [job.id],
        )
      )[0];
    expect(await runPendingImports(db.dataSource)).toBe(1);
    const full = await stored();
    expect(full).toEqual({
      status: 'done',
      rows_done: total + 1,
      created_count: total,
      updated_count: 0,
      skipped_count: 0,
      rejected_count: 1,
    });

    // The state a crash after the first batch leaves: that batch committed, the rest not.
    const later = `SELECT record_id FROM import_rows WHERE job_id = $1 AND row_number > ${IMPORT_BATCH_ROWS + 1}`;
    await query(`DELETE FROM changes WHERE record_id IN (${later.replace('$1', `'${job.id}'`)})`);
    await query(`DELETE FROM external_ids WHERE record_id IN (${later.replace('$1', `'${job.id}'`)})`);
    await query(`DELETE FROM organizations WHERE id IN (${later.replace('$1', `'${job.id}'`)})`);
    await query(`DELETE FROM import_rows WHERE job_id = $1 AND row_number > ${IMPORT_BATCH_ROWS + 1}`, [job.id]);
    await query(
      `UPDATE import_jobs SET status = 'running', rows_done = $2, created_count = $2, rejected_count = 0,
         finished_at = NULL, heartbeat_at = now() - interval '1 hour' WHERE id = $1`,
      [job.id, IMPORT_BATCH_ROWS],
    );
    expect(await query(`SELECT 1 FROM organizations WHERE name LIKE 'Resumed %'`)).toHaveLength(IMPORT_BATCH_ROWS);

    expect(await runPendingImports(db.dataSource)).toBe(1);
    expect(await stored()).toEqual(full);
    expect(await query(`SELECT 1 FROM organizations WHERE name LIKE 'Resumed %'`)).toHaveLength(total);
    expect(await query(`SELECT 1 FROM import_rows WHERE job_id = $1`, [job.id])).toHaveLength(total + 1);
  });

  it('leaves its job between batches when the server stops, and the next start takes it again at once', async () => {
    const lines = ['Name,Country'];
    for (let i = 1; i <= IMPORT_BATCH_ROWS + 20; i++) lines.push(`Paused ${i},BE`);
    const viewerOf = {
      userId: editor.id,
      role: 'editor' as const,
      teamIds: [],
      via: 'token' as const,
      readOnly: false,
    };
    await importRunnerIdle(db.dataSource);
    const job = await db.dataSource.transaction((manager) =>
      startImport(manager, { content: lines.join('\n'), kind: 'organizations' }, viewerOf, {
        userId: editor.id,
        requestId: null,
      }),
    );
    const failures: unknown[] = [];
    const stop = startImportRunner(db.dataSource, (error) => failures.push(error), 60_000);
    await stop();
    const state = `SELECT status, rows_done, created_count, heartbeat_at = to_timestamp(0) AS released FROM import_jobs WHERE id = $1`;
    expect(await query(state, [job.id])).toEqual([
      { status: 'running', rows_done: 0, created_count: 0, released: true },
    ]);

    const stopAgain = startImportRunner(db.dataSource, (error) => failures.push(error), 60_000);
    await importRunnerIdle(db.dataSource);
    await stopAgain();
    expect(failures).toEqual([]);
    expect(await query(state, [job.id])).toEqual([
      { status: 'done', rows_done: IMPORT_BATCH_ROWS + 20, created_count: IMPORT_BATCH_ROWS + 20, released: false },
    ]);
    expect(await query(`SELECT 1 FROM organizations WHERE name LIKE 'Paused %'`)).toHaveLength(IMPORT_BATCH_ROWS + 20);
  });
});
