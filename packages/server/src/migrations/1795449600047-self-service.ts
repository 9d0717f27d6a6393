import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Self-service: a display name the user chose (sign-in no longer overwrites it), each user's
 * notification preferences, and the log of privacy requests (exports and erasures of a person).
 */
export class SelfService1795449600047 implements MigrationInterface {
  name = 'SelfService1795449600047';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN name_chosen_at timestamptz;
      CREATE TABLE notification_preferences (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        updated_at timestamptz NOT NULL DEFAULT now(),
        due_todo_reminders boolean NOT NULL DEFAULT true,
        follow_up_reminders boolean NOT NULL DEFAULT true,
        mentions boolean NOT NULL DEFAULT true,
        email_digest text NOT NULL DEFAULT 'weekly' CHECK (email_digest IN ('none', 'daily', 'weekly'))
      );
      CREATE TABLE privacy_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL CHECK (kind IN ('export', 'erasure')),
        requested_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        contact_id uuid REFERENCES contacts (id) ON DELETE SET NULL,
        request_id text,
        summary text NOT NULL CHECK (btrim(summary) <> '')
      );
      CREATE INDEX privacy_requests_at_idx ON privacy_requests (at DESC, id);
      CREATE INDEX privacy_requests_contact_id_idx ON privacy_requests (contact_id);
      CREATE INDEX privacy_requests_requested_by_id_idx ON privacy_requests (requested_by_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE privacy_requests;
      DROP TABLE notification_preferences;
      ALTER TABLE users DROP COLUMN name_chosen_at;
    `);
  }
}
