import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { OpportunityFilter } from './opportunity.inputs';
import { opportunityQuery } from './opportunity.service';

/** How many opportunities (the viewer may see) are at a stage, and what they are expected to bring. */
@ObjectType({ description: 'The opportunities at a stage that you may see: how many, and their expected value.' })
export class OpportunityStageTotal {
  @Field(() => ID, { description: 'The stage.' })
  stageId: string;

  @Field(() => Int, { description: 'How many opportunities are at it.' })
  count: number;

  @Field(() => Float, { description: 'The sum of their expected values (those without count as 0).' })
  value: number;
}

/** Totals per stage of the opportunities matching the filter, for a board's column heads. */
export async function opportunityTotals(
  source: DataSource,
  viewer: Viewer | null,
  filter: OpportunityFilter | undefined,
): Promise<OpportunityStageTotal[]> {
  const rows: { stageId: string; count: string; value: string | null }[] = await opportunityQuery(
    source,
    viewer,
    filter,
  )
    .select('o.stage_id', 'stageId')
    .addSelect('count(*)', 'count')
    .addSelect('coalesce(sum(o.expected_value), 0)', 'value')
    .groupBy('o.stage_id')
    .orderBy('o.stage_id')
    .getRawMany();
  return rows.map((row) => ({ stageId: row.stageId, count: Number(row.count), value: Number(row.value ?? 0) }));
}
