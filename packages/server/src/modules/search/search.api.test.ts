import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import {
  insertContact,
  insertDocument,
  insertNeed,
  insertOrganization,
  insertProject,
  trash,
} from './search.factories';

const SEARCH = `query($query: String!, $types: [SearchType!], $first: Int) {
  search(query: $query, types: $types, first: $first) {
    type id title subtitle score snippet
    record {
      __typename
      ... on Organization { id name acronym }
      ... on Contact { id lastName }
      ... on Project { id name }
      ... on Document { id title }
      ... on Need { id title }
    }
  }
}`;

interface Hit {
  type: string;
  id: string;
  title: string;
  subtitle: string | null;
  score: number;
  snippet: string | null;
  record: { __typename: string; id: string } | null;
}

describe('search over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let editor: string;
  const ids: Record<string, string> = {};

  const search = async (query: string, variables: { types?: string[]; first?: number } = {}) =>
    (await ok<{ search: Hit[] }>(server.url, editor, SEARCH, { query, ...variables })).search;
  const titles = (hits: Hit[]) => hits.map((hit) => hit.title);

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    const ds = db.dataSource;
    ids.kit = await insertOrganization(ds, {
      name: 'Karlsruhe Institute of Technology',
      acronym: 'KIT',
      city: 'Karlsruhe',
      country: 'DE',
      description: 'Research university in the Helmholtz Association',
    });
    ids.hka = await insertOrganization(ds, {
      name: 'Karlsruhe University of Applied Sciences',
      acronym: 'HKA',
      city: 'Karlsruhe',
      country: 'DE',
    });
    await insertOrganization(ds, { name: 'Institute of Technology Tallaght', city: 'Dublin', country: 'IE' });
    ids.geneva = await insertOrganization(ds, { name: 'Université de Genève', acronym: 'UNIGE', city: 'Genève' });
    await insertOrganization(ds, { name: 'Helmholtz', city: 'Berlin', country: 'DE' });
    await insertOrganization(ds, { name: 'Helmholtz Zentrum München', acronym: 'HMGU', city: 'Neuherberg' });
    await insertOrganization(ds, { name: 'Helmholz Association of Typos' });
    ids.anna = await insertContact(ds, {
      first_name: 'Anna',
      last_name: 'Müller',
      title: 'Data steward',
      emails: ['anna.mueller@kit.edu'],
      expertise: ['research data management'],
      notes: 'Met at a Helmholtz workshop',
    });
    ids.hdf = await insertProject(ds, {
      name: 'Helmholtz Data Federation',
      acronym: 'HDF',
      scientific_domain: 'Multidisciplinary',
    });
    ids.minutes = await insertDocument(ds, {
      title: 'Minutes of the Karlsruhe kick-off',
      kind: 'minutes',
      body: 'We discussed storage quotas with the KIT data centre. The Helmholtz storage will grow.',
    });
    ids.need = await insertNeed(ds, {
      title: 'Storage for zebrafish imaging',
      organization_id: ids.kit,
      description: '500 TB of object storage',
      category: 'storage',
    });
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('should find organizations despite typos', async () => {
    for (const typo of ['Karlsrue', 'Kralsruhe', 'karlsruhe instutite of tehcnology']) {
      const organizations = await search(typo, { types: ['ORGANIZATION'] });
      expect(titles(organizations)).toContain('Karlsruhe Institute of Technology');
      expect(titles(organizations)).not.toContain('Université de Genève');
    }
  });

  it('should match the beginnings of words', async () => {
    const [best] = await search('karls inst');
    expect(best).toMatchObject({ type: 'ORGANIZATION', id: ids.kit, title: 'Karlsruhe Institute of Technology' });
    expect(titles(await search('multidisc'))).toEqual(['Helmholtz Data Federation']);
  });

  it('should ignore accents and case', async () => {
    const [best] = await search('UNIVERSITE geneve');
    expect(best.id).toBe(ids.geneva);
    expect(titles(await search('muller'))).toEqual(['Anna Müller']);
  });

  it('should rank exact names, then names that start with the query, then other matches', async () => {
    const hits = await search('Helmholtz');
    expect(hits.map((hit) => [hit.type, hit.title, Number(hit.score.toFixed(4))])).toEqual([
      ['ORGANIZATION', 'Helmholtz', 5.5],
      ['PROJECT', 'Helmholtz Data Federation', 3.8846],
      ['ORGANIZATION', 'Helmholtz Zentrum München', 3.8846],
      ['ORGANIZATION', 'Helmholz Association of Typos', 0.9121],
      ['DOCUMENT', 'Minutes of the Karlsruhe kick-off', 0.1667],
      ['CONTACT', 'Anna Müller', 0.0909],
      ['ORGANIZATION', 'Karlsruhe Institute of Technology', 0.0909],
    ]);
  });

  it('should put an exact acronym first', async () => {
    const [best, ...rest] = await search('kit');
    expect(best.id).toBe(ids.kit);
    expect(rest.every((hit) => hit.score < best.score)).toBe(true);
  });

  it('should give each hit its record, a subtitle and, for documents, a highlighted snippet', async () => {
    const hits = await search('storage');
    expect(hits.map((hit) => [hit.type, hit.record?.__typename, hit.record?.id])).toEqual([
      ['NEED', 'Need', ids.need],
      ['DOCUMENT', 'Document', ids.minutes],
    ]);
    expect(hits[0].subtitle).toBe('storage · identified');
    expect(hits[1].subtitle).toBe('minutes');
    expect(hits[1].snippet).toContain('**storage** quotas');
    const [organization] = await search('Karlsruhe Institute of Technology');
    expect(organization).toMatchObject({ subtitle: 'KIT · Karlsruhe, DE', snippet: null });
    expect(organization.record).toMatchObject({ __typename: 'Organization', acronym: 'KIT' });
  });

  it('should search only the kinds of record asked for', async () => {
    expect(new Set((await search('karlsruhe', { types: ['DOCUMENT'] })).map((hit) => hit.type))).toEqual(
      new Set(['DOCUMENT']),
    );
    const hits = await search('karlsruhe', { types: ['ORGANIZATION', 'NEED'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => ['ORGANIZATION', 'NEED'].includes(hit.type))).toBe(true);
    expect(new Set((await search('karlsruhe')).map((hit) => hit.type))).toEqual(new Set(['ORGANIZATION', 'DOCUMENT']));
  });

  it('should return at most `first` hits, the best ones', async () => {
    const all = await search('helmholtz');
    const two = await search('helmholtz', { first: 2 });
    expect(two).toEqual(all.slice(0, 2));
  });

  it('should understand web-search syntax: phrases and excluded words, without fuzzy matching', async () => {
    expect(titles(await search('"applied sciences"'))).toEqual(['Karlsruhe University of Applied Sciences']);
    const hits = await search('karlsruhe -applied', { types: ['ORGANIZATION'] });
    expect(titles(hits)).toEqual(['Karlsruhe Institute of Technology']);
  });

  it('should never show trashed records', async () => {
    const { createOrganization } = await ok<{ createOrganization: { id: string; version: number } }>(
      server.url,
      editor,
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id version } }`,
      { input: { name: 'Quarantined Quokka Institute', kind: 'OTHER' } },
    );
    expect((await search('quokka')).map((hit) => hit.id)).toEqual([createOrganization.id]);
    await ok(server.url, editor, `mutation($input: DeleteRecordInput!) { deleteOrganization(input: $input) { id } }`, {
      input: { id: createOrganization.id, version: createOrganization.version },
    });
    expect(await search('quokka')).toEqual([]);
    expect(await search('Quarantined Quokka Institute')).toEqual([]);

    const project = await insertProject(db.dataSource, { name: 'Trashed Tapir Telescope' });
    const contact = await insertContact(db.dataSource, { first_name: 'Tapir', last_name: 'Trashed' });
    expect(await search('tapir')).toHaveLength(2);
    await trash(db.dataSource, 'projects', project);
    await trash(db.dataSource, 'contacts', contact);
    expect(await search('tapir')).toEqual([]);
  });

  it('should find records as soon as they are written and as they are now', async () => {
    const id = await insertOrganization(db.dataSource, { name: 'Freshly Founded Foundry' });
    expect((await search('foundry')).map((hit) => hit.id)).toEqual([id]);
    await db.dataSource.query(`UPDATE organizations SET name = 'Renamed Rookery' WHERE id = $1`, [id]);
    expect(await search('foundry')).toEqual([]);
    expect((await search('rookery')).map((hit) => hit.id)).toEqual([id]);
  });

  it('should refuse blank, wordless or too long queries and bad sizes with BAD_USER_INPUT', async () => {
    for (const [query, first] of [
      ['', 20],
      ['   ', 20],
      ['?!*', 20],
      ['x'.repeat(201), 20],
      ['karlsruhe', 0],
      ['karlsruhe', 51],
    ] as const) {
      const error = await failure(server.url, editor, SEARCH, { query, first });
      expect(error.code).toBe('BAD_USER_INPUT');
    }
    const error = await failure(server.url, editor, SEARCH, { query: ' ' });
    expect(error.extensions.fields).toEqual({ query: ['must not be blank'] });
    const longest = 'karlsruhe institute of technology '.repeat(6).slice(0, 200);
    expect(longest).toHaveLength(200);
    expect((await search(longest))[0].id).toBe(ids.kit);
  });

  it('should refuse anonymous requests with UNAUTHENTICATED', async () => {
    expect((await failure(server.url, undefined, SEARCH, { query: 'karlsruhe' })).code).toBe('UNAUTHENTICATED');
  });
});
