import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Turns rows holding every column of an entity's table into entities, converting each column as TypeORM
 * does (dates, enums, JSON), without its general result transformer, which also resolves
 * joins and relation ids and costs several times more per row.
 */
export function entityHydrator<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
): (row: Record<string, unknown>) => T {
  const metadata = dataSource.getMetadata(target);
  const driver = dataSource.driver;
  const columns = metadata.columns.filter((column) => !column.isVirtual);
  return (row) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (const column of columns) {
      const value = row[column.databaseName];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  };
}
