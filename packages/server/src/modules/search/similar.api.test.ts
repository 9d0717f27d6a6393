import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { insertContact, insertOrganization, trash } from './search.factories';

const SIMILAR_ORGANIZATIONS = `query($name: String!, $first: Int) {
  similarOrganizations(name: $name, first: $first) { score organization { id name } }
}`;
const SIMILAR_CONTACTS = `query($name: String, $email: String, $first: Int) {
  similarContacts(name: $name, email: $email, first: $first) { score sameEmail contact { id firstName lastName } }
}`;

describe('possible duplicates over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let editor: string;
  let viewer: string;
  const ids: Record<string, string> = {};

  const similarOrganizations = async (name: string, first?: number) =>
    (
      await ok<{ similarOrganizations: { score: number; organization: { id: string; name: string } }[] }>(
        server.url,
        editor,
        SIMILAR_ORGANIZATIONS,
        { name, first },
      )
    ).similarOrganizations;
  const similarContacts = async (variables: { name?: string; email?: string }, token = editor) =>
    (
      await ok<{ similarContacts: { score: number; sameEmail: boolean; contact: { id: string } }[] }>(
        server.url,
        token,
        SIMILAR_CONTACTS,
        variables,
      )
    ).similarContacts;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    const ds = db.dataSource;
    ids.kit = await insertOrganization(ds, { name: 'Karlsruhe Institute of Technology', acronym: 'KIT' });
    ids.hka = await insertOrganization(ds, { name: 'Karlsruhe University of Applied Sciences', acronym: 'HKA' });
    ids.tallaght = await insertOrganization(ds, { name: 'Institute of Technology Tallaght' });
    ids.cern = await insertOrganization(ds, { name: 'European Organization for Nuclear Research', acronym: 'CERN' });
    ids.gone = await insertOrganization(ds, { name: 'Karlsruhe Institute of Technologies' });
    await trash(ds, 'organizations', ids.gone);

    ids.john = await insertContact(ds, { first_name: 'John', last_name: 'Smith', emails: ['J.Smith@Example.org'] });
    ids.jane = await insertContact(ds, { first_name: 'Jane', last_name: 'Smith' });
    ids.anna = await insertContact(ds, { first_name: 'Anna', last_name: 'Müller', emails: ['anna@kit.edu'] });
    ids.other = await insertContact(ds, {
      first_name: 'Peter',
      last_name: 'Jones',
      emails: ['john.smith@example.org'],
    });
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should find an organization under an abbreviated or misspelt name, and not unrelated ones', async () => {
    const found = await similarOrganizations('Karlsruhe Inst. of Technology');
    expect(found.map((similar) => similar.organization.id)).toEqual([ids.kit]);
    expect(found[0].score).toBeCloseTo(0.8, 3);
    expect((await similarOrganizations('Karlsruhe Institue of Technolgy')).map((s) => s.organization.id)).toEqual([
      ids.kit,
    ]);
    expect(await similarOrganizations('Max Planck Institute for Physics')).toEqual([]);
    expect(await similarOrganizations('Karlsruhe')).toEqual([]);
  });

  it('should find an organization by its acronym and rank the same name first', async () => {
    expect(await similarOrganizations('cern')).toEqual([
      { score: 1, organization: { id: ids.cern, name: 'European Organization for Nuclear Research' } },
    ]);
    const found = await similarOrganizations('European Organisation for Nuclear Research');
    expect(found.map((similar) => similar.organization.id)).toEqual([ids.cern]);
    const [same] = await similarOrganizations('karlsruhe institute of technology', 1);
    expect(same).toEqual({ score: 1, organization: { id: ids.kit, name: 'Karlsruhe Institute of Technology' } });
  });

  it('should find contacts with a close name, in either order', async () => {
    const found = await similarContacts({ name: 'Jon Smith' });
    expect(found.map((similar) => similar.contact.id)).toEqual([ids.john]);
    expect((await similarContacts({ name: 'Smith John' }))[0]).toMatchObject({ score: 1, contact: { id: ids.john } });
    expect((await similarContacts({ name: 'anna muller' }))[0]).toMatchObject({ contact: { id: ids.anna } });
    expect(await similarContacts({ name: 'Max Mustermann' })).toEqual([]);
  });

  it('should put a contact with the same email first, whatever the case', async () => {
    const found = await similarContacts({ name: 'John Smith', email: 'john.smith@EXAMPLE.org' });
    expect(found.map((similar) => [similar.contact.id, similar.sameEmail])).toEqual([
      [ids.other, true],
      [ids.john, false],
    ]);
    const byEmail = await similarContacts({ email: 'j.smith@example.org' });
    expect(byEmail).toEqual([{ score: 1, sameEmail: true, contact: expect.objectContaining({ id: ids.john }) }]);
    expect(await similarContacts({ email: 'smith@example.org' })).toEqual([]);
  });

  it('should refuse to look contacts up by email for viewers, but not by name', async () => {
    const error = await failure(server.url, viewer, SIMILAR_CONTACTS, { email: 'anna@kit.edu' });
    expect(error.code).toBe('FORBIDDEN');
    expect((await similarContacts({ name: 'Anna Müller' }, viewer)).map((s) => s.contact.id)).toEqual([ids.anna]);
  });

  it('should refuse empty questions with BAD_USER_INPUT', async () => {
    for (const [query, variables] of [
      [SIMILAR_CONTACTS, {}],
      [SIMILAR_CONTACTS, { name: '  ' }],
      [SIMILAR_ORGANIZATIONS, { name: '' }],
      [SIMILAR_ORGANIZATIONS, { name: 'KIT', first: 21 }],
    ] as const) {
      expect((await failure(server.url, editor, query, variables)).code).toBe('BAD_USER_INPUT');
    }
  });
});
