import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The calendar's range query: live activities by when they happen (start, else due). */
export class CalendarIndex1795449600040 implements MigrationInterface {
  name = 'CalendarIndex1795449600040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX activities_when_idx ON activities ((coalesce(starts_at, due_at))) WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX activities_when_idx`);
  }
}
