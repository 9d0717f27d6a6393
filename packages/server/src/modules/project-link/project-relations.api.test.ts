import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { Contact } from '../contact/contact.entity';

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  nodes: T[];
}

describe('relations between projects, contacts and organizations over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;
  const ids: Record<string, string> = {};

  const run = <T>(query: string, variables?: Record<string, unknown>) => ok<T>(url, viewer, query, variables);
  const edit = <T>(query: string, variables?: Record<string, unknown>) => ok<T>(url, editor, query, variables);

  async function createProject(name: string) {
    const data = await edit<{ createProject: { id: string } }>(
      `mutation($name: String!) { createProject(input: { name: $name, kind: ESFRI }) { id } }`,
      { name },
    );
    return data.createProject.id;
  }
  async function createOrganization(name: string) {
    const data = await edit<{ createOrganization: { id: string } }>(
      `mutation($name: String!) { createOrganization(input: { name: $name, kind: RESEARCH_INSTITUTE }) { id } }`,
      { name },
    );
    return data.createOrganization.id;
  }
  async function createContact(firstName: string, lastName: string) {
    return (await db.dataSource.manager.save(db.dataSource.manager.create(Contact, { firstName, lastName }))).id;
  }
  const linkContact = (projectId: string, contactId: string, role: string) =>
    edit(`mutation($input: LinkContactToProjectInput!) { linkContactToProject(input: $input) { id } }`, {
      input: { projectId, contactId, role },
    });
  const linkOrganization = (projectId: string, organizationId: string, role: string) =>
    edit(`mutation($input: LinkOrganizationToProjectInput!) { linkOrganizationToProject(input: $input) { id } }`, {
      input: { projectId, organizationId, role },
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;

    ids.alpha = await createProject('Rel Alpha Array');
    ids.beta = await createProject('Rel Beta Beam');
    ids.gamma = await createProject('Rel Gamma Grid');
    ids.ada = await createContact('Ada', 'Lovelace');
    ids.alan = await createContact('Alan', 'Turing');
    ids.grace = await createContact('Grace', 'Hopper');
    ids.cern = await createOrganization('CERN');
    ids.desy = await createOrganization('DESY');
    ids.kit = await createOrganization('KIT');

    await linkContact(ids.alpha, ids.ada, 'COORDINATOR');
    await linkContact(ids.alpha, ids.ada, 'MEMBER');
    await linkContact(ids.alpha, ids.alan, 'MEMBER');
    await linkContact(ids.alpha, ids.grace, 'SPOKESPERSON');
    await linkContact(ids.beta, ids.ada, 'MEMBER');
    await linkOrganization(ids.alpha, ids.cern, 'HOST');
    await linkOrganization(ids.alpha, ids.cern, 'PARTNER');
    await linkOrganization(ids.alpha, ids.desy, 'PARTNER');
    await linkOrganization(ids.alpha, ids.kit, 'FUNDER');
    await linkOrganization(ids.beta, ids.cern, 'PARTNER');
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  describe('from a project', () => {
    const PROJECT = `query($id: ID!, $roles: [ProjectRole!], $first: Int, $after: String) {
      project(id: $id) {
        contactLinks(roles: $roles, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { role contact { lastName } project { name } }
        }
        organizationLinks(roles: $roles) { totalCount nodes { role organization { name } } }
        contacts(roles: $roles, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } nodes { lastName }
        }
        organizations(roles: $roles) { totalCount nodes { name } }
      }
    }`;
    interface Result {
      project: {
        contactLinks: Page<{ role: string; contact: { lastName: string }; project: { name: string } }>;
        organizationLinks: Page<{ role: string; organization: { name: string } }>;
        contacts: Page<{ lastName: string }>;
        organizations: Page<{ name: string }>;
      };
    }

    it('should list the links, by name then role, and each linked record once', async () => {
      const { project } = await run<Result>(PROJECT, { id: ids.alpha });
      expect(project.contactLinks.totalCount).toBe(4);
      expect(project.contactLinks.nodes.map((n) => `${n.contact.lastName}:${n.role}`)).toEqual([
        'Hopper:SPOKESPERSON',
        'Lovelace:COORDINATOR',
        'Lovelace:MEMBER',
        'Turing:MEMBER',
      ]);
      expect(project.contactLinks.nodes[0].project.name).toBe('Rel Alpha Array');
      expect(project.organizationLinks.nodes.map((n) => `${n.organization.name}:${n.role}`)).toEqual([
        'CERN:HOST',
        'CERN:PARTNER',
        'DESY:PARTNER',
        'KIT:FUNDER',
      ]);
      expect(project.contacts.totalCount).toBe(3);
      expect(project.contacts.nodes.map((n) => n.lastName)).toEqual(['Hopper', 'Lovelace', 'Turing']);
      expect(project.organizations.totalCount).toBe(3);
      expect(project.organizations.nodes.map((n) => n.name)).toEqual(['CERN', 'DESY', 'KIT']);
    });

    it('should filter by roles and page with cursors', async () => {
      const first = await run<Result>(PROJECT, { id: ids.alpha, roles: ['MEMBER', 'PARTNER'], first: 1 });
      expect(first.project.contactLinks.totalCount).toBe(2);
      expect(first.project.contactLinks.nodes.map((n) => n.contact.lastName)).toEqual(['Lovelace']);
      expect(first.project.contacts).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
      expect(first.project.organizations.nodes.map((n) => n.name)).toEqual(['CERN', 'DESY']);
      expect(first.project.organizationLinks.totalCount).toBe(2);

      const second = await run<Result>(PROJECT, {
        id: ids.alpha,
        roles: ['MEMBER', 'PARTNER'],
        first: 1,
        after: first.project.contacts.pageInfo.endCursor,
      });
      expect(second.project.contacts.nodes.map((n) => n.lastName)).toEqual(['Turing']);
      expect(second.project.contacts.pageInfo.hasNextPage).toBe(false);
    });

    it('should answer empty connections for a project without links', async () => {
      const { project } = await run<Result>(PROJECT, { id: ids.gamma });
      expect(project.contactLinks).toMatchObject({ totalCount: 0, nodes: [] });
      expect(project.organizations).toMatchObject({ totalCount: 0, nodes: [] });
    });
  });

  describe('from a contact and an organization', () => {
    const CONTACT = `query($id: ID!, $roles: [ProjectRole!], $last: Int) {
      contact(id: $id) {
        projectLinks(roles: $roles, last: $last) { totalCount nodes { role project { name } contact { lastName } } }
        projects(roles: $roles) { totalCount nodes { name } }
      }
    }`;
    const ORGANIZATION = `query($id: ID!, $roles: [ProjectRole!]) {
      organization(id: $id) {
        projectLinks(roles: $roles) { totalCount nodes { role project { name } } }
        projects(roles: $roles, orderBy: { field: NAME, direction: DESC }) { totalCount nodes { name } }
      }
    }`;
    interface ContactResult {
      contact: {
        projectLinks: Page<{ role: string; project: { name: string }; contact: { lastName: string } }>;
        projects: Page<{ name: string }>;
      };
    }
    interface OrganizationResult {
      organization: {
        projectLinks: Page<{ role: string; project: { name: string } }>;
        projects: Page<{ name: string }>;
      };
    }

    it("should list a contact's project links and its projects once each, with roles and last", async () => {
      const all = await run<ContactResult>(CONTACT, { id: ids.ada });
      expect(all.contact.projectLinks.nodes.map((n) => `${n.project.name}:${n.role}`)).toEqual([
        'Rel Alpha Array:COORDINATOR',
        'Rel Alpha Array:MEMBER',
        'Rel Beta Beam:MEMBER',
      ]);
      expect(all.contact.projectLinks.nodes[0].contact.lastName).toBe('Lovelace');
      expect(all.contact.projects).toMatchObject({ totalCount: 2 });
      expect(all.contact.projects.nodes.map((n) => n.name)).toEqual(['Rel Alpha Array', 'Rel Beta Beam']);

      const coordinating = await run<ContactResult>(CONTACT, { id: ids.ada, roles: ['COORDINATOR'] });
      expect(coordinating.contact.projects.nodes.map((n) => n.name)).toEqual(['Rel Alpha Array']);
      const lastOne = await run<ContactResult>(CONTACT, { id: ids.ada, last: 1 });
      expect(lastOne.contact.projectLinks).toMatchObject({ totalCount: 3 });
      expect(lastOne.contact.projectLinks.nodes.map((n) => n.project.name)).toEqual(['Rel Beta Beam']);
    });

    it("should list an organization's project links and projects, with roles and order", async () => {
      const all = await run<OrganizationResult>(ORGANIZATION, { id: ids.cern });
      expect(all.organization.projectLinks.nodes.map((n) => `${n.project.name}:${n.role}`)).toEqual([
        'Rel Alpha Array:HOST',
        'Rel Alpha Array:PARTNER',
        'Rel Beta Beam:PARTNER',
      ]);
      expect(all.organization.projects.nodes.map((n) => n.name)).toEqual(['Rel Beta Beam', 'Rel Alpha Array']);
      const hosting = await run<OrganizationResult>(ORGANIZATION, { id: ids.cern, roles: ['HOST'] });
      expect(hosting.organization.projects.nodes.map((n) => n.name)).toEqual(['Rel Alpha Array']);
      expect(hosting.organization.projectLinks.totalCount).toBe(1);
    });

    it('should filter the project list by contact and by organization, with roles', async () => {
      const LIST = `query($filter: ProjectFilter) { projects(filter: $filter) { nodes { name } } }`;
      const names = async (filter: Record<string, unknown>) =>
        (await run<{ projects: { nodes: { name: string }[] } }>(LIST, { filter })).projects.nodes.map((n) => n.name);
      expect(await names({ hasContact: { contactId: ids.ada } })).toEqual(['Rel Alpha Array', 'Rel Beta Beam']);
      expect(await names({ hasContact: { contactId: ids.ada, roles: ['COORDINATOR'] } })).toEqual(['Rel Alpha Array']);
      expect(await names({ hasOrganization: { organizationId: ids.kit } })).toEqual(['Rel Alpha Array']);
      expect(await names({ hasOrganization: { organizationId: ids.cern, roles: ['HOST', 'FUNDER'] } })).toEqual([
        'Rel Alpha Array',
      ]);
      expect(
        await names({ hasOrganization: { organizationId: ids.cern }, hasContact: { contactId: ids.alan } }),
      ).toEqual(['Rel Alpha Array']);
    });
  });

  it('should load the relations of many projects with as many statements as for one', async () => {
    const LIST = `query($text: String) {
      projects(first: 10, filter: { text: $text }) {
        nodes {
          name
          contacts(first: 5) { totalCount nodes { lastName projects(first: 5) { totalCount } } }
          organizations(first: 5) { totalCount nodes { name projectLinks(first: 5) { totalCount } } }
          contactLinks(first: 5) { totalCount nodes { contact { lastName } } }
          organizationLinks(first: 5) { totalCount nodes { organization { name } } }
        }
      }
    }`;
    type Node = { name: string; contacts: { totalCount: number }; organizationLinks: { totalCount: number } };
    const statements: string[] = [];
    const counter = { beforeQuery: (event: { query: string }) => void statements.push(event.query) };
    db.dataSource.subscribers.push(counter as never);
    try {
      const one = await run<{ projects: { nodes: Node[] } }>(LIST, { text: 'Rel Alpha' });
      const forOne = statements.length;
      statements.length = 0;
      const all = await run<{ projects: { nodes: Node[] } }>(LIST, { text: 'Rel ' });
      expect(one.projects.nodes).toHaveLength(1);
      expect(all.projects.nodes.map((n) => [n.name, n.contacts.totalCount, n.organizationLinks.totalCount])).toEqual([
        ['Rel Alpha Array', 3, 4],
        ['Rel Beta Beam', 1, 1],
        ['Rel Gamma Grid', 0, 0],
      ]);
      expect(forOne).toBeGreaterThanOrEqual(10);
      expect(statements.length).toBe(forOne);
    } finally {
      db.dataSource.subscribers.splice(db.dataSource.subscribers.indexOf(counter as never), 1);
    }
  });

  it('should hide a trashed project from every relation and bring it back with its links on restore', async () => {
    const projectId = await createProject('Rel Trashed Project');
    const contactId = await createContact('Lise', 'Meitner');
    const organizationId = await createOrganization('Kaiser Wilhelm Institute');
    await linkContact(projectId, contactId, 'PRINCIPAL_INVESTIGATOR');
    await linkOrganization(projectId, organizationId, 'HOST');
    const ENDS = `query($contact: ID!, $organization: ID!) {
      contact(id: $contact) { projects { totalCount nodes { name } } projectLinks { totalCount } }
      organization(id: $organization) { projects { totalCount } projectLinks { totalCount } }
      projects(filter: { text: "Rel Trashed" }) { totalCount }
    }`;
    const counts = async () => {
      const data = await run<{
        contact: { projects: Page<{ name: string }>; projectLinks: Page<unknown> };
        organization: { projects: Page<unknown>; projectLinks: Page<unknown> };
        projects: { totalCount: number };
      }>(ENDS, { contact: contactId, organization: organizationId });
      return [
        data.contact.projects.totalCount,
        data.contact.projectLinks.totalCount,
        data.organization.projects.totalCount,
        data.organization.projectLinks.totalCount,
        data.projects.totalCount,
      ];
    };
    expect(await counts()).toEqual([1, 1, 1, 1, 1]);

    await edit(`mutation($id: ID!) { deleteProject(input: { id: $id }) { id } }`, { id: projectId });
    expect(await counts()).toEqual([0, 0, 0, 0, 0]);
    const [links] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM project_contacts WHERE project_id = $1) AS contacts,
              (SELECT count(*)::int FROM project_organizations WHERE project_id = $1) AS organizations`,
      [projectId],
    );
    expect(links).toEqual({ contacts: 1, organizations: 1 });

    await edit(`mutation($id: ID!) { restoreProject(input: { id: $id }) { id } }`, { id: projectId });
    expect(await counts()).toEqual([1, 1, 1, 1, 1]);
    const restored = await run<{ project: { contactLinks: Page<{ role: string }> } }>(
      `query($id: ID!) { project(id: $id) { contactLinks { totalCount nodes { role } } } }`,
      { id: projectId },
    );
    expect(restored.project.contactLinks.nodes).toEqual([{ role: 'PRINCIPAL_INVESTIGATOR' }]);
  });

  it('should hide a trashed contact from the relations of its projects', async () => {
    const projectId = await createProject('Rel Contact Trash');
    const kept = await createContact('Kept', 'Keeper');
    const trashed = await createContact('Gone', 'Goner');
    await linkContact(projectId, kept, 'MEMBER');
    await linkContact(projectId, trashed, 'MEMBER');
    await db.dataSource.query(`UPDATE contacts SET deleted_at = now() WHERE id = $1`, [trashed]);
    const data = await run<{ project: { contacts: Page<{ lastName: string }>; contactLinks: Page<unknown> } }>(
      `query($id: ID!) { project(id: $id) { contacts { totalCount nodes { lastName } } contactLinks { totalCount } } }`,
      { id: projectId },
    );
    expect(data.project.contacts.nodes).toEqual([{ lastName: 'Keeper' }]);
    expect(data.project.contactLinks.totalCount).toBe(1);
  });
});
