import type { Logger } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  nodes: T[];
}

describe('contacts and organizations through their affiliations', () => {
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
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const contact = async (firstName: string, lastName: string, emails: string[] = []) =>
    (
      await ok<{ createContact: { id: string; version: number } }>(
        url,
        editor,
        `mutation($input: CreateContactInput!) { createContact(input: $input) { id version } }`,
        { input: { firstName, lastName, emails } },
      )
    ).createContact;
  const organization = async (name: string) =>
    (
      await ok<{ createOrganization: { id: string; version: number } }>(
        url,
        editor,
        `mutation($name: String!) { createOrganization(input: { name: $name, kind: OTHER }) { id version } }`,
        { name },
      )
    ).createOrganization;
  const affiliate = (input: Record<string, unknown>) =>
    ok(url, editor, `mutation($input: AffiliateContactInput!) { affiliateContact(input: $input) { id } }`, { input });

  describe('a small institute', () => {
    let institute: string;
    let other: string;
    let ada: { id: string; version: number };
    beforeAll(async () => {
      institute = (await organization('Analytical Engines Institute')).id;
      other = (await organization('Babbage Society')).id;
      ada = await contact('Ada', 'Lovelace', ['ada@engines.example']);
      const charles = await contact('Charles', 'Babbage', ['charles@engines.example']);
      const mary = await contact('Mary', 'Somerville');
      await affiliate({ contactId: ada.id, organizationId: institute, role: 'Analyst', primary: true });
      await affiliate({ contactId: ada.id, organizationId: institute, role: 'Translator' });
      await affiliate({ contactId: ada.id, organizationId: other, role: 'Member' });
      await affiliate({ contactId: charles.id, organizationId: institute, role: 'Inventor' });
      await affiliate({ contactId: mary.id, organizationId: institute, role: 'Mentor' });
    });

    const CONTACTS = `query($id: ID!, $first: Int, $after: String, $filter: ContactFilter) {
      organization(id: $id) { contacts(first: $first, after: $after, filter: $filter) {
        totalCount pageInfo { hasNextPage endCursor } nodes { name emails }
      } }
    }`;
    type ContactsOf = { organization: { contacts: Page<{ name: string; emails: string[] | null }> } };

    it('should list the contacts of an organization once each, paged', async () => {
      const first = await ok<ContactsOf>(url, editor, CONTACTS, { id: institute, first: 2 });
      expect(first.organization.contacts.totalCount).toBe(3);
      expect(first.organization.contacts.nodes.map((n) => n.name)).toEqual(['Charles Babbage', 'Ada Lovelace']);
      expect(first.organization.contacts.pageInfo.hasNextPage).toBe(true);
      const next = await ok<ContactsOf>(url, editor, CONTACTS, {
        id: institute,
        first: 2,
        after: first.organization.contacts.pageInfo.endCursor,
      });
      expect(next.organization.contacts.nodes.map((n) => n.name)).toEqual(['Mary Somerville']);
      expect(next.organization.contacts.pageInfo.hasNextPage).toBe(false);
    });

    it('should keep the privacy rule inside organization contacts', async () => {
      const asViewer = await ok<ContactsOf>(url, viewer, CONTACTS, { id: institute, filter: { text: 'engines' } });
      expect(asViewer.organization.contacts.totalCount).toBe(0);
      const byName = await ok<ContactsOf>(url, viewer, CONTACTS, { id: institute, filter: { text: 'ada' } });
      expect(byName.organization.contacts.nodes).toEqual([{ name: 'Ada Lovelace', emails: null }]);
      const asEditor = await ok<ContactsOf>(url, editor, CONTACTS, { id: institute, filter: { text: 'engines' } });
      expect(asEditor.organization.contacts.nodes.map((n) => n.emails)).toEqual([
        ['charles@engines.example'],
        ['ada@engines.example'],
      ]);
    });

    it('should list affiliations from both ends, and the organizations of a contact once each', async () => {
      const fromOrganization = await ok<{
        organization: { affiliations: Page<{ role: string; contact: { name: string } }> };
      }>(
        url,
        viewer,
        `query($id: ID!) { organization(id: $id) { affiliations(first: 3) {
          totalCount pageInfo { hasNextPage } nodes { role contact { name } } } } }`,
        { id: institute },
      );
      expect(fromOrganization.organization.affiliations.totalCount).toBe(4);
      expect(fromOrganization.organization.affiliations.nodes.map((a) => `${a.contact.name}: ${a.role}`)).toEqual([
        'Charles Babbage: Inventor',
        'Ada Lovelace: Analyst',
        'Ada Lovelace: Translator',
      ]);
      expect(fromOrganization.organization.affiliations.pageInfo.hasNextPage).toBe(true);

      const fromContact = await ok<{
        contact: {
          affiliations: Page<{ role: string; primary: boolean; organization: { name: string } }>;
          organizations: Page<{ name: string }>;
          primaryOrganization: { name: string };
        };
      }>(
        url,
        viewer,
        `query($id: ID!) { contact(id: $id) {
          affiliations(last: 2) { totalCount nodes { role primary organization { name } } }
          organizations(first: 1) { totalCount pageInfo { hasNextPage } nodes { name } }
          primaryOrganization { name }
        } }`,
        { id: ada.id },
      );
      expect(fromContact.contact.affiliations.totalCount).toBe(3);
      expect(fromContact.contact.affiliations.nodes.map((a) => `${a.organization.name}: ${a.role}`)).toEqual([
        'Analytical Engines Institute: Translator',
        'Babbage Society: Member',
      ]);
      expect(fromContact.contact.organizations.totalCount).toBe(2);
      expect(fromContact.contact.organizations.nodes).toEqual([{ name: 'Analytical Engines Institute' }]);
      expect(fromContact.contact.primaryOrganization).toEqual({ name: 'Analytical Engines Institute' });
    });

    it('should find the contacts affiliated with an organization, in given roles', async () => {
      const LIST = `query($filter: ContactFilter) { contacts(filter: $filter) { nodes { name } } }`;
      const all = await ok<{ contacts: Page<{ name: string }> }>(url, viewer, LIST, {
        filter: { affiliatedWith: { organizationId: institute } },
      });
      expect(all.contacts.nodes.map((n) => n.name)).toEqual(['Charles Babbage', 'Ada Lovelace', 'Mary Somerville']);
      const mentors = await ok<{ contacts: Page<{ name: string }> }>(url, viewer, LIST, {
        filter: { affiliatedWith: { organizationId: institute, roles: ['Mentor', 'Translator'] } },
      });
      expect(mentors.contacts.nodes.map((n) => n.name)).toEqual(['Ada Lovelace', 'Mary Somerville']);
    });

    it('should hide a trashed contact from the organization and bring it back with its affiliations', async () => {
      const SHOWN = `query($id: ID!) { organization(id: $id) {
        contacts { nodes { name } } affiliations { totalCount } } }`;
      type Shown = { organization: { contacts: Page<{ name: string }>; affiliations: { totalCount: number } } };
      const current = await ok<{ contact: { version: number } }>(
        url,
        editor,
        `query($id: ID!) { contact(id: $id) { version } }`,
        {
          id: ada.id,
        },
      );
      await ok(url, editor, `mutation($id: ID!, $v: Int) { deleteContact(input: { id: $id, version: $v }) { id } }`, {
        id: ada.id,
        v: current.contact.version,
      });
      const hidden = await ok<Shown>(url, viewer, SHOWN, { id: institute });
      expect(hidden.organization.contacts.nodes.map((n) => n.name)).toEqual(['Charles Babbage', 'Mary Somerville']);
      expect(hidden.organization.affiliations.totalCount).toBe(2);
      const listed = await ok<{ contacts: { totalCount: number } }>(
        url,
        viewer,
        `{ contacts(filter: { text: "Lovelace" }) { totalCount } }`,
      );
      expect(listed.contacts.totalCount).toBe(0);

      await ok(url, editor, `mutation($id: ID!) { restoreContact(input: { id: $id }) { id } }`, { id: ada.id });
      const back = await ok<Shown>(url, viewer, SHOWN, { id: institute });
      expect(back.organization.contacts.nodes.map((n) => n.name)).toEqual([
        'Charles Babbage',
        'Ada Lovelace',
        'Mary Somerville',
      ]);
      expect(back.organization.affiliations.totalCount).toBe(4);
    });

    it('should hide affiliations to a trashed organization from the contact', async () => {
      const society = await ok<{ organization: { version: number } }>(
        url,
        editor,
        `query($id: ID!) { organization(id: $id) { version } }`,
        { id: other },
      );
      await ok(
        url,
        editor,
        `mutation($id: ID!, $v: Int) { deleteOrganization(input: { id: $id, version: $v }) { id } }`,
        {
          id: other,
          v: society.organization.version,
        },
      );
      const shown = await ok<{
        contact: { affiliations: { totalCount: number }; organizations: { totalCount: number } };
      }>(
        url,
        viewer,
        `query($id: ID!) { contact(id: $id) { affiliations { totalCount } organizations { totalCount } } }`,
        { id: ada.id },
      );
      expect(shown.contact).toEqual({ affiliations: { totalCount: 2 }, organizations: { totalCount: 1 } });
    });
  });

  it('should load the relations of many parents in the same number of statements as of few', async () => {
    const statements: string[] = [];
    const logger = db.dataSource.logger;
    const counting = new Proxy(logger, {
      get: (target, property) =>
        property === 'logQuery'
          ? (query: string) => statements.push(query)
          : (target[property as keyof Logger] as unknown),
    });
    const prefix = `Batch ${Date.now()}`;
    const build = async (label: string, organizations: number) => {
      for (let i = 0; i < organizations; i++) {
        const org = await organization(`${prefix} ${label} ${i}`);
        for (let j = 0; j < 2; j++) {
          const person = await contact(`P${j}`, `${label}${i}`);
          await affiliate({ contactId: person.id, organizationId: org.id, role: 'Staff', primary: true });
        }
      }
    };
    await build('few', 2);
    await build('many', 7);
    const QUERY = `query($text: String) { organizations(filter: { text: $text }, first: 50) { nodes {
      name
      affiliations { totalCount nodes { role organization { name } contact { name } } }
      contacts(first: 1) { totalCount nodes { name emails primaryOrganization { name }
        affiliations { nodes { role } } organizations { nodes { name } } } }
    } } }`;
    const count = async (label: string) => {
      statements.length = 0;
      (db.dataSource as { logger: Logger }).logger = counting;
      try {
        const result = await ok<{ organizations: { nodes: { contacts: { totalCount: number } }[] } }>(
          url,
          editor,
          QUERY,
          { text: `${prefix} ${label}` },
        );
        expect(result.organizations.nodes.every((node) => node.contacts.totalCount === 2)).toBe(true);
        return { organizations: result.organizations.nodes.length, statements: statements.length };
      } finally {
        (db.dataSource as { logger: Logger }).logger = logger;
      }
    };
    const few = await count('few');
    const many = await count('many');
    expect(few.organizations).toBe(2);
    expect(many.organizations).toBe(7);
    expect(many.statements).toBe(few.statements);
  });
});
