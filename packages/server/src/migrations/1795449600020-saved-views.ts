import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS = ['organization', 'contact', 'project', 'activity', 'document', 'need'];

/** Saved views: a named list view (which list, its filters, sort and columns), private, team or everyone. */
export class SavedViews1795449600020 implements MigrationInterface {
  name = 'SavedViews1795449600020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_views (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        updated_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        deleted_at timestamptz,
        owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
        team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
        name text NOT NULL CHECK (btrim(name) <> ''),
        kind text NOT NULL CHECK (kind IN (${KINDS.map((kind) => `'${kind}'`).join(', ')})),
        filters jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(filters) = 'object'),
        sort text,
        columns text[] NOT NULL DEFAULT '{}',
        visibility text NOT NULL DEFAULT 'private' CHECK (visibility IN ('everyone', 'team', 'private')),
        CONSTRAINT saved_views_team_needs_team CHECK (visibility <> 'team' OR team_id IS NOT NULL)
      );
      CREATE INDEX saved_views_kind_name_idx ON saved_views (kind, lower(name)) WHERE deleted_at IS NULL;
      CREATE INDEX saved_views_owner_id_idx ON saved_views (owner_id);
      CREATE INDEX saved_views_team_id_idx ON saved_views (team_id);
      CREATE INDEX saved_views_created_by_id_idx ON saved_views (created_by_id);
      CREATE INDEX saved_views_updated_by_id_idx ON saved_views (updated_by_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE saved_views`);
  }
}
