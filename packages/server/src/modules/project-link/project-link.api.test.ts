import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { Contact } from '../contact/contact.entity';

const LINK_FIELDS = 'id role since until note version createdBy { name } project { name }';
const LINK_CONTACT = `mutation($input: LinkContactToProjectInput!) {
  linkContactToProject(input: $input) { ${LINK_FIELDS} contact { lastName } }
}`;
const UPDATE_CONTACT_LINK = `mutation($input: UpdateProjectContactLinkInput!) {
  updateProjectContactLink(input: $input) { ${LINK_FIELDS} updatedBy { name } }
}`;
const UNLINK_CONTACT = `mutation($input: UnlinkContactFromProjectInput!) {
  unlinkContactFromProject(input: $input) { id role contact { lastName } }
}`;
const LINK_ORGANIZATION = `mutation($input: LinkOrganizationToProjectInput!) {
  linkOrganizationToProject(input: $input) { ${LINK_FIELDS} organization { name } }
}`;
const UPDATE_ORGANIZATION_LINK = `mutation($input: UpdateProjectOrganizationLinkInput!) {
  updateProjectOrganizationLink(input: $input) { ${LINK_FIELDS} }
}`;
const UNLINK_ORGANIZATION = `mutation($input: UnlinkOrganizationFromProjectInput!) {
  unlinkOrganizationFromProject(input: $input) { id role organization { name } }
}`;

interface Link {
  id: string;
  role: string;
  version: number;
  [field: string]: unknown;
}

describe('project links over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Lina Linker' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const project = async (name: string) =>
    (
      await ok<{ createProject: { id: string } }>(
        url,
        editor,
        `mutation($name: String!) { createProject(input: { name: $name, kind: COLLABORATION }) { id } }`,
        { name },
      )
    ).createProject.id;
  const organization = async (name: string) =>
    (
      await ok<{ createOrganization: { id: string } }>(
        url,
        editor,
        `mutation($name: String!) { createOrganization(input: { name: $name, kind: UNIVERSITY }) { id } }`,
        { name },
      )
    ).createOrganization.id;
  const contact = async (firstName: string, lastName: string) =>
    (await db.dataSource.manager.save(db.dataSource.manager.create(Contact, { firstName, lastName }))).id;
  const changesOf = (recordId: string, action: string) =>
    db.dataSource.query(`SELECT record_type, diff FROM changes WHERE record_id = $1 AND action = $2`, [
      recordId,
      action,
    ]);
  const linkCount = (table: string, projectId: string) =>
    db.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE project_id = $1`, [projectId]);

  describe('of contacts', () => {
    it('should link, write a change on both ends, and refuse the same role twice with CONFLICT', async () => {
      const projectId = await project('Square Kilometre Array');
      const contactId = await contact('Ada', 'Lovelace');
      const input = { projectId, contactId, role: 'COORDINATOR', since: '2024-01-01', note: 'Leads WP2' };
      const { linkContactToProject: link } = await ok<{ linkContactToProject: Link }>(url, editor, LINK_CONTACT, {
        input,
      });
      expect(link).toMatchObject({
        role: 'COORDINATOR',
        since: '2024-01-01',
        until: null,
        note: 'Leads WP2',
        version: 1,
        createdBy: { name: 'Lina Linker' },
        project: { name: 'Square Kilometre Array' },
        contact: { lastName: 'Lovelace' },
      });
      const described = { id: link.id, projectId, contactId, role: 'coordinator', since: '2024-01-01', until: null };
      for (const [recordId, type] of [
        [projectId, 'Project'],
        [contactId, 'Contact'],
      ]) {
        const changes = await changesOf(recordId, 'link');
        expect(changes).toHaveLength(1);
        expect(changes[0].record_type).toBe(type);
        expect(changes[0].diff.projectContact).toEqual({
          before: null,
          after: { ...described, note: 'Leads WP2' },
        });
      }

      const duplicate = await failure(url, editor, LINK_CONTACT, { input });
      expect(duplicate.code).toBe('CONFLICT');
      expect(duplicate.message).toBe('Ada Lovelace is already linked to Square Kilometre Array as coordinator');
      expect(duplicate.extensions.current).toMatchObject({ id: link.id });
      expect(await linkCount('project_contacts', projectId)).toEqual([{ n: 1 }]);

      await ok(url, editor, LINK_CONTACT, { input: { projectId, contactId, role: 'SPOKESPERSON' } });
      expect(await linkCount('project_contacts', projectId)).toEqual([{ n: 2 }]);
    });

    it('should refuse unknown or trashed ends and backwards dates with per-field messages', async () => {
      const projectId = await project('Checked Project');
      const contactId = await contact('Grace', 'Hopper');
      const nobody = '00000000-0000-4000-8000-000000000000';
      const unknownContact = await failure(url, editor, LINK_CONTACT, {
        input: { projectId, contactId: nobody, role: 'MEMBER' },
      });
      expect(unknownContact).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(unknownContact.extensions.fields).toEqual({ contactId: ['is not an existing contact'] });
      const backwards = await failure(url, editor, LINK_CONTACT, {
        input: { projectId, contactId, role: 'MEMBER', since: '2024-02-01', until: '2024-01-31' },
      });
      expect(backwards.extensions.fields).toEqual({ until: ['must not be before since'] });

      await ok(url, editor, `mutation($id: ID!) { deleteProject(input: { id: $id }) { id } }`, { id: projectId });
      const trashed = await failure(url, editor, LINK_CONTACT, { input: { projectId, contactId, role: 'MEMBER' } });
      expect(trashed.extensions.fields).toEqual({ projectId: ['is not an existing project'] });
      expect(await linkCount('project_contacts', projectId)).toEqual([{ n: 0 }]);
    });

    it('should update with the link version, refuse a stale one and a duplicate role with CONFLICT', async () => {
      const projectId = await project('Updated Links');
      const contactId = await contact('Rosalind', 'Franklin');
      const member = (
        await ok<{ linkContactToProject: Link }>(url, editor, LINK_CONTACT, {
          input: { projectId, contactId, role: 'MEMBER' },
        })
      ).linkContactToProject;
      await ok(url, editor, LINK_CONTACT, { input: { projectId, contactId, role: 'PRINCIPAL_INVESTIGATOR' } });

      const updated = await ok<{ updateProjectContactLink: Link }>(url, editor, UPDATE_CONTACT_LINK, {
        input: { id: member.id, version: 1, role: 'CONTACT_POINT', until: '2025-06-30', note: 'Interim' },
      });
      expect(updated.updateProjectContactLink).toMatchObject({
        role: 'CONTACT_POINT',
        until: '2025-06-30',
        note: 'Interim',
        version: 2,
        updatedBy: { name: 'Lina Linker' },
      });
      for (const recordId of [projectId, contactId]) {
        const [change] = await changesOf(recordId, 'update');
        expect(change.diff.projectContact.before).toMatchObject({ role: 'member', until: null, note: null });
        expect(change.diff.projectContact.after).toMatchObject({ role: 'contact_point', until: '2025-06-30' });
      }

      const stale = await failure(url, editor, UPDATE_CONTACT_LINK, {
        input: { id: member.id, version: 1, note: 'x' },
      });
      expect(stale.code).toBe('CONFLICT');
      expect(stale.extensions.current).toMatchObject({ version: 2, note: 'Interim' });
      const duplicate = await failure(url, editor, UPDATE_CONTACT_LINK, {
        input: { id: member.id, version: 2, role: 'PRINCIPAL_INVESTIGATOR' },
      });
      expect(duplicate.code).toBe('CONFLICT');
      expect(duplicate.message).toMatch(/already linked to Updated Links as principal_investigator/);
      const backwards = await failure(url, editor, UPDATE_CONTACT_LINK, {
        input: { id: member.id, version: 2, since: '2026-01-01' },
      });
      expect(backwards.extensions.fields).toEqual({ since: ['must not be after until'] });
      const [row] = await db.dataSource.query(`SELECT role, version FROM project_contacts WHERE id = $1`, [member.id]);
      expect(row).toEqual({ role: 'contact_point', version: 2 });
    });

    it('should unlink for good, record it on both ends, and answer NOT_FOUND the second time', async () => {
      const projectId = await project('Unlinked');
      const contactId = await contact('Marie', 'Curie');
      const link = (
        await ok<{ linkContactToProject: Link }>(url, editor, LINK_CONTACT, {
          input: { projectId, contactId, role: 'PARTNER' },
        })
      ).linkContactToProject;
      const stale = await failure(url, editor, UNLINK_CONTACT, { input: { id: link.id, version: 3 } });
      expect(stale.code).toBe('CONFLICT');
      const removed = await ok<{ unlinkContactFromProject: Link }>(url, editor, UNLINK_CONTACT, {
        input: { id: link.id },
      });
      expect(removed.unlinkContactFromProject).toEqual({
        id: link.id,
        role: 'PARTNER',
        contact: { lastName: 'Curie' },
      });
      expect(await linkCount('project_contacts', projectId)).toEqual([{ n: 0 }]);
      for (const recordId of [projectId, contactId]) {
        const [change] = await changesOf(recordId, 'unlink');
        expect(change.diff.projectContact).toMatchObject({ before: { id: link.id, role: 'partner' }, after: null });
      }
      const again = await failure(url, editor, UNLINK_CONTACT, { input: { id: link.id } });
      expect(again.code).toBe('NOT_FOUND');
    });
  });

  describe('of organizations', () => {
    it('should go through the whole lifecycle with changes on both ends', async () => {
      const projectId = await project('Einstein Telescope');
      const organizationId = await organization('Nikhef');
      const input = { projectId, organizationId, role: 'HOST', since: '2023-01-01', until: '2030-12-31' };
      const link = (await ok<{ linkOrganizationToProject: Link }>(url, editor, LINK_ORGANIZATION, { input }))
        .linkOrganizationToProject;
      expect(link).toMatchObject({ role: 'HOST', version: 1, organization: { name: 'Nikhef' } });
      const duplicate = await failure(url, editor, LINK_ORGANIZATION, { input });
      expect(duplicate.code).toBe('CONFLICT');
      expect(duplicate.message).toBe('Nikhef is already linked to Einstein Telescope as host');

      const updated = await ok<{ updateProjectOrganizationLink: Link }>(url, editor, UPDATE_ORGANIZATION_LINK, {
        input: { id: link.id, version: 1, role: 'FUNDER', since: null },
      });
      expect(updated.updateProjectOrganizationLink).toMatchObject({ role: 'FUNDER', since: null, version: 2 });
      const stale = await failure(url, editor, UPDATE_ORGANIZATION_LINK, {
        input: { id: link.id, version: 1, role: 'HOST' },
      });
      expect(stale.code).toBe('CONFLICT');

      const removed = await ok<{ unlinkOrganizationFromProject: Link }>(url, editor, UNLINK_ORGANIZATION, {
        input: { id: link.id, version: 2 },
      });
      expect(removed.unlinkOrganizationFromProject).toMatchObject({ id: link.id, organization: { name: 'Nikhef' } });
      expect(await linkCount('project_organizations', projectId)).toEqual([{ n: 0 }]);

      for (const [recordId, type] of [
        [projectId, 'Project'],
        [organizationId, 'Organization'],
      ]) {
        const rows = await db.dataSource.query(
          `SELECT action, record_type FROM changes WHERE record_id = $1 AND action IN ('link', 'update', 'unlink')`,
          [recordId],
        );
        expect(rows.map((row: { action: string }) => row.action).sort()).toEqual(['link', 'unlink', 'update']);
        expect(new Set(rows.map((row: { record_type: string }) => row.record_type))).toEqual(new Set([type]));
      }
      const [linked] = await changesOf(organizationId, 'link');
      expect(linked.diff.projectOrganization.after).toEqual({
        id: link.id,
        projectId,
        organizationId,
        role: 'host',
        since: '2023-01-01',
        until: '2030-12-31',
        note: null,
      });
    });

    it('should refuse links to viewers with FORBIDDEN', async () => {
      const projectId = await project('Guarded');
      const organizationId = await organization('Guarded Org');
      const error = await failure(url, viewer, LINK_ORGANIZATION, {
        input: { projectId, organizationId, role: 'PARTNER' },
      });
      expect(error.code).toBe('FORBIDDEN');
    });
  });
});
