import type { Execute } from './bulk-insert';

/** The id the pipelines migration gives a default pipeline (1, 2) or stage (101 …): fixed, so the demo can use them. */
const defaultId = (n: number) => `0f1e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export interface DemoStage {
  id: string;
  name: string;
  kind: 'open' | 'won' | 'lost';
  probability: number;
}

export interface DemoPipeline {
  id: string;
  name: string;
  unit: 'people' | 'money';
  stages: DemoStage[];
}

const pipeline = (
  n: number,
  name: string,
  unit: DemoPipeline['unit'],
  stages: [string, DemoStage['kind'], number][],
) => ({
  id: defaultId(n),
  name,
  unit,
  stages: stages.map(([stageName, kind, probability], position) => ({
    id: defaultId(n * 100 + position + 1),
    name: stageName,
    kind,
    probability,
  })),
});

/** The two pipelines every database starts with, as the pipelines migration writes them. */
export const OUTREACH: DemoPipeline = pipeline(1, 'Outreach', 'people', [
  ['Dissemination', 'open', 10],
  ['Induction', 'open', 30],
  ['Training', 'open', 50],
  ['Support', 'open', 75],
  ['Established', 'won', 100],
  ['Not pursued', 'lost', 0],
]);
export const PARTNERSHIP: DemoPipeline = pipeline(2, 'Partnership', 'money', [
  ['Lead', 'open', 10],
  ['Qualified', 'open', 30],
  ['Proposal', 'open', 60],
  ['Agreed', 'won', 100],
  ['Lost', 'lost', 0],
]);

/**
 * Puts the default pipelines back where a reset emptied them (truncating users empties every
 * table that names a user, pipelines too); a migrated database already has them.
 */
export async function ensureDefaultPipelines(execute: Execute): Promise<void> {
  for (const [index, { id, name, unit, stages }] of [OUTREACH, PARTNERSHIP].entries()) {
    await execute(
      `INSERT INTO pipelines (id, name, value_unit, currency, position) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
      [id, name, unit, unit === 'money' ? 'EUR' : null, index],
    );
    for (const [position, stage] of stages.entries()) {
      await execute(
        `INSERT INTO pipeline_stages (id, pipeline_id, name, kind, probability, position)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
        [stage.id, id, stage.name, stage.kind, stage.probability, position],
      );
    }
  }
}
