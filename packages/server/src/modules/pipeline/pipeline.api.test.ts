import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';

const STAGE_FIELDS = 'id name kind probability rottingDays position version';
const PIPELINE = `id name valueUnit currency version stages { ${STAGE_FIELDS} }`;
const CREATE = `mutation($input: CreatePipelineInput!) { createPipeline(input: $input) { ${PIPELINE} } }`;
const UPDATE = `mutation($input: UpdatePipelineInput!) { updatePipeline(input: $input) { ${PIPELINE} } }`;
const ADD = `mutation($input: AddPipelineStageInput!) { addPipelineStage(input: $input) { ${STAGE_FIELDS} pipeline { stages { name } } } }`;
const UPDATE_STAGE = `mutation($input: UpdatePipelineStageInput!) { updatePipelineStage(input: $input) { ${STAGE_FIELDS} } }`;
const REORDER = `mutation($input: ReorderPipelineStagesInput!) { reorderPipelineStages(input: $input) { stages { name position } } }`;
const REMOVE = `mutation($input: RemovePipelineStageInput!) {
  removePipelineStage(input: $input) { stages { name } removed: stages(includeRemoved: true) { name removedAt } }
}`;
const CREATE_OPPORTUNITY = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id version } }`;
const OPPORTUNITY = `query($id: ID!) { opportunity(id: $id) {
  version isRotting daysInStage stage { name } stageChanges { fromStage { name } toStage { name } cause reason }
} }`;

interface Stage {
  id: string;
  name: string;
  version: number;
}
interface PipelineData {
  id: string;
  version: number;
  stages: Stage[];
}

describe('pipelines and stages over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let admin: string;
  let editor: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    editor = (await createUser(db.dataSource, { role: 'editor' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  let counter = 0;
  const createPipeline = async (stages = ['One', 'Two', 'Three']) =>
    (
      await ok<{ createPipeline: PipelineData }>(url, admin, CREATE, {
        input: { name: `Pipeline ${++counter}`, stages: stages.map((name) => ({ name })) },
      })
    ).createPipeline;
  const names = (pipeline: { stages: { name: string }[] }) => pipeline.stages.map((stage) => stage.name);

  it('should let admins create a pipeline with its stages, and nobody else', async () => {
    const { createPipeline: pipeline } = await ok<{ createPipeline: Record<string, unknown> }>(url, admin, CREATE, {
      input: {
        name: 'Grants',
        valueUnit: 'MONEY',
        currency: 'CHF',
        stages: [
          { name: 'Idea', probability: 5, rottingDays: 30 },
          { name: 'Funded', kind: 'WON' },
          { name: 'Rejected', kind: 'LOST' },
        ],
      },
    });
    expect(pipeline).toMatchObject({
      name: 'Grants',
      valueUnit: 'MONEY',
      currency: 'CHF',
      stages: [
        { name: 'Idea', kind: 'OPEN', probability: 5, rottingDays: 30, position: 0 },
        { name: 'Funded', kind: 'WON', probability: null, position: 1 },
        { name: 'Rejected', kind: 'LOST', position: 2 },
      ],
    });
    const input = { name: 'Mine', stages: [{ name: 'A' }] };
    expect((await failure(url, editor, CREATE, { input })).code).toBe('FORBIDDEN');
    const duplicate = await failure(url, admin, CREATE, { input: { name: 'grants', stages: [{ name: 'A' }] } });
    expect(duplicate).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: { name: [expect.any(String)] } } });
    const currency = await failure(url, admin, CREATE, {
      input: { name: 'People', currency: 'EUR', stages: [{ name: 'A' }] },
    });
    expect(currency.code).toBe('BAD_USER_INPUT');
    const empty = await failure(url, admin, CREATE, { input: { name: 'Empty', stages: [] } });
    expect(empty.code).toBe('BAD_USER_INPUT');
  });

  it('should rename a pipeline at its version, and refuse a stale one', async () => {
    const pipeline = await createPipeline();
    const { updatePipeline } = await ok<{ updatePipeline: PipelineData & { name: string } }>(url, admin, UPDATE, {
      input: { id: pipeline.id, version: pipeline.version, name: 'Renamed pipeline' },
    });
    expect(updatePipeline).toMatchObject({ name: 'Renamed pipeline', version: pipeline.version + 1 });
    const stale = await failure(url, admin, UPDATE, {
      input: { id: pipeline.id, version: pipeline.version, name: 'Again' },
    });
    expect(stale.code).toBe('CONFLICT');
  });

  it('should add a stage in place, change its probability and rotting age, and reorder the stages', async () => {
    const pipeline = await createPipeline();
    const { addPipelineStage: added } = await ok<{ addPipelineStage: Stage & { pipeline: PipelineData } }>(
      url,
      admin,
      ADD,
      {
        input: { pipelineId: pipeline.id, name: 'One and a half', position: 1, probability: 20 },
      },
    );
    expect(names(added.pipeline)).toEqual(['One', 'One and a half', 'Two', 'Three']);
    const { updatePipelineStage } = await ok<{ updatePipelineStage: Record<string, unknown> }>(
      url,
      admin,
      UPDATE_STAGE,
      {
        input: { id: added.id, version: added.version, name: 'Halfway', probability: null, rottingDays: 14 },
      },
    );
    expect(updatePipelineStage).toMatchObject({ name: 'Halfway', probability: null, rottingDays: 14 });
    const stale = await failure(url, admin, UPDATE_STAGE, {
      input: { id: added.id, version: added.version, name: 'X' },
    });
    expect(stale.code).toBe('CONFLICT');
    const ids = [pipeline.stages[2].id, pipeline.stages[1].id, added.id, pipeline.stages[0].id];
    const { reorderPipelineStages } = await ok<{
      reorderPipelineStages: { stages: { name: string; position: number }[] };
    }>(url, admin, REORDER, { input: { pipelineId: pipeline.id, stageIds: ids } });
    expect(reorderPipelineStages.stages).toEqual([
      { name: 'Three', position: 0 },
      { name: 'Two', position: 1 },
      { name: 'Halfway', position: 2 },
      { name: 'One', position: 3 },
    ]);
    const partial = await failure(url, admin, REORDER, { input: { pipelineId: pipeline.id, stageIds: ids.slice(1) } });
    expect(partial.code).toBe('BAD_USER_INPUT');
    expect((await failure(url, editor, REORDER, { input: { pipelineId: pipeline.id, stageIds: ids } })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('should remove an empty stage, and one that holds opportunities only by moving them, keeping their history', async () => {
    const pipeline = await createPipeline(['Start', 'Middle', 'End']);
    const [start, middle, end] = pipeline.stages;
    const { removePipelineStage: afterEmpty } = await ok<{ removePipelineStage: { stages: { name: string }[] } }>(
      url,
      admin,
      REMOVE,
      {
        input: { id: end.id },
      },
    );
    expect(names(afterEmpty)).toEqual(['Start', 'Middle']);
    const held = (
      await ok<{ createOpportunity: { id: string } }>(url, editor, CREATE_OPPORTUNITY, {
        input: { title: 'Held', pipelineId: pipeline.id, stageId: middle.id },
      })
    ).createOpportunity;
    const refused = await failure(url, admin, REMOVE, { input: { id: middle.id } });
    expect(refused).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: { moveToStageId: [expect.stringContaining('1')] } },
    });
    const elsewhere = await failure(url, admin, REMOVE, { input: { id: middle.id, moveToStageId: middle.id } });
    expect(elsewhere.code).toBe('BAD_USER_INPUT');
    const { removePipelineStage } = await ok<{
      removePipelineStage: { stages: { name: string }[]; removed: { name: string; removedAt: string | null }[] };
    }>(url, admin, REMOVE, { input: { id: middle.id, moveToStageId: start.id } });
    expect(names(removePipelineStage)).toEqual(['Start']);
    expect(removePipelineStage.removed.map((s) => [s.name, s.removedAt !== null])).toEqual([
      ['Start', false],
      ['End', true],
      ['Middle', true],
    ]);
    const { opportunity } = await ok<{ opportunity: Record<string, unknown> }>(url, editor, OPPORTUNITY, {
      id: held.id,
    });
    expect(opportunity).toMatchObject({
      version: 2,
      stage: { name: 'Start' },
      stageChanges: [
        { fromStage: null, toStage: { name: 'Middle' }, cause: 'CREATE' },
        {
          fromStage: { name: 'Middle' },
          toStage: { name: 'Start' },
          cause: 'BULK',
          reason: 'Stage “Middle” was removed',
        },
      ],
    });
    const [change] = await db.dataSource.query(
      `SELECT action, diff FROM changes WHERE record_id = $1 ORDER BY at DESC LIMIT 1`,
      [held.id],
    );
    expect(change).toMatchObject({ action: 'update', diff: { stageId: { before: middle.id, after: start.id } } });
    const last = await failure(url, admin, REMOVE, { input: { id: start.id } });
    expect(last.code).toBe('BAD_USER_INPUT');
    const unexplained = await db.dataSource.query(`
      SELECT o.id FROM opportunities o
      WHERE o.stage_id IS DISTINCT FROM (SELECT sc.to_stage_id FROM stage_changes sc WHERE sc.opportunity_id = o.id
                                         ORDER BY sc.changed_at DESC LIMIT 1)`);
    expect(unexplained).toEqual([]);
  });

  it('should call an opportunity rotting once it stays longer than its open stage allows', async () => {
    const pipeline = await createPipeline(['Slow', 'Done']);
    const [slow] = pipeline.stages;
    await ok(url, admin, UPDATE_STAGE, { input: { id: slow.id, version: slow.version, rottingDays: 10 } });
    const { id } = (
      await ok<{ createOpportunity: { id: string } }>(url, editor, CREATE_OPPORTUNITY, {
        input: { title: 'Stuck', pipelineId: pipeline.id },
      })
    ).createOpportunity;
    const read = async () =>
      (await ok<{ opportunity: { isRotting: boolean; daysInStage: number } }>(url, editor, OPPORTUNITY, { id }))
        .opportunity;
    expect(await read()).toMatchObject({ isRotting: false, daysInStage: 0 });
    await db.dataSource.query(`UPDATE opportunities SET stage_entered_at = now() - interval '11 days' WHERE id = $1`, [
      id,
    ]);
    expect(await read()).toMatchObject({ isRotting: true, daysInStage: 11 });
  });
});
