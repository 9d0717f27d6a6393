import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { insertRow } from '../../../test/rows';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const CREATE = `mutation($input: CreateTagInput!) { createTag(input: $input) { id label color version usageCount } }`;
const UPDATE = `mutation($input: UpdateTagInput!) { updateTag(input: $input) { id label color version } }`;
const TAG = `mutation($input: TagRecordsInput!) { tagRecords(input: $input) { count tag { label usageCount } } }`;
const UNTAG = `mutation($input: TagRecordsInput!) { untagRecords(input: $input) { count tag { label usageCount } } }`;

describe('tags over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let editorId: string;
  let viewer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const made = await createUser(db.dataSource, { role: 'editor' });
    [editor, editorId] = [made.token, made.user.id];
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const createTag = async (label: string, color?: string) =>
    (await ok<{ createTag: { id: string; version: number } }>(url, editor, CREATE, { input: { label, color } }))
      .createTag;
  const organization = (name: string) => insertRow(db.dataSource, 'organizations', { name, kind: 'company' });
  const need = (title: string, organizationId: string) =>
    insertRow(db.dataSource, 'needs', { title, category: 'compute', organization_id: organizationId });
  const tagsOf = async (id: string) =>
    (
      await ok<{ organization: { tags: { label: string }[] } }>(
        url,
        viewer,
        `query($id: ID!) { organization(id: $id) { tags { label } } }`,
        { id },
      )
    ).organization.tags.map((tag) => tag.label);

  it('should create a tag and refuse the same label in any case with CONFLICT', async () => {
    const tag = await createTag('Open Science', '#1f77b4');
    expect(tag).toMatchObject({ version: 1 });
    const again = await failure(url, editor, CREATE, { input: { label: '  open SCIENCE ' } });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toBe('A tag labelled "Open Science" already exists');
    expect(again.extensions.current).toMatchObject({ id: tag.id, label: 'Open Science' });
  });

  it('should refuse a bad colour and a blank label per field', async () => {
    const error = await failure(url, editor, CREATE, { input: { label: ' ', color: 'red' } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields as object).sort()).toEqual(['color', 'label']);
  });

  it('should update with the current version, and refuse a stale one or a taken label with CONFLICT', async () => {
    await createTag('Taken');
    const tag = await createTag('Renamable');
    const updated = await ok<{ updateTag: { label: string; version: number } }>(url, editor, UPDATE, {
      input: { id: tag.id, version: 1, label: 'Renamed', color: '#00ff00' },
    });
    expect(updated.updateTag).toMatchObject({ label: 'Renamed', version: 2 });
    expect((await failure(url, editor, UPDATE, { input: { id: tag.id, version: 1, label: 'Again' } })).code).toBe(
      'CONFLICT',
    );
    const taken = await failure(url, editor, UPDATE, { input: { id: tag.id, version: 2, label: 'TAKEN' } });
    expect(taken).toMatchObject({ code: 'CONFLICT', message: 'A tag labelled "Taken" already exists' });
  });

  it('should tag records of several kinds at once, idempotently, with a history entry on each end', async () => {
    const tag = await createTag('Sponsor');
    const [a, b] = [await organization('Tag Org A'), await organization('Tag Org B')];
    const needId = await need('Tagged need', a);
    const input = { tagId: tag.id, organizationIds: [a, b], needIds: [needId] };

    const first = await ok<{ tagRecords: { count: number; tag: { usageCount: number } } }>(url, editor, TAG, { input });
    expect(first.tagRecords).toEqual({ count: 3, tag: { label: 'Sponsor', usageCount: 3 } });
    const again = await ok<{ tagRecords: { count: number } }>(url, editor, TAG, {
      input: { ...input, organizationIds: [a, a.toUpperCase(), b] },
    });
    expect(again.tagRecords.count).toBe(0);

    const changes = await db.dataSource.query(
      `SELECT record_type AS "type", record_id AS "id", action, diff FROM changes
       WHERE action = 'link' AND diff->'tagging'->'after'->>'tagId' = $1 ORDER BY record_type, record_id`,
      [tag.id],
    );
    expect(
      changes
        .filter((c: { type: string }) => c.type !== 'Tag')
        .map((c: { id: string }) => c.id)
        .sort(),
    ).toEqual([a, b, needId].sort());
    expect(changes.filter((c: { type: string }) => c.type === 'Tag')).toHaveLength(3);
    const needChange = changes.find((c: { id: string }) => c.id === needId);
    expect(needChange.diff.tagging).toEqual({ before: null, after: { tagId: tag.id, label: 'Sponsor', needId } });

    expect(await tagsOf(a)).toEqual(['Sponsor']);
    const needTags = await ok<{ need: { tags: { label: string }[] } }>(
      url,
      viewer,
      `query($id: ID!) { need(id: $id) { tags { label } } }`,
      { id: needId },
    );
    expect(needTags.need.tags).toEqual([{ label: 'Sponsor' }]);

    const untag = await ok<{ untagRecords: { count: number; tag: { usageCount: number } } }>(url, editor, UNTAG, {
      input: { tagId: tag.id, organizationIds: [a] },
    });
    expect(untag.untagRecords).toEqual({ count: 1, tag: { label: 'Sponsor', usageCount: 2 } });
    const untagAgain = await ok<{ untagRecords: { count: number } }>(url, editor, UNTAG, {
      input: { tagId: tag.id, organizationIds: [a] },
    });
    expect(untagAgain.untagRecords.count).toBe(0);
    const unlinks = await db.dataSource.query(
      `SELECT record_type AS type FROM changes WHERE action = 'unlink' AND record_id IN ($1, $2) ORDER BY record_type`,
      [a, tag.id],
    );
    expect(unlinks.map((c: { type: string }) => c.type)).toEqual(['Organization', 'Tag']);
    expect(await tagsOf(a)).toEqual([]);
  });

  it('should show tags on contacts, projects, activities and documents too', async () => {
    const tag = await createTag('Everywhere');
    const ids = {
      contact: await insertRow(db.dataSource, 'contacts', { last_name: 'Tagged' }),
      project: await insertRow(db.dataSource, 'projects', { name: 'Tagged', kind: 'other' }),
      // Activities and documents may be tagged by those who may change them: here their owner.
      activity: await insertRow(db.dataSource, 'activities', { kind: 'note', subject: 'Tagged', owner_id: editorId }),
      document: await insertRow(db.dataSource, 'documents', { title: 'Tagged', owner_id: editorId }),
    };
    const tagged = await ok<{ tagRecords: { count: number } }>(url, editor, TAG, {
      input: {
        tagId: tag.id,
        contactIds: [ids.contact],
        projectIds: [ids.project],
        activityIds: [ids.activity],
        documentIds: [ids.document],
      },
    });
    expect(tagged.tagRecords.count).toBe(4);
    const shown = await ok<Record<string, { tags: { label: string }[] }>>(
      url,
      viewer,
      `query($contact: ID!, $project: ID!, $activity: ID!, $document: ID!) {
        contact(id: $contact) { tags { label } }
        project(id: $project) { tags { label } }
        activity(id: $activity) { tags { label } }
        document(id: $document) { tags { label } }
      }`,
      ids,
    );
    expect(shown).toEqual({
      contact: { tags: [{ label: 'Everywhere' }] },
      project: { tags: [{ label: 'Everywhere' }] },
      activity: { tags: [{ label: 'Everywhere' }] },
      document: { tags: [{ label: 'Everywhere' }] },
    });
  });

  it('should refuse unknown or trashed records per field and tag none of them', async () => {
    const tag = await createTag('Atomic');
    const live = await organization('Live Org');
    const trashed = await insertRow(db.dataSource, 'organizations', {
      name: 'Trashed Org',
      kind: 'other',
      deleted_at: new Date(),
    });
    const missing = '00000000-0000-4000-8000-000000000001';
    const error = await failure(url, editor, TAG, {
      input: { tagId: tag.id, organizationIds: [live, trashed], needIds: [missing] },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions.fields as Record<string, string[]>;
    expect(fields.organizationIds[0]).toContain(trashed);
    expect(fields.organizationIds[0]).not.toContain(live);
    expect(fields.needIds[0]).toContain(missing);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM taggings WHERE tag_id = $1`, [tag.id]);
    expect(n).toBe(0);

    const unknownTag = await failure(url, editor, TAG, { input: { tagId: missing, organizationIds: [live] } });
    expect(unknownTag.extensions.fields).toEqual({ tagId: ['is not an existing tag'] });
  });

  it('should hide a trashed tag from records and lists, and show it again once restored', async () => {
    const tag = await createTag('Ephemeral');
    const keep = await createTag('Permanent');
    const org = await organization('Ephemeral Org');
    await ok(url, editor, TAG, { input: { tagId: tag.id, organizationIds: [org] } });
    await ok(url, editor, TAG, { input: { tagId: keep.id, organizationIds: [org] } });
    expect(await tagsOf(org)).toEqual(['Ephemeral', 'Permanent']);

    await ok(url, editor, `mutation($id: ID!) { deleteTag(input: { id: $id }) { id } }`, { id: tag.id });
    expect(await tagsOf(org)).toEqual(['Permanent']);
    const listed = await ok<{ tags: { nodes: { label: string }[] } }>(
      url,
      viewer,
      `{ tags(filter: { text: "ephem" }) { nodes { label } } }`,
    );
    expect(listed.tags.nodes).toEqual([]);
    const inTrash = await failure(url, editor, CREATE, { input: { label: 'EPHEMERAL' } });
    expect(inTrash).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/in the trash/) });
    expect((await failure(url, editor, TAG, { input: { tagId: tag.id, organizationIds: [org] } })).code).toBe(
      'BAD_USER_INPUT',
    );

    await ok(url, editor, `mutation($id: ID!) { restoreTag(input: { id: $id }) { id } }`, { id: tag.id });
    expect(await tagsOf(org)).toEqual(['Ephemeral', 'Permanent']);
  });

  it('should list tags by label, filtered by text, with paging', async () => {
    for (const label of ['Zz-gamma', 'Zz-alpha', 'Zz-beta']) await createTag(label);
    const page = await ok<{
      tags: { totalCount: number; nodes: { label: string }[]; pageInfo: { hasNextPage: boolean } };
    }>(
      url,
      viewer,
      `{ tags(first: 2, filter: { text: "zz-" }) { totalCount nodes { label } pageInfo { hasNextPage } } }`,
    );
    expect(page.tags).toEqual({
      totalCount: 3,
      nodes: [{ label: 'Zz-alpha' }, { label: 'Zz-beta' }],
      pageInfo: { hasNextPage: true },
    });
  });

  it('should load the tags of any number of records in the same number of statements', async () => {
    const tags = [await createTag('Batch-1'), await createTag('Batch-2')];
    const orgs: string[] = [];
    for (let i = 0; i < 6; i++) orgs.push(await organization(`Batched ${i}`));
    for (const tag of tags) await ok(url, editor, TAG, { input: { tagId: tag.id, organizationIds: orgs } });

    const statementsFor = async (text: string) => {
      let statements = 0;
      const logger = db.dataSource.logger;
      const logQuery = logger.logQuery.bind(logger);
      logger.logQuery = (...args) => {
        statements++;
        return logQuery(...args);
      };
      try {
        const result = await ok<{ organizations: { nodes: { tags: { label: string }[] }[] } }>(
          url,
          viewer,
          `query($text: String) { organizations(filter: { text: $text }) { nodes { tags { label } } } }`,
          { text },
        );
        return { statements, nodes: result.organizations.nodes };
      } finally {
        logger.logQuery = logQuery;
      }
    };
    const one = await statementsFor('Batched 0');
    const many = await statementsFor('Batched');
    expect(one.nodes).toHaveLength(1);
    expect(many.nodes).toHaveLength(6);
    expect(many.nodes.every((node) => node.tags.map((t) => t.label).join() === 'Batch-1,Batch-2')).toBe(true);
    expect(many.statements).toBe(one.statements);
  });

  it('should refuse tag changes to viewers', async () => {
    expect((await failure(url, viewer, CREATE, { input: { label: 'Viewer tag' } })).code).toBe('FORBIDDEN');
    const tag = await createTag('Viewer-proof');
    const org = await organization('Viewer Org');
    expect((await failure(url, viewer, TAG, { input: { tagId: tag.id, organizationIds: [org] } })).code).toBe(
      'FORBIDDEN',
    );
  });

  it("should count only the records the viewer may see, leaving out others' private activities", async () => {
    const tag = await createTag('Confidential');
    const activity = (visibility: string) =>
      insertRow(db.dataSource, 'activities', {
        kind: 'call',
        subject: `A ${visibility} call`,
        visibility,
        owner_id: editorId,
      });
    const input = { tagId: tag.id, activityIds: [await activity('everyone'), await activity('private')] };
    await ok(url, editor, TAG, { input });

    const COUNT = `query($id: ID!) { tag(id: $id) { usageCount } }`;
    const countFor = async (token: string) =>
      (await ok<{ tag: { usageCount: number } }>(url, token, COUNT, { id: tag.id })).tag.usageCount;
    expect(await countFor(editor)).toBe(2);
    expect(await countFor(viewer)).toBe(1);
  });
});
