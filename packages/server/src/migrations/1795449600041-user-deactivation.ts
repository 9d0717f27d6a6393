import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A user an admin deactivates keeps their records, history and teams but can no longer sign in
 * or use their API tokens; unlike the trash (erasure), they still appear in the lists of users.
 */
export class UserDeactivation1795449600041 implements MigrationInterface {
  name = 'UserDeactivation1795449600041';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN deactivated_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN deactivated_at`);
  }
}
