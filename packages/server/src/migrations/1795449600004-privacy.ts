import type { MigrationInterface, QueryRunner } from 'typeorm';

const ACTIONS = ['create', 'update', 'delete', 'restore', 'link', 'unlink', 'merge', 'revert', 'erase'];

/** Erasure leaves a tombstone contact; exports of personal data are recorded in the history. */
export class Privacy1795449600004 implements MigrationInterface {
  name = 'Privacy1795449600004';

  async up(q: QueryRunner): Promise<void> {
    const actions = [...ACTIONS, 'export'].map((a) => `'${a}'`).join(', ');
    await q.query(`
      ALTER TABLE contacts ADD COLUMN erased_at timestamptz;
      ALTER TABLE contacts ADD CONSTRAINT contacts_erased_is_trashed CHECK (erased_at IS NULL OR deleted_at IS NOT NULL);
      ALTER TABLE changes DROP CONSTRAINT changes_action_check;
      ALTER TABLE changes ADD CONSTRAINT changes_action_check CHECK (action IN (${actions}));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    const actions = ACTIONS.map((a) => `'${a}'`).join(', ');
    await q.query(`
      DELETE FROM changes WHERE action = 'export';
      ALTER TABLE changes DROP CONSTRAINT changes_action_check;
      ALTER TABLE changes ADD CONSTRAINT changes_action_check CHECK (action IN (${actions}));
      ALTER TABLE contacts DROP CONSTRAINT contacts_erased_is_trashed;
      ALTER TABLE contacts DROP COLUMN erased_at;
    `);
  }
}
