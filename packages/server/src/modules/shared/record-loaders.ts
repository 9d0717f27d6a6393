import { In, type ObjectLiteral } from 'typeorm';
import type { ClassType } from 'type-graphql';
import type DataLoader from 'dataloader';
import type { GraphQLContext } from '../../core/graphql/context';

/** Records by id for this request, trashed ones included (a link to a trashed record still shows it). */
export function recordById<T extends ObjectLiteral & { id: string }>(
  context: GraphQLContext,
  entity: ClassType<T>,
): DataLoader<string, T | null> {
  return context.loaders.get(`${entity.name}:byId`, async (ids: readonly string[]) => {
    const rows = await context.dataSource.manager.find(entity, {
      where: { id: In([...ids]) } as never,
      withDeleted: true,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Rows grouped by a foreign key for this request: `manyBy(ctx, Affiliation, 'contactId')`. */
export function rowsBy<T extends ObjectLiteral>(
  context: GraphQLContext,
  entity: ClassType<T>,
  column: keyof T & string,
  order: Partial<Record<keyof T & string, 'ASC' | 'DESC'>> = {},
): DataLoader<string, T[]> {
  return context.loaders.get(
    `${entity.name}:by:${column}:${JSON.stringify(order)}`,
    async (keys: readonly string[]) => {
      const rows = await context.dataSource.manager.find(entity, {
        where: { [column]: In([...keys]) } as never,
        order: order as never,
      });
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of rows) groups.get(row[column] as string)?.push(row);
      return keys.map((key) => groups.get(key)!);
    },
  );
}
