import type DataLoader from 'dataloader';
import { visibilityPredicate } from '../../core/auth/visibility-rules';
import type { GraphQLContext } from '../../core/graphql/context';
import { kindsWith } from '../registry/record-registry';
import { Tag } from '../tag/tag.entity';
import { Tagging } from '../tag/tagging.entity';

/** The kinds of record that carry tags, each by its column in `taggings`. */
const TAGGABLE = kindsWith('taggable').map((kind) => ({ ...kind, column: kind.linkColumn! }));

/**
 * The live tags of records of one kind for this request, by label: one statement for all the
 * records asked for, each tag listed once with the records that carry it.
 */
export function tagsOfRecords(context: GraphQLContext, column: string): DataLoader<string, Tag[]> {
  return context.loaders.get(`Tag:of:${column}`, async (ids: readonly string[]) => {
    const { raw, entities } = await context.dataSource
      .getRepository(Tag)
      .createQueryBuilder('t')
      .innerJoin(Tagging, 'tg', `tg.tag_id = t.id AND tg.${column} IN (:...ids)`, { ids })
      .addSelect(`array_agg(tg.${column})::text[]`, 'records')
      .addSelect('lower(t.label)', 'sort_label')
      .groupBy('t.id')
      .orderBy('sort_label')
      .addOrderBy('t.id')
      .getRawAndEntities<{ t_id: string; records: string[] }>();
    const recordsOf = new Map(raw.map((row) => [row.t_id, row.records]));
    const groups = new Map<string, Tag[]>(ids.map((id) => [id, []]));
    for (const tag of entities) {
      for (const recordId of recordsOf.get(tag.id) ?? []) groups.get(recordId)?.push(tag);
    }
    return ids.map((id) => groups.get(id)!);
  });
}

const liveTarget = TAGGABLE.map(({ table, column }) => {
  return `NOT EXISTS (SELECT 1 FROM ${table} r WHERE r.id = tg.${column} AND r.deleted_at IS NOT NULL)`;
}).join(' AND ');

/** How many live records carry each tag, of those the viewer may see, for this request. */
export function tagUsageCounts(context: GraphQLContext): DataLoader<string, number> {
  return context.loaders.get('Tag:usageCount', async (ids: readonly string[]) => {
    const query = context.dataSource
      .createQueryBuilder()
      .select('tg.tag_id', 'tagId')
      .addSelect('count(*)::int', 'n')
      .from(Tagging, 'tg')
      .where('tg.tag_id IN (:...ids)', { ids })
      .andWhere(liveTarget)
      .groupBy('tg.tag_id');
    for (const { table, column } of TAGGABLE.filter((kind) => kind.visibility)) {
      const visible = visibilityPredicate('r', context.viewer);
      query.andWhere(
        `NOT EXISTS (SELECT 1 FROM ${table} r WHERE r.id = tg.${column} AND NOT ${visible.sql})`,
        visible.parameters,
      );
    }
    const rows: { tagId: string; n: number }[] = await query.getRawMany();
    const counts = new Map(rows.map((row) => [row.tagId, row.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}
