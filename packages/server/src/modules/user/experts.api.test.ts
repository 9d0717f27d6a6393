import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { insertRow } from '../../../test/rows';
import { ok, startTestServer, type TestServer } from '../../../test/server';

const EXPERTS = `query($topic: String!) { experts(topic: $topic) {
  users { nodes { name expertise teams { code } activities(first: 3) { nodes { subject } } } }
  contacts { nodes { name emails organizations(first: 3) { nodes { name } } activities(first: 3) { nodes { subject } } } }
} }`;

interface Found {
  experts: {
    users: { nodes: { name: string; activities: { nodes: { subject: string }[] } }[] };
    contacts: {
      nodes: {
        name: string;
        emails: string[] | null;
        organizations: { nodes: { name: string }[] };
        activities: { nodes: { subject: string }[] };
      }[];
    };
  };
}

describe('the expertise finder over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;

    const { user: expert } = await createUser(db.dataSource, { name: 'Xena Expert' });
    const { user: gone } = await createUser(db.dataSource, { name: 'Gil Gone' });
    await db.dataSource.query(`UPDATE users SET expertise = '{"Quantum computing"}' WHERE id IN ($1, $2)`, [
      expert.id,
      gone.id,
    ]);
    await db.dataSource.query(`UPDATE users SET deactivated_at = now() WHERE id = $1`, [gone.id]);

    const activity = (subject: string, visibility: string, startsAt: string) =>
      insertRow(db.dataSource, 'activities', {
        subject,
        kind: 'meeting',
        visibility,
        owner_id: expert.id,
        starts_at: new Date(startsAt),
      });
    const openMeeting = await activity('Quantum kick-off', 'everyone', '2026-05-01T10:00:00Z');
    const secretMeeting = await activity('Secret quantum chat', 'private', '2026-06-01T10:00:00Z');
    for (const id of [openMeeting, secretMeeting]) {
      await insertRow(db.dataSource, 'activity_users', { activity_id: id, user_id: expert.id });
    }

    const lab = await insertRow(db.dataSource, 'organizations', { name: 'Quantum Lab', kind: 'research_institute' });
    const person = await insertRow(db.dataSource, 'contacts', {
      first_name: 'Quinn',
      last_name: 'Qubit',
      emails: ['quinn@lab.example'],
      expertise: ['quantum computing'],
    });
    await insertRow(db.dataSource, 'affiliations', { contact_id: person, organization_id: lab });
    for (const id of [openMeeting, secretMeeting]) {
      await insertRow(db.dataSource, 'activity_contacts', { activity_id: id, contact_id: person });
    }
    await insertRow(db.dataSource, 'contacts', {
      last_name: 'Trashed',
      expertise: ['quantum'],
      deleted_at: new Date(),
    });
    await insertRow(db.dataSource, 'contacts', {
      last_name: 'Erased',
      expertise: ['quantum'],
      deleted_at: new Date(),
      erased_at: new Date(),
    });
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should give each expert’s organizations and the recent activities the viewer may see', async () => {
    const found = await ok<Found>(url, viewer, EXPERTS, { topic: 'quantum' });
    expect(found.experts.users.nodes).toEqual([
      {
        name: 'Xena Expert',
        expertise: ['Quantum computing'],
        teams: [],
        activities: { nodes: [{ subject: 'Quantum kick-off' }] },
      },
    ]);
    expect(found.experts.contacts.nodes).toEqual([
      {
        name: 'Quinn Qubit',
        emails: null,
        organizations: { nodes: [{ name: 'Quantum Lab' }] },
        activities: { nodes: [{ subject: 'Quantum kick-off' }] },
      },
    ]);
  });

  it('should show contact details to editors only, and never list trashed or erased contacts nor deactivated users', async () => {
    const found = await ok<Found>(url, editor, EXPERTS, { topic: 'QUANTUM' });
    expect(found.experts.contacts.nodes.map((contact) => [contact.name, contact.emails])).toEqual([
      ['Quinn Qubit', ['quinn@lab.example']],
    ]);
    expect(found.experts.users.nodes.map((user) => user.name)).toEqual(['Xena Expert']);
  });
});
