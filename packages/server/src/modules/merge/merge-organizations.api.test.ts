import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { auditApi, historyOf } from '../audit/audit.factories';

const MERGE_ORGANIZATIONS = `mutation($input: MergeOrganizationsInput!) {
  mergeOrganizations(input: $input) { id name acronym city website version parent { id } }
}`;

/** The tables that point at organizations, with their column. */
const ORGANIZATION_LINKS = [
  ['affiliations', 'organization_id'],
  ['project_organizations', 'organization_id'],
  ['activity_links', 'organization_id'],
  ['document_links', 'organization_id'],
  ['taggings', 'organization_id'],
  ['needs', 'organization_id'],
  ['organizations', 'parent_id'],
];

describe('merging organizations over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;
  let api: ReturnType<typeof auditApi>;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    api = auditApi(url, editor);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  /** How many rows of each table point at the record. */
  const linksOf = async (tables: string[][], id: string) => {
    const counts: Record<string, number> = {};
    for (const [table, column] of tables) {
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [id]);
      counts[table] = n;
    }
    return counts;
  };
  const row = async (table: string, id: string) =>
    (await db.dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];
  const mergeOrganizations = (input: Record<string, unknown>) =>
    ok<{ mergeOrganizations: Record<string, unknown> }>(url, editor, MERGE_ORGANIZATIONS, { input }).then(
      (data) => data.mergeOrganizations,
    );

  /** A survivor and a duplicate sharing some links, each kind of link once shared and once the duplicate's own. */
  async function organizationPair(names: [string, string]) {
    const parent = await api.organization({ name: `${names[0]} parent` });
    const survivor = await api.organization({ name: names[0], acronym: 'KEEP' });
    let duplicate = await api.organization({
      name: names[1],
      acronym: 'DROP',
      website: 'https://duplicate.example.org',
      parentId: parent.id,
    });
    duplicate = await api.update('Organization', { id: duplicate.id, version: duplicate.version, city: 'Paris' });
    const [shared, own] = [await api.contact({ lastName: 'Shared' }), await api.contact({ lastName: 'Own' })];
    for (const id of [survivor.id, duplicate.id])
      await api.affiliate({ contactId: shared.id, organizationId: id, role: 'Director' });
    await api.affiliate({ contactId: own.id, organizationId: duplicate.id });
    const [p1, p2] = [await api.project({ name: `${names[0]} P1` }), await api.project({ name: `${names[0]} P2` })];
    for (const id of [survivor.id, duplicate.id])
      await api.linkOrganizationToProject({ projectId: p1.id, organizationId: id });
    await api.linkOrganizationToProject({ projectId: p2.id, organizationId: duplicate.id, role: 'COORDINATOR' });
    await api.activity({ subject: 'About both', concerns: { organizationIds: [survivor.id, duplicate.id] } });
    const own_activity = await api.activity({
      subject: `Only about ${names[1]}`,
      concerns: { organizationIds: [duplicate.id] },
    });
    const document = await api.document({
      title: `Notes on ${names[1]}`,
      attachTo: { organizationIds: [duplicate.id] },
    });
    const [t1, t2] = [await api.tag(`${names[0]} T1`), await api.tag(`${names[0]} T2`)];
    await api.tagRecords({ tagId: t1.id, organizationIds: [survivor.id, duplicate.id] });
    await api.tagRecords({ tagId: t2.id, organizationIds: [duplicate.id] });
    await api.need({ title: 'GPUs', organizationId: duplicate.id });
    await api.organization({ name: `${names[1]} department`, parentId: duplicate.id });
    return { parent, survivor, duplicate, activity: own_activity, document };
  }

  it('should move every link of the duplicate organization, drop the doubles, fill empty fields and trash it', async () => {
    const { parent, survivor, duplicate, activity, document } = await organizationPair(['CNRS', 'C.N.R.S.']);
    expect(await linksOf(ORGANIZATION_LINKS, duplicate.id)).toEqual({
      affiliations: 2,
      project_organizations: 2,
      activity_links: 2,
      document_links: 1,
      taggings: 2,
      needs: 1,
      organizations: 1,
    });
    const survivorLinks = await linksOf(ORGANIZATION_LINKS, survivor.id);
    expect(survivorLinks).toMatchObject({ affiliations: 1, project_organizations: 1, activity_links: 1, taggings: 1 });
    const duplicateHistory = await historyOf(url, editor, duplicate.id);

    const merged = await mergeOrganizations({
      survivorId: survivor.id,
      duplicateId: duplicate.id,
      survivorVersion: survivor.version,
    });
    expect(merged).toMatchObject({
      id: survivor.id,
      name: 'CNRS',
      acronym: 'KEEP',
      city: 'Paris',
      website: 'https://duplicate.example.org',
      parent: { id: parent.id },
      version: survivor.version + 1,
    });
    expect(await linksOf(ORGANIZATION_LINKS, duplicate.id)).toEqual({
      affiliations: 0,
      project_organizations: 0,
      activity_links: 0,
      document_links: 0,
      taggings: 0,
      needs: 0,
      organizations: 0,
    });
    // Each kind: the shared link once, plus the duplicate's own (and its department).
    expect(await linksOf(ORGANIZATION_LINKS, survivor.id)).toEqual({
      affiliations: 2,
      project_organizations: 2,
      activity_links: 2,
      document_links: 1,
      taggings: 2,
      needs: 1,
      organizations: 1,
    });
    expect((await row('organizations', duplicate.id)).deleted_at).not.toBeNull();

    // The duplicate's history is now the survivor's, with the merge on both.
    const history = await historyOf(url, editor, survivor.id);
    expect(history[0]).toMatchObject({ action: 'MERGE', actor: { name: 'Eda Editor' } });
    expect(history[0].diff.duplicate.after).toMatchObject({ id: duplicate.id, name: 'C.N.R.S.' });
    expect(history[0].diff.city).toEqual({ before: null, after: 'Paris' });
    expect(history[0].diff).not.toHaveProperty('acronym');
    const ids = new Set(history.map((change) => change.id));
    expect(duplicateHistory.every((change) => ids.has(change.id))).toBe(true);
    // Undoing the duplicate's creation must not trash the survivor that now holds it.
    const createdDuplicate = duplicateHistory.find((change) => change.action === 'CREATE')!;
    const undo = await failure(
      url,
      editor,
      `mutation($input: RevertChangeInput!) { revertChange(input: $input) { id } }`,
      {
        input: { changeId: createdDuplicate.id },
      },
    );
    expect(undo.code).toBe('CONFLICT');
    expect((await row('organizations', survivor.id)).deleted_at).toBeNull();
    const left = await historyOf(url, editor, duplicate.id);
    expect(left.map((change) => change.action)).toEqual(['MERGE']);
    expect(left[0].diff.mergedInto).toEqual({ before: null, after: survivor.id });

    // The survivor's timeline shows what was the duplicate's; the trash shows the duplicate.
    const { organization } = await ok<{
      organization: { timeline: { nodes: { activity: { id: string } | null; document: { id: string } | null }[] } };
    }>(
      url,
      editor,
      `query($id: ID!) { organization(id: $id) { timeline(kinds: [ACTIVITY, DOCUMENT]) { nodes { activity { id } document { id } } } } }`,
      { id: survivor.id },
    );
    const shown = organization.timeline.nodes.map((item) => item.activity?.id ?? item.document?.id);
    expect(shown).toEqual(expect.arrayContaining([activity.id, document.id]));
    const { trash } = await ok<{ trash: { nodes: { id: string; deletedBy: { name: string } }[] } }>(
      url,
      editor,
      `{ trash(types: [ORGANIZATION]) { nodes { id deletedBy { name } } } }`,
    );
    expect(trash.nodes).toContainEqual({ id: duplicate.id, deletedBy: { name: 'Eda Editor' } });

    // Restored, the duplicate would be an empty shell beside the survivor that holds its links.
    const restore = await failure(
      url,
      editor,
      `mutation($input: RestoreRecordInput!) { restoreOrganization(input: $input) { id } }`,
      { input: { id: duplicate.id } },
    );
    expect(restore.code).toBe('BAD_USER_INPUT');
    expect(restore.message).toContain(`merged into ${survivor.id}`);
    expect((await row('organizations', duplicate.id)).deleted_at).not.toBeNull();
  });

  it('should refuse a stale survivorVersion with CONFLICT and move nothing', async () => {
    const { survivor, duplicate } = await organizationPair(['INFN', 'I.N.F.N.']);
    await api.update('Organization', { id: survivor.id, version: survivor.version, city: 'Frascati' });
    const before = [await linksOf(ORGANIZATION_LINKS, survivor.id), await linksOf(ORGANIZATION_LINKS, duplicate.id)];
    const histories = [await historyOf(url, editor, survivor.id), await historyOf(url, editor, duplicate.id)];

    const error = await failure(url, editor, MERGE_ORGANIZATIONS, {
      input: { survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: survivor.version },
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.extensions.current).toMatchObject({ id: survivor.id, city: 'Frascati' });
    expect([await linksOf(ORGANIZATION_LINKS, survivor.id), await linksOf(ORGANIZATION_LINKS, duplicate.id)]).toEqual(
      before,
    );
    expect([await historyOf(url, editor, survivor.id), await historyOf(url, editor, duplicate.id)]).toEqual(histories);
    expect(await row('organizations', duplicate.id)).toMatchObject({ deleted_at: null, acronym: 'DROP' });
    expect(await row('organizations', survivor.id)).toMatchObject({ city: 'Frascati', website: null });
  });

  it('should refuse merging a record with itself or with a trashed one, and viewers', async () => {
    const one = await api.organization({ name: 'Alone' });
    const trashed = await api.organization({ name: 'Trashed' });
    await api.remove('Organization', trashed.id);
    const self = await failure(url, editor, MERGE_ORGANIZATIONS, {
      input: { survivorId: one.id, duplicateId: one.id, survivorVersion: 1 },
    });
    expect(self.code).toBe('BAD_USER_INPUT');
    expect(self.extensions.fields).toHaveProperty('duplicateId');
    for (const input of [
      { survivorId: one.id, duplicateId: trashed.id, survivorVersion: 1 },
      { survivorId: trashed.id, duplicateId: one.id, survivorVersion: 2 },
    ]) {
      expect((await failure(url, editor, MERGE_ORGANIZATIONS, { input })).code).toBe('BAD_USER_INPUT');
    }
    const byViewer = await failure(url, viewer, MERGE_ORGANIZATIONS, {
      input: { survivorId: one.id, duplicateId: trashed.id, survivorVersion: 1 },
    });
    expect(byViewer.code).toBe('FORBIDDEN');
  });

  it('should let a survivor take the place of its duplicate parent, and refuse a duplicate higher above it', async () => {
    const top = await api.organization({ name: 'Top' });
    const duplicate = await api.organization({ name: 'Middle', parentId: top.id });
    const survivor = await api.organization({ name: 'Middle (dup)', parentId: duplicate.id });
    const sibling = await api.organization({ name: 'Sibling', parentId: duplicate.id });
    const merged = await mergeOrganizations({ survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: 1 });
    expect(merged.parent).toEqual({ id: top.id });
    expect((await row('organizations', sibling.id)).parent_id).toBe(survivor.id);

    const child = await api.organization({ name: 'Grandchild', parentId: sibling.id });
    const error = await failure(url, editor, MERGE_ORGANIZATIONS, {
      input: { survivorId: child.id, duplicateId: survivor.id, survivorVersion: 1 },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect((await row('organizations', survivor.id)).deleted_at).toBeNull();
  });
});
