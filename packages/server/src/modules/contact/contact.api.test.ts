import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const FIELDS = `id name firstName lastName title emails phones country expertise notes
  consentBasis consentDate consentSource version deletedAt createdBy { name } owner { name }`;
const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateContactInput!) { updateContact(input: $input) { ${FIELDS} } }`;
const LIST = `query($first: Int, $after: String, $last: Int, $before: String, $filter: ContactFilter, $orderBy: ContactOrder) {
  contacts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id name country emails }
  }
}`;

interface ContactRow {
  id: string;
  name: string;
  version: number;
  emails: string[] | null;
  phones: string[] | null;
  country: string | null;
}
interface ContactList {
  contacts: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    nodes: ContactRow[];
  };
}

describe('contacts over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    admin = (await createUser(db.dataSource, { role: 'admin' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const create = async (input: Record<string, unknown>) =>
    (await ok<{ createContact: ContactRow }>(url, editor, CREATE, { input })).createContact;
  const list = (token: string, variables: Record<string, unknown>) => ok<ContactList>(url, token, LIST, variables);
  const names = (result: ContactList) => result.contacts.nodes.map((node) => node.name);

  it('should create a contact owned by its creator, with its full name, and record the change', async () => {
    const created = await create({
      firstName: 'Ada',
      lastName: 'Lovelace',
      title: 'Analyst',
      emails: ['ada@example.org'],
      phones: ['+44 20 7946 0000'],
      country: 'GB',
      expertise: ['computing', 'mathematics'],
      consentBasis: 'LEGITIMATE_INTERESTS',
      consentDate: '2024-03-01',
      consentSource: 'conference badge scan',
    });
    expect(created).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ada@example.org'],
      phones: ['+44 20 7946 0000'],
      expertise: ['computing', 'mathematics'],
      consentBasis: 'LEGITIMATE_INTERESTS',
      consentDate: '2024-03-01',
      version: 1,
      deletedAt: null,
      createdBy: { name: 'Eda Editor' },
      owner: { name: 'Eda Editor' },
    });
    const [change] = await db.dataSource.query(`SELECT action, record_type, diff FROM changes WHERE record_id = $1`, [
      created.id,
    ]);
    expect(change).toMatchObject({ action: 'create', record_type: 'Contact' });
    expect(change.diff.emails).toEqual({ before: null, after: ['ada@example.org'] });
  });

  it('should refuse bad emails, phones, country and a basis without date, per field, and write nothing', async () => {
    const before = await db.dataSource.query(`SELECT count(*)::int AS n FROM contacts`);
    const error = await failure(url, editor, CREATE, {
      input: {
        lastName: ' ',
        emails: ['ada@example.org', 'not-an-address'],
        phones: ['call me maybe'],
        country: 'gb',
        consentBasis: 'CONSENT',
      },
    });
    expect(error.code).toBe('BAD_USER_INPUT');
    const fields = error.extensions.fields as Record<string, string[]>;
    expect(Object.keys(fields).sort()).toEqual(['consentDate', 'country', 'emails', 'lastName', 'phones']);
    expect(fields.emails).toEqual(['each email must be a valid address, like ada@example.org']);
    expect(fields.phones[0]).toMatch(/phone number/);
    expect(fields.country[0]).toMatch(/two-letter ISO 3166 code/);
    expect(fields.consentDate).toEqual(['consentDate is required when a consent basis is given']);
    expect(await db.dataSource.query(`SELECT count(*)::int AS n FROM contacts`)).toEqual(before);
  });

  it('should refuse an update that leaves a consent basis without its date', async () => {
    const contact = await create({ lastName: 'Hopper', consentBasis: 'CONTRACT', consentDate: '2023-01-02' });
    const error = await failure(url, editor, UPDATE, { input: { id: contact.id, version: 1, consentDate: null } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual({ consentDate: ['consentDate is required when a consent basis is given'] });
    const cleared = await ok<{ updateContact: { consentBasis: null; consentDate: null } }>(url, editor, UPDATE, {
      input: { id: contact.id, version: 1, consentBasis: null, consentDate: null },
    });
    expect(cleared.updateContact).toMatchObject({ consentBasis: null, consentDate: null });
  });

  it('should refuse to remove the family name', async () => {
    const contact = await create({ lastName: 'Noether' });
    expect(contact).toMatchObject({ name: 'Noether', emails: [], phones: [], expertise: [] });
    const error = await failure(url, editor, UPDATE, { input: { id: contact.id, version: 1, lastName: null } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual({ lastName: ['cannot be removed'] });
  });

  it('should update with the current version and refuse a stale one with CONFLICT and the current record', async () => {
    const contact = await create({ firstName: 'Grace', lastName: 'Hopper' });
    const updated = await ok<{ updateContact: ContactRow & { title: string } }>(url, editor, UPDATE, {
      input: { id: contact.id, version: 1, title: 'Rear Admiral', emails: ['grace@example.org'] },
    });
    expect(updated.updateContact).toMatchObject({ title: 'Rear Admiral', version: 2, emails: ['grace@example.org'] });

    const stale = await failure(url, editor, UPDATE, { input: { id: contact.id, version: 1, title: 'Captain' } });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions.current).toMatchObject({ id: contact.id, title: 'Rear Admiral', version: 2 });
    const [row] = await db.dataSource.query(`SELECT title, version FROM contacts WHERE id = $1`, [contact.id]);
    expect(row).toEqual({ title: 'Rear Admiral', version: 2 });
  });

  describe('privacy', () => {
    let id: string;
    beforeAll(async () => {
      id = (
        await create({
          firstName: 'Secretive',
          lastName: 'Person',
          emails: ['hidden.mailbox@private.example'],
          phones: ['+33 1 23 45 67 89'],
        })
      ).id;
    });
    const ONE = `query($id: ID!) { contact(id: $id) { name emails phones } }`;

    it('should show emails and phones to editors and admins', async () => {
      for (const token of [editor, admin]) {
        const { contact } = await ok<{ contact: Record<string, unknown> }>(url, token, ONE, { id });
        expect(contact).toEqual({
          name: 'Secretive Person',
          emails: ['hidden.mailbox@private.example'],
          phones: ['+33 1 23 45 67 89'],
        });
      }
    });

    it('should answer null emails and phones to viewers', async () => {
      const { contact } = await ok<{ contact: Record<string, unknown> }>(url, viewer, ONE, { id });
      expect(contact).toEqual({ name: 'Secretive Person', emails: null, phones: null });
      const listed = await list(viewer, { filter: { text: 'Secretive' } });
      expect(listed.contacts.nodes).toEqual([expect.objectContaining({ id, emails: null })]);
    });

    it('should not let viewers find a contact by email', async () => {
      expect((await list(editor, { filter: { text: 'hidden.mailbox' } })).contacts.nodes.map((n) => n.id)).toEqual([
        id,
      ]);
      expect((await list(viewer, { filter: { text: 'hidden.mailbox' } })).contacts).toMatchObject({
        totalCount: 0,
        nodes: [],
      });
      expect((await list(viewer, { filter: { text: 'secretive person' } })).contacts.totalCount).toBe(1);
    });
  });

  describe('lists', () => {
    let projectId: string;
    beforeAll(async () => {
      const people: Record<string, unknown>[] = [
        { firstName: 'Marie', lastName: 'Zcurie', country: 'FR', expertise: ['physics', 'chemistry'] },
        { firstName: 'Pierre', lastName: 'Zcurie', country: 'FR', expertise: ['physics'] },
        {
          firstName: 'Lise',
          lastName: 'Zmeitner',
          country: 'AT',
          expertise: ['physics'],
          consentBasis: 'CONSENT',
          consentDate: '2024-01-01',
        },
        { firstName: 'Alan', lastName: 'Zturing', country: 'GB', expertise: ['computing'] },
      ];
      const ids: string[] = [];
      for (const person of people) ids.push((await create(person)).id);
      [{ id: projectId }] = await db.dataSource.query(
        `INSERT INTO projects (name, kind) VALUES ('Radioactivity', 'collaboration') RETURNING id`,
      );
      await db.dataSource.query(
        `INSERT INTO project_contacts (project_id, contact_id, role) VALUES ($1, $2, 'coordinator'), ($1, $3, 'member')`,
        [projectId, ids[0], ids[2]],
      );
    });

    it('should filter by countries, expertise, consent and project links', async () => {
      expect(names(await list(viewer, { filter: { text: 'Zcurie', countries: ['FR'] } }))).toEqual([
        'Marie Zcurie',
        'Pierre Zcurie',
      ]);
      expect(names(await list(viewer, { filter: { text: 'Z', expertise: ['chemistry', 'computing'] } }))).toEqual([
        'Marie Zcurie',
        'Alan Zturing',
      ]);
      expect(names(await list(viewer, { filter: { text: 'Z', hasConsent: true } }))).toEqual(['Lise Zmeitner']);
      expect(names(await list(viewer, { filter: { text: 'Z', consentBasis: ['CONTRACT'] } }))).toEqual([]);
      expect((await list(viewer, { filter: { text: 'Z', hasConsent: false } })).contacts.totalCount).toBe(3);
      expect(names(await list(viewer, { filter: { linkedToProject: { projectId } } }))).toEqual([
        'Marie Zcurie',
        'Lise Zmeitner',
      ]);
      expect(names(await list(viewer, { filter: { linkedToProject: { projectId, roles: ['COORDINATOR'] } } }))).toEqual(
        ['Marie Zcurie'],
      );
    });

    it('should sort by family then given name, or by country, and page both ways', async () => {
      const filter = { text: 'Z' };
      const first = await list(viewer, { first: 3, filter, orderBy: { field: 'NAME', direction: 'ASC' } });
      expect(first.contacts.totalCount).toBe(4);
      expect(names(first)).toEqual(['Marie Zcurie', 'Pierre Zcurie', 'Lise Zmeitner']);
      expect(first.contacts.pageInfo.hasNextPage).toBe(true);
      const rest = await list(viewer, { first: 3, after: first.contacts.pageInfo.endCursor, filter });
      expect(names(rest)).toEqual(['Alan Zturing']);

      const last = await list(viewer, { last: 2, filter, orderBy: { field: 'NAME', direction: 'ASC' } });
      expect(names(last)).toEqual(['Lise Zmeitner', 'Alan Zturing']);
      const before = await list(viewer, { last: 1, before: last.contacts.pageInfo.startCursor, filter });
      expect(names(before)).toEqual(['Pierre Zcurie']);

      const byCountry = await list(viewer, { filter, orderBy: { field: 'COUNTRY', direction: 'DESC' } });
      expect(byCountry.contacts.nodes.map((n) => n.country)).toEqual(['GB', 'FR', 'FR', 'AT']);
    });
  });

  it('should move to the trash, leave the lists, and restore', async () => {
    const contact = await create({ firstName: 'Trashy', lastName: 'Trashman' });
    const DELETE = `mutation($id: ID!, $version: Int) { deleteContact(input: { id: $id, version: $version }) { deletedAt } }`;
    expect((await failure(url, editor, DELETE, { id: contact.id, version: 7 })).code).toBe('CONFLICT');
    const deleted = await ok<{ deleteContact: { deletedAt: string } }>(url, editor, DELETE, {
      id: contact.id,
      version: 1,
    });
    expect(deleted.deleteContact.deletedAt).toBeTruthy();
    expect((await list(editor, { filter: { text: 'Trashman' } })).contacts.totalCount).toBe(0);
    const { contact: trashed } = await ok<{ contact: { deletedAt: string } }>(
      url,
      viewer,
      `query($id: ID!) { contact(id: $id) { deletedAt } }`,
      { id: contact.id },
    );
    expect(trashed.deletedAt).toBeTruthy();
    await ok(url, editor, `mutation($id: ID!) { restoreContact(input: { id: $id }) { id } }`, { id: contact.id });
    expect((await list(editor, { filter: { text: 'Trashman' } })).contacts.totalCount).toBe(1);
    const actions = await db.dataSource.query(`SELECT action FROM changes WHERE record_id = $1 ORDER BY at, action`, [
      contact.id,
    ]);
    expect(actions.map((a: { action: string }) => a.action).sort()).toEqual(['create', 'delete', 'restore']);
  });

  it('should refuse mutations to viewers with FORBIDDEN', async () => {
    expect((await failure(url, viewer, CREATE, { input: { lastName: 'Nope' } })).code).toBe('FORBIDDEN');
  });
});
