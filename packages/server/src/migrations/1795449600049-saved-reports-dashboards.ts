import type { MigrationInterface, QueryRunner } from 'typeorm';

const CHARTS = ['bar', 'stacked_bar', 'line', 'area', 'pie', 'donut', 'heatmap', 'funnel', 'number', 'table', 'pivot'];
const quoted = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/** The columns of an owned record shared with its owner alone, their team or everyone. */
const OWNED_SHARED = `
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
  description text,
  visibility text NOT NULL DEFAULT 'private' CHECK (visibility IN ('everyone', 'team', 'private'))`;

const indexes = (table: string) => `
  CREATE INDEX ${table}_name_idx ON ${table} (lower(name)) WHERE deleted_at IS NULL;
  CREATE INDEX ${table}_owner_id_idx ON ${table} (owner_id);
  CREATE INDEX ${table}_team_id_idx ON ${table} (team_id);
  CREATE INDEX ${table}_created_by_id_idx ON ${table} (created_by_id);
  CREATE INDEX ${table}_updated_by_id_idx ON ${table} (updated_by_id);`;

/**
 * Saved reports (a report spec with its chart) and dashboards (a grid of widgets with filter
 * defaults): owned records, private, team or everyone, like saved views.
 */
export class SavedReportsDashboards1795449600049 implements MigrationInterface {
  name = 'SavedReportsDashboards1795449600049';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_reports (${OWNED_SHARED},
        spec jsonb NOT NULL CHECK (jsonb_typeof(spec) = 'object'),
        chart text NOT NULL DEFAULT 'table' CHECK (chart IN (${quoted(CHARTS)})),
        CONSTRAINT saved_reports_team_needs_team CHECK (visibility <> 'team' OR team_id IS NOT NULL)
      );
      ${indexes('saved_reports')}
      CREATE TABLE dashboards (${OWNED_SHARED},
        widgets jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(widgets) = 'array'),
        filters jsonb NOT NULL DEFAULT '{"period": null, "teamIds": [], "countries": [], "tagIds": []}' CHECK (jsonb_typeof(filters) = 'object'),
        CONSTRAINT dashboards_team_needs_team CHECK (visibility <> 'team' OR team_id IS NOT NULL)
      );
      ${indexes('dashboards')}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dashboards; DROP TABLE saved_reports`);
  }
}
