import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { insertRow } from '../../../test/rows';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import type { User } from '../user/user.entity';

const REASSIGN = `mutation($input: ReassignOwnerInput!) { reassignOwner(input: $input) }`;
const TAG = `mutation($input: TagRecordsInput!) { tagRecords(input: $input) { count } }`;

describe('bulk operations over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let editorUser: User;
  let viewer: string;
  let admin: string;
  let newOwner: User;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    ({ token: editor, user: editorUser } = await createUser(db.dataSource, { role: 'editor' }));
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    newOwner = (await createUser(db.dataSource, { role: 'editor', name: 'Olga Owner' })).user;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const records = async (ownerId: string | null = editorUser.id) => {
    const organizationId = await insertRow(db.dataSource, 'organizations', {
      name: 'Bulk Org',
      kind: 'other',
      owner_id: ownerId,
    });
    return {
      organizationId,
      contactId: await insertRow(db.dataSource, 'contacts', { last_name: 'Bulk', owner_id: ownerId }),
      projectId: await insertRow(db.dataSource, 'projects', { name: 'Bulk Project', kind: 'other', owner_id: ownerId }),
      needId: await insertRow(db.dataSource, 'needs', {
        title: 'Bulk need',
        category: 'other',
        organization_id: organizationId,
        owner_id: ownerId,
      }),
      documentId: await insertRow(db.dataSource, 'documents', { title: 'Bulk doc', owner_id: ownerId }),
    };
  };
  const row = async (table: string, id: string) =>
    (await db.dataSource.query(`SELECT owner_id AS "ownerId", version FROM ${table} WHERE id = $1`, [id]))[0];

  it('should give records of several kinds to a new owner at once, each with a new version and history', async () => {
    const r = await records();
    const input = {
      ownerId: newOwner.id,
      organizationIds: [r.organizationId],
      contactIds: [r.contactId],
      projectIds: [r.projectId],
      needIds: [r.needId],
      documentIds: [r.documentId],
    };
    const { reassignOwner } = await ok<{ reassignOwner: number }>(url, editor, REASSIGN, { input });
    expect(reassignOwner).toBe(5);
    for (const [table, id] of [
      ['organizations', r.organizationId],
      ['contacts', r.contactId],
      ['projects', r.projectId],
      ['needs', r.needId],
      ['documents', r.documentId],
    ]) {
      expect(await row(table, id)).toEqual({ ownerId: newOwner.id, version: 2 });
    }
    const changes = await db.dataSource.query(
      `SELECT record_type AS type, diff FROM changes WHERE action = 'update' AND record_id = ANY($1::uuid[]) ORDER BY record_type`,
      [Object.values(r)],
    );
    expect(changes.map((c: { type: string }) => c.type)).toEqual([
      'Contact',
      'Document',
      'Need',
      'Organization',
      'Project',
    ]);
    expect(changes[0].diff).toEqual({ ownerId: { before: editorUser.id, after: newOwner.id } });

    // The editor no longer owns the document, so an admin asks again.
    const again = await ok<{ reassignOwner: number }>(url, admin, REASSIGN, { input });
    expect(again.reassignOwner).toBe(0);
    expect(await row('organizations', r.organizationId)).toEqual({ ownerId: newOwner.id, version: 2 });
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM changes WHERE action = 'update' AND record_id = ANY($1::uuid[])`,
      [Object.values(r)],
    );
    expect(n).toBe(5);
  });

  it('should refuse an unknown owner per field', async () => {
    const r = await records();
    const error = await failure(url, editor, REASSIGN, {
      input: { ownerId: '00000000-0000-4000-8000-000000000009', organizationIds: [r.organizationId] },
    });
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: { ownerId: ['is not an existing user'] } },
    });
  });

  it('should change nothing when one of the records does not exist', async () => {
    const r = await records();
    const error = await failure(url, editor, REASSIGN, {
      input: {
        ownerId: newOwner.id,
        organizationIds: [r.organizationId],
        needIds: ['00000000-0000-4000-8000-000000000010'],
      },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields as object)).toEqual(['needIds']);
    expect(await row('organizations', r.organizationId)).toEqual({ ownerId: editorUser.id, version: 1 });
  });

  it('should refuse bulk changes to viewers', async () => {
    const r = await records();
    expect((await failure(url, viewer, REASSIGN, { input: { ownerId: newOwner.id, needIds: [r.needId] } })).code).toBe(
      'FORBIDDEN',
    );
    expect(await row('needs', r.needId)).toEqual({ ownerId: editorUser.id, version: 1 });
  });

  it('should keep to the visibility of activities and documents: hidden ones do not exist, others’ are FORBIDDEN', async () => {
    const { user: stranger } = await createUser(db.dataSource, { role: 'editor' });
    const team = await createTeam(db.dataSource);
    const { token: teammate } = await createUser(db.dataSource, { role: 'editor', teamIds: [team.id] });
    const activity = (visibility: string, teamId: string | null = null) =>
      insertRow(db.dataSource, 'activities', {
        kind: 'call',
        subject: 'Call',
        visibility,
        owner_id: stranger.id,
        team_id: teamId,
      });
    const hidden = await activity('private');
    const open = await activity('everyone');
    const ofTeam = await activity('team', team.id);
    const tag = (
      await ok<{ createTag: { id: string } }>(url, admin, `mutation { createTag(input: { label: "Visible" }) { id } }`)
    ).createTag;

    const notFound = await failure(url, editor, REASSIGN, { input: { ownerId: newOwner.id, activityIds: [hidden] } });
    expect(notFound.code).toBe('BAD_USER_INPUT');
    expect((notFound.extensions.fields as Record<string, string[]>).activityIds[0]).toContain(hidden);
    expect((await failure(url, editor, TAG, { input: { tagId: tag.id, activityIds: [open] } })).code).toBe('FORBIDDEN');
    expect(
      (
        await ok<{ tagRecords: { count: number } }>(url, teammate, TAG, {
          input: { tagId: tag.id, activityIds: [ofTeam] },
        })
      ).tagRecords.count,
    ).toBe(1);
    expect(
      (
        await ok<{ reassignOwner: number }>(url, admin, REASSIGN, {
          input: { ownerId: newOwner.id, activityIds: [hidden, open] },
        })
      ).reassignOwner,
    ).toBe(2);
  });

  it('should name records of the kinds that carry tags only, and hand saved views over only with all of a user’s records', async () => {
    const fields = async (type: string) =>
      (
        await ok<{ __type: { inputFields: { name: string }[] } }>(
          url,
          admin,
          `query($type: String!) { __type(name: $type) { inputFields { name } } }`,
          { type },
        )
      ).__type.inputFields.map((field) => field.name);
    for (const type of ['ReassignOwnerInput', 'TagRecordsInput']) {
      expect([type, await fields(type)]).toEqual([type, expect.arrayContaining(['organizationIds', 'needIds'])]);
      expect([type, await fields(type)]).toEqual([type, expect.not.arrayContaining(['savedViewIds'])]);
    }
    const { user: leaving } = await createUser(db.dataSource, { role: 'editor' });
    const view = await insertRow(db.dataSource, 'saved_views', {
      name: 'Private press list',
      kind: 'contact',
      visibility: 'private',
      owner_id: leaving.id,
    });
    const handOver = { input: { ownerId: newOwner.id, fromOwnerId: leaving.id } };
    expect((await failure(url, editor, REASSIGN, handOver)).code).toBe('FORBIDDEN');
    expect(await row('saved_views', view)).toEqual({ ownerId: leaving.id, version: 1 });
    expect((await ok<{ reassignOwner: number }>(url, admin, REASSIGN, handOver)).reassignOwner).toBe(1);
    expect(await row('saved_views', view)).toEqual({ ownerId: newOwner.id, version: 2 });
  });
});
