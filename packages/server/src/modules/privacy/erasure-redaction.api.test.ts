import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { insertRow } from '../../../test/rows';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { FREE_TEXT, REDACTED } from './redaction';

const EMAIL = 'jana.novakova@cesnet.cz';
const PHONE = '+420 123 456 789';
const NAME = 'Jana Novakova';
/** How the person is written elsewhere: other cases and other phone separators too. */
const MENTIONS = [
  `Call with ${NAME}`,
  `write to ${EMAIL.toUpperCase()} first`,
  'she answers on +420-123-456-789 after 5',
  `JANA  NOVAKOVA's notes (${PHONE})`,
  `cc ${EMAIL}`,
];
/** What must not be found anywhere once she is erased, whatever the case. */
const IDENTIFIERS = [EMAIL, PHONE, NAME, '+420123456789', '+420-123-456-789', 'JANA  NOVAKOVA'];

/**
 * Every row of every table as text (bytes decoded as UTF-8 too, so a stored file's content is
 * searched as well), with where each row comes from.
 */
async function dumpDatabase(dataSource: DataSource): Promise<{ table: string; text: string }[]> {
  const tables: { name: string }[] = await dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const rows: { table: string; text: string }[] = [];
  for (const { name } of tables) {
    const dumped: { row: string }[] = await dataSource.query(`SELECT row_to_json(t)::text AS row FROM ${name} t`);
    for (const { row } of dumped) {
      const bytes = [...row.matchAll(/\\\\x([0-9a-f]+)/g)].map((match) =>
        Buffer.from(match[1], 'hex').toString('utf8'),
      );
      rows.push({ table: name, text: [row, ...bytes].join('\n') });
    }
  }
  return rows;
}

const hitsOf = (dump: { table: string; text: string }[]) =>
  dump.flatMap(({ table, text }) =>
    IDENTIFIERS.filter((identifier) => text.toLowerCase().includes(identifier.toLowerCase())).map(
      (identifier) => `${table}: ${identifier}`,
    ),
  );

describe('erasure of a person mentioned in other records', () => {
  let db: TestDatabase;
  let server: TestServer;
  let admin: string;
  let editor: string;
  let janaId: string;
  let activityId: string;
  let documentId: string;
  let dashboardId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    const url = server.url;
    janaId = (
      await ok<{ createContact: { id: string } }>(
        url,
        editor,
        `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
        { input: { firstName: 'Jana', lastName: 'Novakova', emails: [EMAIL], phones: [PHONE] } },
      )
    ).createContact.id;
    // Through the API, so that the history holds the text before and after each edit.
    const petr = await ok<{ createContact: { id: string } }>(
      url,
      editor,
      `mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`,
      { input: { lastName: 'Svoboda', notes: `Introduced by ${NAME}` } },
    );
    const activity = await ok<{ createActivity: { id: string } }>(
      url,
      editor,
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      {
        input: {
          kind: 'CALL',
          subject: MENTIONS[0],
          description: MENTIONS[1],
          outcome: MENTIONS[2],
          participantContactIds: [janaId, petr.createContact.id],
        },
      },
    );
    activityId = activity.createActivity.id;
    await ok(
      url,
      editor,
      `mutation($id: ID!) { updateActivity(input: { id: $id, version: 1, outcome: "${MENTIONS[4]}" }) { id } }`,
      {
        id: activityId,
      },
    );
    const document = await ok<{ createDocument: { id: string } }>(
      url,
      editor,
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      { input: { title: `Minutes: ${NAME}`, body: `# Minutes\n\n${MENTIONS[3]}`, attachTo: { contactIds: [janaId] } } },
    );
    documentId = document.createDocument.id;
    const upload = await fetch(`${url}/files/documents/${documentId}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${editor}`,
        'content-type': 'text/plain',
        'x-document-version': '1',
        'x-file-name': encodeURIComponent(`${EMAIL} notes.txt`),
      },
      body: `Notes of the call.\nContact: ${EMAIL}, ${PHONE}\n`,
    });
    expect(upload.status).toBe(200);

    // A dashboard's Markdown widget and a widget's title, through the API: her in its history too.
    const widget = { kind: 'MARKDOWN', x: 0, y: 0, w: 6, h: 2 };
    dashboardId = (
      await ok<{ createDashboard: { id: string } }>(
        url,
        editor,
        `mutation($input: CreateDashboardInput!) { createDashboard(input: $input) { id } }`,
        {
          input: {
            name: 'Outreach',
            widgets: [
              { ...widget, markdown: `## Next steps\n- ${MENTIONS[0]} on Monday`, title: 'Plan' },
              { ...widget, y: 2, markdown: 'Nothing about anyone', title: MENTIONS[4] },
            ],
          },
        },
      )
    ).createDashboard.id;

    // Straight into every other free-text column, so that none is missed.
    const m = db.dataSource;
    await createTeam(m);
    const organizationId = await insertRow(m, 'organizations', { name: 'CESNET', kind: 'non_profit' });
    const projectId = await insertRow(m, 'projects', { name: 'EOSC CZ', kind: 'national', status: 'active' });
    await insertRow(m, 'needs', { title: 'Storage', category: 'storage', organization_id: organizationId });
    await m.query(`INSERT INTO opportunities (title, pipeline_id, stage_id)
      SELECT 'Onboarding CESNET', pipeline_id, id FROM pipeline_stages ORDER BY position LIMIT 1`);
    // Disqualified, so that its reason may be filled as well.
    await insertRow(m, 'leads', { name: 'Prospect', status: 'disqualified', disqualified_reason: 'No need yet' });
    await m.query(
      `INSERT INTO opportunity_contacts (opportunity_id, contact_id, role)
      SELECT o.id, $1, 'champion' FROM opportunities o LIMIT 1`,
      [petr.createContact.id],
    );
    await insertRow(m, 'project_tasks', { title: 'Onboarding', project_id: projectId });
    await insertRow(m, 'milestones', { title: 'Kick-off', project_id: projectId, due_date: '2026-01-01' });
    await insertRow(m, 'tags', { label: 'press' });
    await insertRow(m, 'saved_reports', { name: 'Calls', spec: JSON.stringify({ kind: 'ACTIVITY' }) });
    await insertRow(m, 'dashboards', { name: 'Our month' });
    await insertRow(m, 'affiliations', { contact_id: petr.createContact.id, organization_id: organizationId });
    await insertRow(m, 'project_contacts', {
      project_id: projectId,
      contact_id: petr.createContact.id,
      role: 'member',
    });
    await insertRow(m, 'project_organizations', {
      project_id: projectId,
      organization_id: organizationId,
      role: 'partner',
    });
    let n = 0;
    for (const { table, columns, key = 'id' } of FREE_TEXT) {
      for (const column of columns) {
        const mention = MENTIONS[n++ % MENTIONS.length];
        await m.query(
          `UPDATE ${table} SET ${column} = coalesce(${column} || ' ', '') || $1
           WHERE ${key} = (SELECT ${key} FROM ${table} WHERE ${table === 'contacts' ? 'id <> $2' : '$2::uuid IS NOT NULL'}
                           ORDER BY created_at LIMIT 1)`,
          [mention, janaId],
        );
      }
    }
    // The stage history is append-only, but its reasons are free text.
    await m.query(`UPDATE stage_changes SET reason = $1`, [`Moved after a call with ${NAME}`]);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should find the person in every free-text column before the erasure', async () => {
    const tables = new Set(hitsOf(await dumpDatabase(db.dataSource)).map((hit) => hit.split(':')[0]));
    for (const { table } of FREE_TEXT) expect(tables).toContain(table);
    expect(tables).toContain('changes');
  });

  it('should redact every identifier from other records and their history, list the file, and report it', async () => {
    const { eraseContact } = await ok<{
      eraseContact: {
        contact: { id: string; lastName: string };
        redacted: { recordType: string; recordId: string; fields: string[] }[];
        filesToReview: { documentId: string; fileName: string; url: string }[];
      };
    }>(
      server.url,
      admin,
      `mutation($id: ID!) { eraseContact(input: { contactId: $id }) {
         contact { id lastName } redacted { recordType recordId fields } filesToReview { documentId fileName url }
       } }`,
      { id: janaId },
    );
    expect(eraseContact.contact).toEqual({ id: janaId, lastName: 'Erased contact' });
    expect(eraseContact.redacted).toEqual(
      expect.arrayContaining([
        { recordType: 'Activity', recordId: activityId, fields: ['subject', 'description', 'outcome', 'location'] },
        { recordType: 'Document', recordId: documentId, fields: ['title', 'body'] },
        { recordType: 'Document', recordId: documentId, fields: ['fileName'] },
        { recordType: 'Activity', recordId: activityId, fields: ['history'] },
        { recordType: 'Document', recordId: documentId, fields: ['history'] },
      ]),
    );
    const types = new Set(eraseContact.redacted.map((r) => r.recordType));
    for (const { recordType } of FREE_TEXT) expect(types).toContain(recordType);
    expect(eraseContact.filesToReview).toEqual([
      {
        documentId,
        fileName: expect.stringMatching(/^\[redacted\] notes\.txt/),
        url: `/files/documents/${documentId}`,
      },
    ]);

    const activity = await ok<{ activity: { subject: string; version: number } }>(
      server.url,
      admin,
      `query($id: ID!) { activity(id: $id) { subject version } }`,
      { id: activityId },
    );
    // Its subject got the mention of its place in FREE_TEXT (registry order) appended above.
    expect(activity.activity).toEqual({ subject: `Call with ${REDACTED} write to ${REDACTED} first`, version: 3 });

    expect(eraseContact.redacted).toContainEqual({
      recordType: 'Dashboard',
      recordId: dashboardId,
      fields: ['widgets'],
    });
    const board = await ok<{ dashboard: { widgets: { markdown: string; title: string; x: number; y: number }[] } }>(
      server.url,
      editor,
      `query($id: ID!) { dashboard(id: $id) { widgets { markdown title x y } } }`,
      { id: dashboardId },
    );
    expect(board.dashboard.widgets).toEqual([
      { markdown: `## Next steps\n- Call with ${REDACTED} on Monday`, title: 'Plan', x: 0, y: 0 },
      { markdown: 'Nothing about anyone', title: `cc ${REDACTED}`, x: 0, y: 2 },
    ]);

    // Only the listed file still holds her, until an admin decides.
    const left = hitsOf(await dumpDatabase(db.dataSource));
    expect(new Set(left.map((hit) => hit.split(':')[0]))).toEqual(new Set(['document_files']));
    const removed = await fetch(`${server.url}${eraseContact.filesToReview[0].url}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(removed.status).toBe(200);
    expect(hitsOf(await dumpDatabase(db.dataSource))).toEqual([]);
  });
});
