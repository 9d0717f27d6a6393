import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { insertRow } from '../../../test/rows';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const CREATE = `mutation($input: CreateTagInput!) { createTag(input: $input) { id version } }`;
const TAG = `mutation($input: TagRecordsInput!) { tagRecords(input: $input) { count } }`;
const MERGE = `mutation($input: MergeTagsInput!) {
  mergeTags(input: $input) { id label color description version usageCount usage { type count } }
}`;
const USAGE = `query($id: ID!) { tag(id: $id) { usageCount usage { type count } } }`;

describe('tag usage and merging over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let otherEditor: string;
  let otherEditorId: string;
  let viewer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    const other = await createUser(db.dataSource, { role: 'editor' });
    [otherEditor, otherEditorId] = [other.token, other.user.id];
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const createTag = async (input: Record<string, unknown>) =>
    (await ok<{ createTag: { id: string; version: number } }>(url, editor, CREATE, { input })).createTag;
  const organization = (name: string) => insertRow(db.dataSource, 'organizations', { name, kind: 'company' });
  const contact = (lastName: string) => insertRow(db.dataSource, 'contacts', { last_name: lastName });
  const privateActivity = (ownerId: string) =>
    insertRow(db.dataSource, 'activities', {
      subject: 'Private',
      kind: 'note',
      visibility: 'private',
      owner_id: ownerId,
    });

  it('should count a tag’s use by kind of record, leaving out what the viewer may not see', async () => {
    const tag = await createTag({ label: 'Counted' });
    const [a, b] = [await organization('Counted A'), await organization('Counted B')];
    const person = await contact('Counted');
    const hidden = await privateActivity(otherEditorId);
    await ok(url, editor, TAG, { input: { tagId: tag.id, organizationIds: [a, b], contactIds: [person] } });
    await ok(url, otherEditor, TAG, { input: { tagId: tag.id, activityIds: [hidden] } });

    const seen = await ok<{ tag: unknown }>(url, viewer, USAGE, { id: tag.id });
    expect(seen.tag).toEqual({
      usageCount: 3,
      usage: [
        { type: 'Organization', count: 2 },
        { type: 'Contact', count: 1 },
      ],
    });
    const byOwner = await ok<{ tag: { usageCount: number; usage: unknown[] } }>(url, otherEditor, USAGE, {
      id: tag.id,
    });
    expect(byOwner.tag.usageCount).toBe(4);
    expect(byOwner.tag.usage).toContainEqual({ type: 'Activity', count: 1 });
  });

  it('should move every tagging of the duplicate to the survivor, once per record, in one audited step', async () => {
    const survivor = await createTag({ label: 'Open Science' });
    const duplicate = await createTag({ label: 'OpenScience', color: '#2ca02c', description: 'Same thing' });
    const [both, onlyDuplicate] = [await organization('Tagged twice'), await organization('Tagged once')];
    const person = await contact('Merged');
    await ok(url, editor, TAG, { input: { tagId: survivor.id, organizationIds: [both] } });
    await ok(url, editor, TAG, {
      input: { tagId: duplicate.id, organizationIds: [both, onlyDuplicate], contactIds: [person] },
    });

    const merged = await ok<{ mergeTags: Record<string, unknown> }>(url, editor, MERGE, {
      input: { survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: survivor.version },
    });
    expect(merged.mergeTags).toMatchObject({
      id: survivor.id,
      label: 'Open Science',
      color: '#2ca02c',
      description: 'Same thing',
      version: survivor.version + 1,
      usageCount: 3,
      usage: [
        { type: 'Organization', count: 2 },
        { type: 'Contact', count: 1 },
      ],
    });
    const rows = await db.dataSource.query(`SELECT tag_id FROM taggings WHERE tag_id IN ($1, $2)`, [
      survivor.id,
      duplicate.id,
    ]);
    expect(rows).toHaveLength(3);
    expect(rows.every((row: { tag_id: string }) => row.tag_id === survivor.id)).toBe(true);
    const [gone] = await db.dataSource.query(`SELECT deleted_at FROM tags WHERE id = $1`, [duplicate.id]);
    expect(gone.deleted_at).toBeTruthy();
    const changes = await db.dataSource.query(
      `SELECT record_id AS id, action FROM changes WHERE action = 'merge' AND record_type = 'Tag' ORDER BY record_id`,
    );
    expect(changes.map((change: { id: string }) => change.id).sort()).toEqual([survivor.id, duplicate.id].sort());
  });

  it('should refuse merging to viewers, a tag into itself and a stale survivor, changing nothing', async () => {
    const survivor = await createTag({ label: 'Keep' });
    const duplicate = await createTag({ label: 'Drop' });
    const org = await organization('Still on Drop');
    await ok(url, editor, TAG, { input: { tagId: duplicate.id, organizationIds: [org] } });
    const input = { survivorId: survivor.id, duplicateId: duplicate.id, survivorVersion: survivor.version };

    expect((await failure(url, viewer, MERGE, { input })).code).toBe('FORBIDDEN');
    expect((await failure(url, editor, MERGE, { input: { ...input, duplicateId: survivor.id } })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await failure(url, editor, MERGE, { input: { ...input, survivorVersion: 7 } })).code).toBe('CONFLICT');
    const [row] = await db.dataSource.query(`SELECT tag_id FROM taggings WHERE organization_id = $1`, [org]);
    expect(row.tag_id).toBe(duplicate.id);
    const [live] = await db.dataSource.query(`SELECT deleted_at FROM tags WHERE id = $1`, [duplicate.id]);
    expect(live.deleted_at).toBeNull();
  });
});
