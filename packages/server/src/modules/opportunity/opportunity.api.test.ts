import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { insertRow } from '../../../test/rows';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const FIELDS = `id title version visibility expectedValue expectedDate nextStep lostReason daysInStage isRotting
  stageEnteredAt pipeline { name } stage { id name kind } organization { name } owner { name }
  stageChanges { fromStage { name } toStage { name } cause reason changedBy { name } }`;
const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation($input: MoveOpportunityInput!) { moveOpportunity(input: $input) { ${FIELDS} } }`;
const DELETE = `mutation($input: DeleteRecordInput!) { deleteOpportunity(input: $input) { id version deletedAt } }`;
const RESTORE = `mutation($input: RestoreRecordInput!) { restoreOpportunity(input: $input) { id version deletedAt } }`;
const REVERT = `mutation($input: RevertChangeInput!) { revertChange(input: $input) { id } }`;
const ONE = `query($id: ID!) { opportunity(id: $id) { id title } }`;
const LIST = `query($filter: OpportunityFilter, $orderBy: OpportunityOrder) {
  opportunities(filter: $filter, orderBy: $orderBy, first: 100) { totalCount nodes { title } }
}`;
const PIPELINES = `{ pipelines { id name valueUnit currency stages { id name kind probability position } } }`;

interface Stage {
  id: string;
  name: string;
  kind: string;
}
interface Pipeline {
  id: string;
  name: string;
  valueUnit: string;
  currency: string | null;
  stages: Stage[];
}
interface Opp {
  id: string;
  title: string;
  version: number;
  stage: Stage;
  lostReason: string | null;
  stageChanges: {
    fromStage: { name: string } | null;
    toStage: { name: string };
    cause: string;
    reason: string | null;
  }[];
}

describe('opportunities over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let admin: string;
  let viewer: string;
  let outsider: string;
  let outreach: Pipeline;
  let partnership: Pipeline;
  let teamId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    teamId = (await createTeam(db.dataSource, { name: 'Outreach team' })).id;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Olga Outreach', teamIds: [teamId] })).token;
    admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer', teamIds: [teamId] })).token;
    outsider = (await createUser(db.dataSource, { role: 'editor' })).token;
    const { pipelines } = await ok<{ pipelines: Pipeline[] }>(url, viewer, PIPELINES);
    [outreach, partnership] = pipelines;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const stage = (pipeline: Pipeline, name: string) => pipeline.stages.find((s) => s.name === name)!;
  const create = async (input: Record<string, unknown>, token = editor) =>
    (await ok<{ createOpportunity: Opp }>(url, token, CREATE, { input: { pipelineId: outreach.id, ...input } }))
      .createOpportunity;
  const move = async (opp: { id: string; version: number }, stageId: string, reason?: string) =>
    (
      await ok<{ moveOpportunity: Opp }>(url, editor, MOVE, {
        input: { id: opp.id, version: opp.version, stageId, reason },
      })
    ).moveOpportunity;
  const titles = async (filter: Record<string, unknown>, token = viewer) =>
    (await ok<{ opportunities: { nodes: { title: string }[] } }>(url, token, LIST, { filter })).opportunities.nodes.map(
      (node) => node.title,
    );

  /** The invariant: every opportunity's last stage change entered its current stage. */
  const expectHistoryExplainsStages = async () => {
    const rows: { id: string; stage_id: string; last: string | null }[] = await db.dataSource.query(`
      SELECT o.id, o.stage_id,
        (SELECT sc.to_stage_id FROM stage_changes sc WHERE sc.opportunity_id = o.id
          ORDER BY sc.changed_at DESC, sc.id DESC LIMIT 1) AS last
      FROM opportunities o`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect({ id: row.id, stage: row.last }).toEqual({ id: row.id, stage: row.stage_id });
  };

  it('should come with the Outreach and Partnership pipelines and their stages', async () => {
    expect(outreach).toMatchObject({ name: 'Outreach', valueUnit: 'PEOPLE', currency: null });
    expect(outreach.stages.map((s) => `${s.name}:${s.kind}`)).toEqual([
      'Dissemination:OPEN',
      'Induction:OPEN',
      'Training:OPEN',
      'Support:OPEN',
      'Established:WON',
      'Not pursued:LOST',
    ]);
    expect(partnership).toMatchObject({ name: 'Partnership', valueUnit: 'MONEY', currency: 'EUR' });
    expect(partnership.stages.map((s) => `${s.name}:${s.kind}`)).toEqual([
      'Lead:OPEN',
      'Qualified:OPEN',
      'Proposal:OPEN',
      'Agreed:WON',
      'Lost:LOST',
    ]);
  });

  it('should create at the first stage, owned by its creator, with its first stage change', async () => {
    const organizationId = await insertRow(db.dataSource, 'organizations', {
      name: 'CNRS',
      kind: 'university',
      country: 'FR',
    });
    const opp = await create({
      title: 'CNRS onboarding',
      organizationId,
      expectedValue: 40,
      nextStep: 'Send the slides',
    });
    expect(opp).toMatchObject({
      title: 'CNRS onboarding',
      version: 1,
      visibility: 'EVERYONE',
      expectedValue: 40,
      daysInStage: 0,
      isRotting: false,
      pipeline: { name: 'Outreach' },
      stage: { name: 'Dissemination' },
      organization: { name: 'CNRS' },
      owner: { name: 'Olga Outreach' },
      stageChanges: [
        { fromStage: null, toStage: { name: 'Dissemination' }, cause: 'CREATE', changedBy: { name: 'Olga Outreach' } },
      ],
    });
    expect(await titles({ countries: ['FR'] })).toEqual(['CNRS onboarding']);
    expect(await titles({ text: 'the slides' })).toEqual(['CNRS onboarding']);
  });

  it('should move through stages, recording from, to, who and why, and the lost reason', async () => {
    let opp = await create({ title: 'Moving along' });
    opp = await move(opp, stage(outreach, 'Induction').id, 'Workshop held');
    opp = await move(opp, stage(outreach, 'Not pursued').id, 'No funding');
    expect(opp.stage.name).toBe('Not pursued');
    expect(opp.lostReason).toBe('No funding');
    expect(opp.stageChanges.map((c) => [c.fromStage?.name ?? null, c.toStage.name, c.cause, c.reason])).toEqual([
      [null, 'Dissemination', 'CREATE', null],
      ['Dissemination', 'Induction', 'MANUAL', 'Workshop held'],
      ['Induction', 'Not pursued', 'MANUAL', 'No funding'],
    ]);
    await expectHistoryExplainsStages();
  });

  it('should refuse a stage of another pipeline, and a stale version', async () => {
    const opp = await create({ title: 'Rules' });
    const wrong = await failure(url, editor, MOVE, {
      input: { id: opp.id, version: opp.version, stageId: stage(partnership, 'Lead').id },
    });
    expect(wrong).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(wrong.message).toContain('stageId');
    const createWrong = await failure(url, editor, CREATE, {
      input: { title: 'Wrong', pipelineId: outreach.id, stageId: stage(partnership, 'Lead').id },
    });
    expect(createWrong.code).toBe('BAD_USER_INPUT');
    await move(opp, stage(outreach, 'Training').id);
    const stale = await failure(url, editor, MOVE, {
      input: { id: opp.id, version: opp.version, stageId: stage(outreach, 'Support').id },
    });
    expect(stale.code).toBe('CONFLICT');
  });

  it('should move to the new pipeline’s first open stage when its pipeline changes', async () => {
    const opp = await create({ title: 'Switching pipelines' });
    const { updateOpportunity } = await ok<{ updateOpportunity: Opp & { pipeline: { name: string } } }>(
      url,
      editor,
      UPDATE,
      {
        input: {
          id: opp.id,
          version: opp.version,
          pipelineId: partnership.id,
          stageChangeReason: 'Became a partnership',
        },
      },
    );
    expect(updateOpportunity.pipeline.name).toBe('Partnership');
    expect(updateOpportunity.stage.name).toBe('Lead');
    expect(updateOpportunity.stageChanges.at(-1)).toMatchObject({
      toStage: { name: 'Lead' },
      reason: 'Became a partnership',
    });
    await expectHistoryExplainsStages();
  });

  it('should keep the history explaining the stage through revert and trash and restore', async () => {
    let opp = await create({ title: 'Reverted' });
    opp = await move(opp, stage(outreach, 'Support').id);
    const [change] = await db.dataSource.query(
      `SELECT id FROM changes WHERE record_id = $1 AND action = 'update' ORDER BY at DESC LIMIT 1`,
      [opp.id],
    );
    await ok(url, editor, REVERT, { input: { changeId: change.id } });
    const [row] = await db.dataSource.query(
      `SELECT s.name FROM opportunities o JOIN pipeline_stages s ON s.id = o.stage_id WHERE o.id = $1`,
      [opp.id],
    );
    expect(row.name).toBe('Dissemination');
    const causes = await db.dataSource.query(
      `SELECT cause FROM stage_changes WHERE opportunity_id = $1 ORDER BY changed_at`,
      [opp.id],
    );
    expect(causes.map((c: { cause: string }) => c.cause)).toEqual(['create', 'manual', 'revert']);
    const trashed = (
      await ok<{ deleteOpportunity: { version: number } }>(url, editor, DELETE, { input: { id: opp.id } })
    ).deleteOpportunity;
    expect(trashed.version).toBeGreaterThan(0);
    expect(await titles({ text: 'Reverted' })).toEqual([]);
    await ok(url, editor, RESTORE, { input: { id: opp.id } });
    expect(await titles({ text: 'Reverted' })).toEqual(['Reverted']);
    await expectHistoryExplainsStages();
  });

  it('should refuse to rewrite the stage history', async () => {
    await expect(
      db.dataSource.query(`UPDATE stage_changes SET to_stage_id = from_stage_id WHERE from_stage_id IS NOT NULL`),
    ).rejects.toThrow(/append-only/);
  });

  it('should hide a private opportunity from another team everywhere, and let viewers only read', async () => {
    const organizationId = await insertRow(db.dataSource, 'organizations', { name: 'Hidden host', kind: 'university' });
    const secret = await create({ title: 'Secret engagement', visibility: 'PRIVATE', organizationId });
    await create({ title: 'Team engagement', visibility: 'TEAM', teamId, organizationId });
    expect(await titles({ organizationId }, outsider)).toEqual([]);
    expect((await ok<{ opportunity: unknown }>(url, outsider, ONE, { id: secret.id })).opportunity).toBeNull();
    const nested = await ok<{ organization: { opportunities: { nodes: { title: string }[] } } }>(
      url,
      outsider,
      `query($id: ID!) { organization(id: $id) { opportunities { nodes { title } } } }`,
      { id: organizationId },
    );
    expect(nested.organization.opportunities.nodes).toEqual([]);
    const found = await ok<{ search: { title: string }[] }>(
      url,
      outsider,
      `{ search(query: "Secret engagement") { title } }`,
    );
    expect(found.search).toEqual([]);
    expect(
      (
        await failure(url, outsider, MOVE, {
          input: { id: secret.id, version: 1, stageId: stage(outreach, 'Induction').id },
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(await titles({ organizationId }, viewer)).toEqual(['Team engagement']);
    expect(await titles({ organizationId }, admin)).toEqual(['Secret engagement', 'Team engagement']);
    expect((await failure(url, viewer, CREATE, { input: { title: 'No', pipelineId: outreach.id } })).code).toBe(
      'FORBIDDEN',
    );
    const open = await create({ title: 'Open to all' });
    const moveInput = { input: { id: open.id, version: open.version, stageId: stage(outreach, 'Induction').id } };
    expect((await failure(url, viewer, MOVE, moveInput)).code).toBe('FORBIDDEN');
    expect((await failure(url, viewer, DELETE, { input: { id: open.id } })).code).toBe('FORBIDDEN');
    expect((await failure(url, outsider, MOVE, moveInput)).code).toBe('FORBIDDEN');
    const rename = { input: { id: open.id, version: 1, title: 'Mine' } };
    expect((await failure(url, outsider, UPDATE, rename)).code).toBe('FORBIDDEN');
  });

  it('should set its main contacts with roles and the needs it addresses, in both histories', async () => {
    const organizationId = await insertRow(db.dataSource, 'organizations', { name: 'SURF', kind: 'non_profit' });
    const projectId = await insertRow(db.dataSource, 'projects', { name: 'EOSC NL', kind: 'national' });
    const ana = await insertRow(db.dataSource, 'contacts', { first_name: 'Ana', last_name: 'Ruiz' });
    const ben = await insertRow(db.dataSource, 'contacts', { first_name: 'Ben', last_name: 'Ito' });
    const needId = await insertRow(db.dataSource, 'needs', {
      title: 'GPU hours',
      category: 'compute',
      organization_id: organizationId,
    });
    const opp = await create({ title: 'SURF partnership', organizationId, projectId });
    const SET_CONTACTS = `mutation($input: SetOpportunityContactsInput!) {
      setOpportunityContacts(input: $input) { contacts { role contact { lastName } } }
    }`;
    const set = async (contacts: { contactId: string; role?: string }[]) =>
      (
        await ok<{ setOpportunityContacts: { contacts: { role: string | null; contact: { lastName: string } }[] } }>(
          url,
          editor,
          SET_CONTACTS,
          {
            input: { opportunityId: opp.id, contacts },
          },
        )
      ).setOpportunityContacts.contacts.sort((a, b) => a.contact.lastName.localeCompare(b.contact.lastName));
    expect(await set([{ contactId: ana, role: 'champion' }, { contactId: ben }])).toEqual([
      { role: null, contact: { lastName: 'Ito' } },
      { role: 'champion', contact: { lastName: 'Ruiz' } },
    ]);
    expect(await set([{ contactId: ben, role: 'decision maker' }])).toEqual([
      { role: 'decision maker', contact: { lastName: 'Ito' } },
    ]);
    const actions = await db.dataSource.query(`SELECT action FROM changes WHERE record_id = $1 ORDER BY at, action`, [
      ana,
    ]);
    expect(actions.map((row: { action: string }) => row.action)).toEqual(['link', 'unlink']);
    const SET_NEEDS = `mutation($input: SetOpportunityNeedsInput!) { setOpportunityNeeds(input: $input) { needs { title } } }`;
    const { setOpportunityNeeds } = await ok<{ setOpportunityNeeds: { needs: { title: string }[] } }>(
      url,
      editor,
      SET_NEEDS,
      {
        input: { opportunityId: opp.id, needIds: [needId] },
      },
    );
    expect(setOpportunityNeeds.needs).toEqual([{ title: 'GPU hours' }]);
    const missing = await failure(url, editor, SET_NEEDS, { input: { opportunityId: opp.id, needIds: [ana] } });
    expect(missing.code).toBe('BAD_USER_INPUT');
    const { project } = await ok<{ project: { opportunities: { totalCount: number; nodes: { title: string }[] } } }>(
      url,
      viewer,
      `query($id: ID!) { project(id: $id) { opportunities { totalCount nodes { title } } } }`,
      { id: projectId },
    );
    expect(project.opportunities).toEqual({ totalCount: 1, nodes: [{ title: 'SURF partnership' }] });
  });

  it('should total the opportunities one may see per stage, with their expected value', async () => {
    const training = stage(outreach, 'Training').id;
    await create({ title: 'Totals A', stageId: training, expectedValue: 10 });
    await create({ title: 'Totals B', stageId: training, expectedValue: 5.5 });
    await create({ title: 'Totals C', stageId: training, expectedValue: 100, visibility: 'PRIVATE' });
    await create({ title: 'Totals D' });
    const TOTALS = `query($filter: OpportunityFilter) { opportunityTotals(filter: $filter) { stageId count value } }`;
    const totals = async (token: string) =>
      (
        await ok<{ opportunityTotals: unknown[] }>(url, token, TOTALS, {
          filter: { text: 'Totals', pipelineId: outreach.id },
        })
      ).opportunityTotals;
    const dissemination = stage(outreach, 'Dissemination').id;
    expect(await totals(viewer)).toEqual(
      expect.arrayContaining([
        { stageId: training, count: 2, value: 15.5 },
        { stageId: dissemination, count: 1, value: 0 },
      ]),
    );
    expect(await totals(admin)).toContainEqual({ stageId: training, count: 3, value: 115.5 });
  });

  it('should follow its organization and contact into the survivors of a merge', async () => {
    const survivor = await insertRow(db.dataSource, 'organizations', { name: 'INFN', kind: 'research_institute' });
    const duplicate = await insertRow(db.dataSource, 'organizations', { name: 'I.N.F.N.', kind: 'research_institute' });
    const keeper = await insertRow(db.dataSource, 'contacts', { first_name: 'Lia', last_name: 'Conti' });
    const twin = await insertRow(db.dataSource, 'contacts', { first_name: 'Lia', last_name: 'Conti' });
    const opp = await create({ title: 'INFN engagement', organizationId: duplicate });
    await ok(
      url,
      editor,
      `mutation($input: SetOpportunityContactsInput!) { setOpportunityContacts(input: $input) { id } }`,
      {
        input: { opportunityId: opp.id, contacts: [{ contactId: twin, role: 'champion' }] },
      },
    );
    await ok(url, editor, `mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { id } }`, {
      input: { survivorId: survivor, duplicateId: duplicate, survivorVersion: 1 },
    });
    await ok(url, editor, `mutation($input: MergeContactsInput!) { mergeContacts(input: $input) { id } }`, {
      input: { survivorId: keeper, duplicateId: twin, survivorVersion: 1 },
    });
    const { opportunity } = await ok<{
      opportunity: { organization: { id: string }; contacts: { role: string; contact: { id: string } }[] };
    }>(
      url,
      editor,
      `query($id: ID!) { opportunity(id: $id) { organization { id } contacts { role contact { id } } } }`,
      { id: opp.id },
    );
    expect(opportunity).toEqual({
      organization: { id: survivor },
      contacts: [{ role: 'champion', contact: { id: keeper } }],
    });
  });
});
