import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { Contact } from '../contact/contact.entity';
import { Need } from '../need/need.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';

const FIELDS = `id kind subject status visibility version startsAt endsAt dueAt owner { name }
  participants { contacts { lastName } users { name } }
  concerns { organizations { name } contacts { lastName } projects { name } }
  links { id organizationId contactId projectId needId }`;
const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { ${FIELDS} } }`;

interface ActivityResult {
  id: string;
  subject: string;
  version: number;
  participants: { contacts: { lastName: string }[]; users: { name: string }[] };
  concerns: { organizations: { name: string }[]; contacts: { lastName: string }[]; projects: { name: string }[] };
  links: { id: string; organizationId: string | null; contactId: string | null; needId: string | null }[];
}

describe('activities over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let colleague: { id: string; token: string };
  let org: Organization;
  let otherOrg: Organization;
  let contact: Contact;
  let participant: Contact;
  let project: Project;
  let need: Need;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const e = await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' });
    editor = e.token;
    const c = await createUser(db.dataSource, { role: 'editor', name: 'Carl Colleague' });
    colleague = { id: c.user.id, token: c.token };
    const m = db.dataSource.manager;
    org = await m.save(m.create(Organization, { name: 'CERN', kind: 'research_institute' }));
    otherOrg = await m.save(m.create(Organization, { name: 'EMBL', kind: 'research_institute' }));
    contact = await m.save(m.create(Contact, { firstName: 'Ada', lastName: 'Lovelace' }));
    participant = await m.save(m.create(Contact, { firstName: 'Alan', lastName: 'Turing' }));
    project = await m.save(m.create(Project, { name: 'EOSC Future', kind: 'international' }));
    need = await m.save(m.create(Need, { organizationId: org.id, title: 'GPUs', category: 'compute' }));
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const create = async (input: Record<string, unknown>, token = editor) =>
    (await ok<{ createActivity: ActivityResult }>(url, token, CREATE, { input })).createActivity;

  it('should create an activity with participants and concerns in one go, recording each link on both ends', async () => {
    const activity = await create({
      kind: 'MEETING',
      subject: 'Kick-off',
      startsAt: '2030-01-10T09:00:00Z',
      endsAt: '2030-01-10T10:00:00Z',
      participantContactIds: [participant.id],
      participantUserIds: [colleague.id],
      concerns: { organizationIds: [org.id], contactIds: [contact.id], projectIds: [project.id], needIds: [need.id] },
    });
    expect(activity).toMatchObject({
      subject: 'Kick-off',
      status: 'PLANNED',
      visibility: 'EVERYONE',
      version: 1,
      owner: { name: 'Eda Editor' },
      participants: { contacts: [{ lastName: 'Turing' }], users: [{ name: 'Carl Colleague' }] },
      concerns: {
        organizations: [{ name: 'CERN' }],
        contacts: [{ lastName: 'Lovelace' }],
        projects: [{ name: 'EOSC Future' }],
      },
    });
    expect(activity.links).toHaveLength(4);

    const changes: { record_type: string; record_id: string; action: string; diff: Record<string, unknown> }[] =
      await db.dataSource.query(
        `SELECT record_type, record_id, action, diff FROM changes WHERE request_id IN
        (SELECT request_id FROM changes WHERE record_id = $1 AND action = 'create')`,
        [activity.id],
      );
    const summary = changes.map((c) => `${c.record_type}:${c.action}`).sort();
    expect(summary).toEqual(
      [
        'Activity:create',
        ...Array(6).fill('Activity:link'),
        'Contact:link',
        'Contact:link',
        'Need:link',
        'Organization:link',
        'Project:link',
        'User:link',
      ].sort(),
    );
    const orgChange = changes.find((c) => c.record_type === 'Organization')!;
    expect(orgChange.record_id).toBe(org.id);
    expect(orgChange.diff).toEqual({
      activityLink: {
        before: null,
        after: { id: expect.any(String), activityId: activity.id, organizationId: org.id },
      },
    });
  });

  it('should refuse an end before the start and a blank subject per field, and write nothing', async () => {
    const count = () => db.dataSource.query(`SELECT count(*)::int AS n FROM activities`);
    const before = await count();
    const error = await failure(url, editor, CREATE, {
      input: { kind: 'CALL', subject: '  ', startsAt: '2030-01-10T09:00:00Z', endsAt: '2030-01-10T08:00:00Z' },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields as object).sort()).toEqual(['endsAt', 'subject']);
    expect((error.extensions.fields as Record<string, string[]>).endsAt).toEqual(['must not be before startsAt']);

    const missing = await failure(url, editor, CREATE, {
      input: {
        kind: 'CALL',
        subject: 'Call',
        concerns: { organizationIds: [org.id, '00000000-0000-4000-8000-000000000000'] },
      },
    });
    expect(missing.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(missing.extensions.fields as object)).toEqual(['concerns.organizationIds']);
    expect(await count()).toEqual(before);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM changes WHERE diff::text LIKE '%Call%'`)).toEqual([
      { n: 0 },
    ]);
  });

  it('should update with the version, check times against stored ones, and refuse a stale version', async () => {
    const activity = await create({ kind: 'CALL', subject: 'Catch-up', startsAt: '2030-02-01T09:00:00Z' });
    const updated = await ok<{ updateActivity: ActivityResult & { status: string } }>(url, editor, UPDATE, {
      input: { id: activity.id, version: 1, status: 'DONE', subject: 'Catch-up call' },
    });
    expect(updated.updateActivity).toMatchObject({ status: 'DONE', subject: 'Catch-up call', version: 2 });
    const early = await failure(url, editor, UPDATE, {
      input: { id: activity.id, version: 2, endsAt: '2030-02-01T08:00:00Z' },
    });
    expect(early.extensions.fields).toEqual({ endsAt: ['must not be before startsAt'] });
    const stale = await failure(url, editor, UPDATE, { input: { id: activity.id, version: 1, subject: 'Again' } });
    expect(stale.code).toBe('CONFLICT');
    const [change] = await db.dataSource.query(`SELECT diff FROM changes WHERE record_id = $1 AND action = 'update'`, [
      activity.id,
    ]);
    expect(change.diff.status).toEqual({ before: 'planned', after: 'done' });
  });

  it('should add and remove participants, recording each on both ends', async () => {
    const activity = await create({ kind: 'MEETING', subject: 'Board' });
    const ADD = `mutation($input: ActivityParticipantsInput!) {
      addActivityParticipants(input: $input) { participants { contacts { lastName } users { name } } }
    }`;
    const added = await ok<{ addActivityParticipants: ActivityResult }>(url, editor, ADD, {
      input: { activityId: activity.id, contactIds: [contact.id, participant.id], userIds: [colleague.id] },
    });
    expect(added.addActivityParticipants.participants.contacts.map((c) => c.lastName).sort()).toEqual([
      'Lovelace',
      'Turing',
    ]);
    // Adding again changes nothing.
    await ok(url, editor, ADD, { input: { activityId: activity.id, contactIds: [contact.id] } });
    const removed = await ok<{ removeActivityParticipants: ActivityResult }>(
      url,
      editor,
      `mutation($input: ActivityParticipantsInput!) {
        removeActivityParticipants(input: $input) { participants { contacts { lastName } users { name } } }
      }`,
      { input: { activityId: activity.id, contactIds: [contact.id], userIds: [colleague.id] } },
    );
    expect(removed.removeActivityParticipants.participants).toEqual({ contacts: [{ lastName: 'Turing' }], users: [] });
    const rows: { record_type: string; action: string }[] = await db.dataSource.query(
      `SELECT record_type, action FROM changes WHERE diff->'activityContact'->'after'->>'activityId' = $1
         OR diff->'activityContact'->'before'->>'activityId' = $1
         OR diff->'activityUser'->'after'->>'activityId' = $1 OR diff->'activityUser'->'before'->>'activityId' = $1`,
      [activity.id],
    );
    expect(rows.map((r) => `${r.record_type}:${r.action}`).sort()).toEqual(
      [
        'Activity:link',
        'Activity:link',
        'Activity:link',
        'Activity:unlink',
        'Activity:unlink',
        'Contact:link',
        'Contact:link',
        'Contact:unlink',
        'User:link',
        'User:unlink',
      ].sort(),
    );
  });

  it('should link to exactly one record, refuse two or none per field, and unlink by the link id', async () => {
    const activity = await create({ kind: 'EMAIL', subject: 'Follow-up' });
    const LINK = `mutation($input: LinkActivityInput!) {
      linkActivity(input: $input) { id organizationId activity { id concerns { organizations { name } } } }
    }`;
    const linked = await ok<{
      linkActivity: { id: string; activity: { concerns: { organizations: { name: string }[] } } };
    }>(url, editor, LINK, { input: { activityId: activity.id, organizationId: otherOrg.id } });
    expect(linked.linkActivity.activity.concerns.organizations).toEqual([{ name: 'EMBL' }]);

    const two = await failure(url, editor, LINK, {
      input: { activityId: activity.id, organizationId: org.id, projectId: project.id },
    });
    expect(two.code).toBe('BAD_USER_INPUT');
    expect(two.extensions.fields).toEqual({
      organizationId: ['give only one target'],
      projectId: ['give only one target'],
    });
    const none = await failure(url, editor, LINK, { input: { activityId: activity.id } });
    expect(Object.keys(none.extensions.fields as object)).toEqual([
      'organizationId',
      'contactId',
      'projectId',
      'needId',
    ]);
    const again = await failure(url, editor, LINK, { input: { activityId: activity.id, organizationId: otherOrg.id } });
    expect(again.code).toBe('CONFLICT');

    const unlinked = await ok<{ unlinkActivity: { concerns: { organizations: unknown[] } } }>(
      url,
      editor,
      `mutation($id: ID!) { unlinkActivity(input: { id: $id }) { concerns { organizations { name } } } }`,
      { id: linked.linkActivity.id },
    );
    expect(unlinked.unlinkActivity.concerns.organizations).toEqual([]);
    const ends: { record_type: string; action: string }[] = await db.dataSource.query(
      `SELECT record_type, action FROM changes WHERE diff->'activityLink'->'before'->>'id' = $1`,
      [linked.linkActivity.id],
    );
    expect(ends.map((r) => `${r.record_type}:${r.action}`).sort()).toEqual(['Activity:unlink', 'Organization:unlink']);
  });

  it('should move to the trash, leave lists, stay readable by id and come back', async () => {
    const activity = await create({ kind: 'NOTE', subject: 'Trash me note' });
    await ok(url, editor, `mutation($id: ID!) { deleteActivity(input: { id: $id }) { deletedAt } }`, {
      id: activity.id,
    });
    const listed = await ok<{ activities: { totalCount: number } }>(
      url,
      editor,
      `{ activities(filter: { text: "Trash me note" }) { totalCount } }`,
    );
    expect(listed.activities.totalCount).toBe(0);
    const byId = await ok<{ activity: { deletedAt: string } }>(
      url,
      editor,
      `query($id: ID!) { activity(id: $id) { deletedAt } }`,
      {
        id: activity.id,
      },
    );
    expect(byId.activity.deletedAt).toBeTruthy();
    const restored = await ok<{ restoreActivity: { deletedAt: null; version: number } }>(
      url,
      editor,
      `mutation($id: ID!) { restoreActivity(input: { id: $id }) { deletedAt version } }`,
      { id: activity.id },
    );
    expect(restored.restoreActivity).toEqual({ deletedAt: null, version: 3 });
  });
});
