import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { insertRow } from '../../../test/rows';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const LEAD_FIELDS = `id name organizationName email country source interest notes status disqualifiedReason
  visibility version convertedAt convertedContactId convertedOrganizationId
  convertedContact { id firstName lastName emails country }
  convertedOrganization { id name kind country }
  convertedBy { name } owner { name } team { name }`;
const CREATE = `mutation($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateLeadInput!) { updateLead(input: $input) { ${LEAD_FIELDS} } }`;
const DISQUALIFY = `mutation($input: DisqualifyLeadInput!) { disqualifyLead(input: $input) { ${LEAD_FIELDS} } }`;
const CONVERT = `mutation($input: ConvertLeadInput!) { convertLead(input: $input) { ${LEAD_FIELDS} } }`;
const UNDO = `mutation($id: ID!) { undoLeadConversion(id: $id) { ${LEAD_FIELDS} } }`;
const ONE = `query($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} } }`;
const LIST = `query($filter: LeadFilter, $orderBy: LeadOrder) {
  leads(filter: $filter, orderBy: $orderBy, first: 100) { totalCount nodes { name } }
}`;
const DUPLICATES = `query($id: ID!) {
  lead(id: $id) { duplicates {
    contacts { sameEmail contact { id lastName } }
    organizations { organization { id name } }
  } }
}`;
const SEARCH = `query($q: String!) { search(query: $q, types: [LEAD]) { id title } }`;
const DELETE = `mutation($input: DeleteRecordInput!) { deleteLead(input: $input) { id deletedAt } }`;
const RESTORE = `mutation($input: RestoreRecordInput!) { restoreLead(input: $input) { id deletedAt } }`;
const REVERT = `mutation($input: RevertChangeInput!) { revertChange(input: $input) { id action } }`;

interface LeadData {
  id: string;
  name: string;
  status: string;
  version: number;
  disqualifiedReason: string | null;
  convertedAt: string | null;
  convertedContactId: string | null;
  convertedOrganizationId: string | null;
  convertedContact: {
    id: string;
    firstName: string | null;
    lastName: string;
    emails: string[];
    country: string | null;
  } | null;
  convertedOrganization: { id: string; name: string; kind: string; country: string | null } | null;
  [field: string]: unknown;
}

describe('leads over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let viewer: string;
  let outsider: string;
  let teamId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    teamId = (await createTeam(db.dataSource, { name: 'Outreach' })).id;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Olga Outreach', teamIds: [teamId] })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    outsider = (await createUser(db.dataSource, { role: 'editor', name: 'Otto Other' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const create = async (input: Record<string, unknown>, token = editor) =>
    (await ok<{ createLead: LeadData }>(url, token, CREATE, { input })).createLead;
  const convert = async (input: Record<string, unknown>) =>
    (await ok<{ convertLead: LeadData }>(url, editor, CONVERT, { input })).convertLead;
  const names = async (filter: Record<string, unknown>, token = editor) =>
    (await ok<{ leads: { nodes: { name: string }[] } }>(url, token, LIST, { filter })).leads.nodes.map((n) => n.name);
  const pipelines = async () =>
    (
      await ok<{ pipelines: { id: string; name: string; stages: { id: string; name: string }[] }[] }>(
        url,
        editor,
        `{ pipelines { id name stages { id name } } }`,
      )
    ).pipelines;
  const count = async (table: string, where = 'TRUE', parameters: unknown[] = []) =>
    Number((await db.dataSource.query(`SELECT count(*) AS n FROM ${table} WHERE ${where}`, parameters))[0].n);

  it('should record a lead with defaults, owned by its creator, in the history', async () => {
    const lead = await create({
      name: 'Maria Helena Santos',
      organizationName: 'Lisbon Marine Genomics',
      email: 'maria@lmg.example.org',
      country: 'PT',
      source: 'EVENT',
      interest: 'Cloud compute for sequencing',
    });
    expect(lead).toMatchObject({
      name: 'Maria Helena Santos',
      organizationName: 'Lisbon Marine Genomics',
      country: 'PT',
      source: 'EVENT',
      status: 'NEW',
      visibility: 'EVERYONE',
      notes: '',
      version: 1,
      convertedAt: null,
      owner: { name: 'Olga Outreach' },
    });
    const [change] = await db.dataSource.query(`SELECT record_type, action FROM changes WHERE record_id = $1`, [
      lead.id,
    ]);
    expect(change).toEqual({ record_type: 'Lead', action: 'create' });
  });

  it('should update a lead, refuse a stale version and refuse statuses that have mutations of their own', async () => {
    const lead = await create({ name: 'Pieter de Vries', source: 'WEB' });
    const updated = (
      await ok<{ updateLead: LeadData }>(url, editor, UPDATE, {
        input: { id: lead.id, version: 1, status: 'CONTACTED', country: 'NL' },
      })
    ).updateLead;
    expect(updated).toMatchObject({ status: 'CONTACTED', country: 'NL', version: 2 });
    const stale = await failure(url, editor, UPDATE, { input: { id: lead.id, version: 1, name: 'P. de Vries' } });
    expect(stale.code).toBe('CONFLICT');
    const converted = await failure(url, editor, UPDATE, { input: { id: lead.id, version: 2, status: 'CONVERTED' } });
    expect(converted.code).toBe('BAD_USER_INPUT');
    const blank = await failure(url, editor, CREATE, { input: { name: '   ' } });
    expect(blank.code).toBe('BAD_USER_INPUT');
    const country = await failure(url, editor, CREATE, { input: { name: 'X', country: 'nl' } });
    expect(country.code).toBe('BAD_USER_INPUT');
  });

  it('should disqualify a lead only with a reason, and forget the reason when it is worked again', async () => {
    const lead = await create({ name: 'Jan Novák' });
    const blank = await failure(url, editor, DISQUALIFY, { input: { id: lead.id, version: 1, reason: '  ' } });
    expect(blank.code).toBe('BAD_USER_INPUT');
    const missing = await failure(
      url,
      editor,
      `mutation($id: ID!) { disqualifyLead(input: { id: $id, version: 1 }) { id } }`,
      {
        id: lead.id,
      },
    );
    expect(missing.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const disqualified = (
      await ok<{ disqualifyLead: LeadData }>(url, editor, DISQUALIFY, {
        input: { id: lead.id, version: 1, reason: 'No research computing needs' },
      })
    ).disqualifyLead;
    expect(disqualified).toMatchObject({ status: 'DISQUALIFIED', disqualifiedReason: 'No research computing needs' });
    await expect(
      db.dataSource.query(`UPDATE leads SET disqualified_reason = NULL WHERE id = $1`, [lead.id]),
    ).rejects.toThrow(/leads_disqualified_with_reason/);
    const requalified = (
      await ok<{ updateLead: LeadData }>(url, editor, UPDATE, {
        input: { id: lead.id, version: 2, status: 'QUALIFIED' },
      })
    ).updateLead;
    expect(requalified).toMatchObject({ status: 'QUALIFIED', disqualifiedReason: null });
  });

  it('should list leads by status, source, country, owner, team and search, and find them in search', async () => {
    await create({ name: 'Ingrid Berg', organizationName: 'Nordic Ice Cores', source: 'REFERRAL', country: 'NO' });
    await create({ name: 'Ahmed Haddad', organizationName: 'Atlas Seismology Network', source: 'CAMPAIGN', teamId });
    expect(await names({ sources: ['REFERRAL'] })).toEqual(['Ingrid Berg']);
    expect(await names({ countries: ['NO'] })).toEqual(['Ingrid Berg']);
    expect(await names({ teamIds: [teamId] })).toEqual(['Ahmed Haddad']);
    expect(await names({ search: 'seismolog' })).toEqual(['Ahmed Haddad']);
    expect(await names({ search: 'Ingrid', statuses: ['NEW'] })).toEqual(['Ingrid Berg']);
    const hits = (await ok<{ search: { title: string }[] }>(url, viewer, SEARCH, { q: 'Nordic Ice Cores' })).search;
    expect(hits.map((hit) => hit.title)).toContain('Ingrid Berg');
  });

  it('should convert a lead into a new contact, organization and affiliation, in its history', async () => {
    const lead = await create({
      name: 'Sofia Marques Pereira',
      organizationName: 'Porto Ocean Observatory',
      email: 'sofia@poo.example.org',
      country: 'PT',
      status: 'QUALIFIED',
    });
    const converted = await convert({ id: lead.id, version: lead.version });
    expect(converted).toMatchObject({
      status: 'CONVERTED',
      convertedBy: { name: 'Olga Outreach' },
      convertedContact: {
        firstName: 'Sofia Marques',
        lastName: 'Pereira',
        emails: ['sofia@poo.example.org'],
        country: 'PT',
      },
      convertedOrganization: { name: 'Porto Ocean Observatory', kind: 'OTHER', country: 'PT' },
    });
    expect(converted.convertedAt).not.toBeNull();
    expect(
      await count('affiliations', 'contact_id = $1 AND organization_id = $2 AND is_primary', [
        converted.convertedContactId,
        converted.convertedOrganizationId,
      ]),
    ).toBe(1);
    const [change] = await db.dataSource.query(
      `SELECT diff FROM changes WHERE record_id = $1 AND action = 'update' ORDER BY at DESC LIMIT 1`,
      [lead.id],
    );
    expect(change.diff.status).toEqual({ before: 'qualified', after: 'converted' });
    expect(change.diff.convertedContactId.after).toBe(converted.convertedContactId);

    const again = await failure(url, editor, CONVERT, { input: { id: lead.id, version: converted.version } });
    expect(again.code).toBe('BAD_USER_INPUT');
    const edit = await failure(url, editor, UPDATE, { input: { id: lead.id, version: converted.version, name: 'S.' } });
    expect(edit).toMatchObject({ code: 'BAD_USER_INPUT' });
    const notes = (
      await ok<{ updateLead: LeadData }>(url, editor, UPDATE, {
        input: { id: lead.id, version: converted.version, notes: 'Met again at the EOSC symposium' },
      })
    ).updateLead;
    expect(notes.notes).toBe('Met again at the EOSC symposium');
  });

  it('should open an opportunity of the new organization, its first stage entered by conversion, and undo it too', async () => {
    const [outreach] = await pipelines();
    const stage = outreach.stages[1];
    const lead = await create({
      name: 'Hanna Lindqvist',
      organizationName: 'Uppsala Glacier Archive',
      visibility: 'TEAM',
      teamId,
    });
    const converted = (
      await ok<{
        convertLead: LeadData & {
          convertedOpportunity: {
            id: string;
            title: string;
            visibility: string;
            stage: { id: string };
            organization: { id: string };
            team: { id: string };
          };
        };
      }>(
        url,
        editor,
        `mutation($input: ConvertLeadInput!) { convertLead(input: $input) {
          id status convertedOrganizationId
          convertedOpportunity { id title visibility stage { id } organization { id } team { id } }
        } }`,
        {
          input: {
            id: lead.id,
            version: lead.version,
            createOpportunity: { pipelineId: outreach.id, stageId: stage.id, title: ' Glacier data onboarding ' },
          },
        },
      )
    ).convertLead;
    expect(converted.convertedOpportunity).toMatchObject({
      title: 'Glacier data onboarding',
      visibility: 'TEAM',
      stage: { id: stage.id },
      organization: { id: converted.convertedOrganizationId },
      team: { id: teamId },
    });
    const opportunityId = converted.convertedOpportunity.id;
    const history = await db.dataSource.query(
      `SELECT from_stage_id, to_stage_id, cause FROM stage_changes WHERE opportunity_id = $1`,
      [opportunityId],
    );
    expect(history).toEqual([{ from_stage_id: null, to_stage_id: stage.id, cause: 'conversion' }]);
    // Hidden from those who may not see the team's opportunity.
    const other = await ok<{ lead: { id: string } | null }>(url, outsider, ONE, { id: lead.id });
    expect(other.lead).toBeNull();

    await ok(url, editor, UNDO, { id: lead.id });
    expect(await count('opportunities', 'id = $1 AND deleted_at IS NOT NULL', [opportunityId])).toBe(1);
    const [row] = await db.dataSource.query(`SELECT converted_opportunity_id FROM leads WHERE id = $1`, [lead.id]);
    expect(row.converted_opportunity_id).toBeNull();
  });

  it('should offer duplicates and link the existing contact and organization instead of creating them', async () => {
    const organizationId = await insertRow(db.dataSource, 'organizations', {
      name: 'Karlsruhe Institute of Technology',
      kind: 'university',
    });
    const contactId = await insertRow(db.dataSource, 'contacts', {
      first_name: 'Klaus',
      last_name: 'Weber',
      emails: ['k.weber@kit.example.org'],
    });
    const lead = await create({
      name: 'Klaus Weber',
      organizationName: 'Karlsruhe Inst. of Technology',
      email: 'K.Weber@kit.example.org',
    });
    const { duplicates } = (
      await ok<{
        lead: {
          duplicates: {
            contacts: { sameEmail: boolean; contact: { id: string } }[];
            organizations: { organization: { id: string } }[];
          };
        };
      }>(url, editor, DUPLICATES, { id: lead.id })
    ).lead;
    expect(duplicates.contacts[0]).toEqual({ sameEmail: true, contact: { id: contactId, lastName: 'Weber' } });
    expect(duplicates.organizations[0].organization).toEqual({
      id: organizationId,
      name: 'Karlsruhe Institute of Technology',
    });

    const contactsBefore = await count('contacts');
    const organizationsBefore = await count('organizations');
    const converted = await convert({ id: lead.id, version: lead.version, contactId, organizationId });
    expect(converted).toMatchObject({ convertedContactId: contactId, convertedOrganizationId: organizationId });
    expect(await count('contacts')).toBe(contactsBefore);
    expect(await count('organizations')).toBe(organizationsBefore);
    expect(
      await count('affiliations', 'contact_id = $1 AND organization_id = $2 AND NOT is_primary', [
        contactId,
        organizationId,
      ]),
    ).toBe(1);
  });

  it('should make nothing when any part of a conversion is refused', async () => {
    const lead = await create({ name: 'Lena Fischer', organizationName: 'Bavarian Climate Lab' });
    const before = {
      contacts: await count('contacts'),
      organizations: await count('organizations'),
      affiliations: await count('affiliations'),
      changes: await count('changes'),
      opportunities: await count('opportunities'),
      stageChanges: await count('stage_changes'),
    };
    const after = async () => ({
      contacts: await count('contacts'),
      organizations: await count('organizations'),
      affiliations: await count('affiliations'),
      changes: await count('changes'),
      opportunities: await count('opportunities'),
      stageChanges: await count('stage_changes'),
    });
    // The contact is created before the organization is found missing: the transaction takes it back.
    const missing = await failure(url, editor, CONVERT, {
      input: { id: lead.id, version: lead.version, organizationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(missing).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: { organizationId: [expect.any(String)] } },
    });
    expect(await after()).toEqual(before);
    const stale = await failure(url, editor, CONVERT, { input: { id: lead.id, version: lead.version + 1 } });
    expect(stale.code).toBe('CONFLICT');
    expect(await after()).toEqual(before);
    // The opportunity comes last: a stage of another pipeline takes back the contact, the
    // organization and their affiliation made before it.
    const [outreach, partnership] = await pipelines();
    const opportunity = await failure(url, editor, CONVERT, {
      input: {
        id: lead.id,
        version: lead.version,
        createOpportunity: { pipelineId: outreach.id, stageId: partnership.stages[0].id, title: 'Onboarding' },
      },
    });
    expect(opportunity).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: { stageId: [expect.any(String)] } },
    });
    expect(await after()).toEqual(before);
    const [row] = await db.dataSource.query(`SELECT status, version FROM leads WHERE id = $1`, [lead.id]);
    expect(row).toEqual({ status: 'new', version: 1 });
  });

  it('should undo a conversion: the lead back, what it created in the trash, the affiliation it made removed', async () => {
    const lead = await create({ name: 'Tomás Ruiz', organizationName: 'Andalusian Solar Array', status: 'CONTACTED' });
    const converted = await convert({ id: lead.id, version: lead.version });
    const undone = (await ok<{ undoLeadConversion: LeadData }>(url, editor, UNDO, { id: lead.id })).undoLeadConversion;
    expect(undone).toMatchObject({
      status: 'CONTACTED',
      convertedAt: null,
      convertedContactId: null,
      convertedOrganizationId: null,
    });
    const [contact] = await db.dataSource.query(`SELECT deleted_at FROM contacts WHERE id = $1`, [
      converted.convertedContactId,
    ]);
    const [organization] = await db.dataSource.query(`SELECT deleted_at FROM organizations WHERE id = $1`, [
      converted.convertedOrganizationId,
    ]);
    expect(contact.deleted_at).not.toBeNull();
    expect(organization.deleted_at).not.toBeNull();
    const [revert] = await db.dataSource.query(
      `SELECT r.action, c.diff -> 'status' ->> 'after' AS reverted FROM changes r JOIN changes c ON c.id = r.reverts_change_id
       WHERE r.record_id = $1`,
      [lead.id],
    );
    expect(revert).toEqual({ action: 'revert', reverted: 'converted' });
    const notConverted = await failure(url, editor, UNDO, { id: lead.id });
    expect(notConverted.code).toBe('BAD_USER_INPUT');

    // Linked to records that existed: those stay, the affiliation the conversion made goes.
    const organizationId = await insertRow(db.dataSource, 'organizations', {
      name: 'Seville Observatory',
      kind: 'other',
    });
    const contactId = await insertRow(db.dataSource, 'contacts', { first_name: 'Tomás', last_name: 'Ruiz' });
    const linked = await convert({ id: lead.id, version: undone.version, contactId, organizationId });
    expect(await count('affiliations', 'contact_id = $1', [contactId])).toBe(1);
    await ok(url, editor, UNDO, { id: linked.id });
    expect(await count('affiliations', 'contact_id = $1', [contactId])).toBe(0);
    expect(await count('contacts', 'id = $1 AND deleted_at IS NULL', [contactId])).toBe(1);
    expect(await count('organizations', 'id = $1 AND deleted_at IS NULL', [organizationId])).toBe(1);
  });

  it('should undo a conversion by reverting it in the history, and not redo it by reverting the undoing', async () => {
    const lead = await create({ name: 'Aino Virtanen', organizationName: 'Lapland Aurora Station' });
    const converted = await convert({ id: lead.id, version: lead.version });
    const [conversion] = await db.dataSource.query(
      `SELECT id FROM changes WHERE record_id = $1 AND action = 'update' ORDER BY at DESC LIMIT 1`,
      [lead.id],
    );
    const reverted = (
      await ok<{ revertChange: { id: string; action: string } }>(url, editor, REVERT, {
        input: { changeId: conversion.id },
      })
    ).revertChange;
    expect(reverted.action).toBe('REVERT');
    const after = (await ok<{ lead: LeadData }>(url, editor, ONE, { id: lead.id })).lead;
    expect(after).toMatchObject({ status: 'NEW', convertedContactId: null });
    expect(await count('contacts', 'id = $1 AND deleted_at IS NOT NULL', [converted.convertedContactId])).toBe(1);
    expect(
      await count('organizations', 'id = $1 AND deleted_at IS NOT NULL', [converted.convertedOrganizationId]),
    ).toBe(1);
    const redo = await failure(url, editor, REVERT, { input: { changeId: reverted.id } });
    expect(redo.code).toBe('BAD_USER_INPUT');
    const twice = await failure(url, editor, REVERT, { input: { changeId: conversion.id } });
    expect(twice.code).toBe('CONFLICT');
  });

  it("should hide another team's private lead from lists, by id, search and history, and refuse to convert it", async () => {
    const hidden = await create(
      { name: 'Zofia Kowalska', organizationName: 'Kraków Quantum Group', visibility: 'PRIVATE' },
      outsider,
    );
    const shared = await create({ name: 'Zygmunt Team', visibility: 'TEAM', teamId });
    expect(await names({ search: 'Zofia' })).toEqual([]);
    expect((await ok<{ lead: LeadData | null }>(url, editor, ONE, { id: hidden.id })).lead).toBeNull();
    const hits = (await ok<{ search: { id: string }[] }>(url, editor, SEARCH, { q: 'Kraków Quantum' })).search;
    expect(hits.map((hit) => hit.id)).not.toContain(hidden.id);
    const refused = await failure(url, editor, CONVERT, { input: { id: hidden.id, version: hidden.version } });
    expect(refused.code).toBe('NOT_FOUND');
    const update = await failure(url, editor, UPDATE, { input: { id: hidden.id, version: 1, name: 'Spy' } });
    expect(update.code).toBe('NOT_FOUND');
    expect(await count('contacts', `last_name = 'Kowalska'`)).toBe(0);
    // A team lead: seen by the team, not by others.
    expect(await names({ search: 'Zygmunt' }, outsider)).toEqual([]);
    expect((await ok<{ lead: LeadData | null }>(url, outsider, ONE, { id: shared.id })).lead).toBeNull();
    const teamless = await failure(url, editor, CREATE, { input: { name: 'No team', visibility: 'TEAM' } });
    expect(teamless.code).toBe('BAD_USER_INPUT');
    const [{ n }] = await db.dataSource.query(`SELECT count(*) AS n FROM changes WHERE record_id = $1`, [hidden.id]);
    expect(Number(n)).toBe(1);
    const history = await ok<{ history: { totalCount: number } }>(
      url,
      editor,
      `query($id: ID!) { history(recordId: $id) { totalCount } }`,
      { id: hidden.id },
    );
    expect(history.history.totalCount).toBe(0);
  });

  it('should let viewers read leads and change none', async () => {
    const lead = await create({ name: 'Viola Viewer', email: 'viola@example.org' });
    const seen = (await ok<{ lead: LeadData }>(url, viewer, ONE, { id: lead.id })).lead;
    expect(seen).toMatchObject({ name: 'Viola Viewer', email: null });
    expect(await names({ search: 'viola@example.org' }, viewer)).toEqual([]);
    expect(await names({ search: 'viola@example.org' })).toEqual(['Viola Viewer']);
    for (const [query, variables] of [
      [CREATE, { input: { name: 'Nope' } }],
      [UPDATE, { input: { id: lead.id, version: 1, name: 'Nope' } }],
      [DISQUALIFY, { input: { id: lead.id, version: 1, reason: 'Nope' } }],
      [CONVERT, { input: { id: lead.id, version: 1 } }],
      [UNDO, { id: lead.id }],
      [DELETE, { input: { id: lead.id } }],
    ] as const) {
      expect((await failure(url, viewer, query, variables)).code).toBe('FORBIDDEN');
    }
  });

  it('should trash and restore a lead, and refuse both to an editor it does not belong to', async () => {
    const lead = await create({ name: 'Trude Trash' });
    const other = await failure(url, outsider, DELETE, { input: { id: lead.id } });
    expect(other.code).toBe('FORBIDDEN');
    await ok(url, editor, DELETE, { input: { id: lead.id, version: 1 } });
    expect(await names({ search: 'Trude' })).toEqual([]);
    const trash = await ok<{ trash: { nodes: { id: string }[] } }>(
      url,
      editor,
      `{ trash(types: [LEAD], first: 50) { nodes { id } } }`,
    );
    expect(trash.trash.nodes.map((node) => node.id)).toContain(lead.id);
    await ok(url, editor, RESTORE, { input: { id: lead.id } });
    expect(await names({ search: 'Trude' })).toEqual(['Trude Trash']);
  });
});
