import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { auditApi } from '../audit/audit.factories';

const CREATE = `mutation($input: CreateActivityInput!) {
  createActivity(input: $input) {
    id subject
    participants { contacts { name } users { name } }
  }
}`;
const TODOS = `query($organizationId: ID!) {
  activities(filter: { kinds: [TODO], concerning: { organizationId: $organizationId } }) {
    nodes { subject status dueAt visibility owner { name } team { id } }
  }
}`;

describe('logging an activity with its participants and a follow-up to-do, over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let colleague: { id: string; token: string };
  let api: ReturnType<typeof auditApi>;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' })).token;
    const user = await createUser(db.dataSource, { role: 'editor', name: 'Colin Colleague' });
    colleague = { id: user.user.id, token: user.token };
    api = auditApi(url, editor);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const count = async (sql: string) => ((await db.dataSource.query(sql)) as { n: number }[])[0].n;

  it('should create the meeting, its participants and its to-do, concerning the same records, together', async () => {
    const organization = await api.organization({ name: 'SURF' });
    const [ada, alan] = [await api.contact({ lastName: 'Ada' }), await api.contact({ lastName: 'Alan' })];
    const { createActivity } = await ok<{
      createActivity: { participants: { contacts: { name: string }[]; users: { name: string }[] } };
    }>(url, editor, CREATE, {
      input: {
        kind: 'MEETING',
        subject: 'Kick-off at SURF',
        status: 'DONE',
        visibility: 'TEAM',
        participantContactIds: [ada.id, alan.id],
        participantUserIds: [colleague.id],
        concerns: { organizationIds: [organization.id] },
        followUp: { subject: 'Send the slides', dueAt: '2030-01-15T09:00:00.000Z', ownerId: colleague.id },
      },
    });
    expect(createActivity.participants.contacts.map((contact) => contact.name).sort()).toEqual(['Ada', 'Alan']);
    expect(createActivity.participants.users).toEqual([{ name: 'Colin Colleague' }]);
    // Team-visible without a team: only its owner (and admins) see it, here the colleague.
    const { activities } = await ok<{ activities: { nodes: unknown[] } }>(url, colleague.token, TODOS, {
      organizationId: organization.id,
    });
    expect(activities.nodes).toEqual([
      {
        subject: 'Send the slides',
        status: 'PLANNED',
        dueAt: '2030-01-15T09:00:00.000Z',
        visibility: 'TEAM',
        owner: { name: 'Colin Colleague' },
        team: null,
      },
    ]);
  });

  it('should give the to-do to the owner of the activity when no one is named', async () => {
    const organization = await api.organization({ name: 'GRNET' });
    await ok(url, editor, CREATE, {
      input: {
        kind: 'CALL',
        subject: 'Call GRNET',
        concerns: { organizationIds: [organization.id] },
        followUp: { subject: 'Call back' },
      },
    });
    const { activities } = await ok<{ activities: { nodes: { owner: { name: string }; dueAt: null }[] } }>(
      url,
      editor,
      TODOS,
      { organizationId: organization.id },
    );
    expect(activities.nodes).toMatchObject([{ subject: 'Call back', owner: { name: 'Eda Editor' }, dueAt: null }]);
  });

  it('should create nothing at all when a participant does not exist or the to-do is blank', async () => {
    const organization = await api.organization({ name: 'CESNET' });
    const before = await count('SELECT count(*)::int AS n FROM activities');
    const changes = await count('SELECT count(*)::int AS n FROM changes');
    const missing = await failure(url, editor, CREATE, {
      input: {
        kind: 'MEETING',
        subject: 'Meeting with a ghost',
        participantContactIds: ['00000000-0000-4000-8000-000000000000'],
        concerns: { organizationIds: [organization.id] },
        followUp: { subject: 'Follow up' },
      },
    });
    expect(missing.code).toBe('BAD_USER_INPUT');
    const blank = await failure(url, editor, CREATE, {
      input: { kind: 'MEETING', subject: 'Meeting', followUp: { subject: '  ' } },
    });
    expect(blank.code).toBe('BAD_USER_INPUT');
    expect(await count('SELECT count(*)::int AS n FROM activities')).toBe(before);
    expect(await count('SELECT count(*)::int AS n FROM changes')).toBe(changes);
  });

  it('should let a viewer log neither the activity nor its to-do', async () => {
    const viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    const before = await count('SELECT count(*)::int AS n FROM activities');
    const error = await failure(url, viewer, CREATE, {
      input: { kind: 'CALL', subject: 'Sneaky', followUp: { subject: 'Sneakier' } },
    });
    expect(error.code).toBe('FORBIDDEN');
    expect(await count('SELECT count(*)::int AS n FROM activities')).toBe(before);
  });
});
