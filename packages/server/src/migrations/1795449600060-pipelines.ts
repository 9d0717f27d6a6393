import type { MigrationInterface, QueryRunner } from 'typeorm';

const oneOf = (...values: string[]) => `IN (${values.map((v) => `'${v}'`).join(', ')})`;

const quoted = (values: string[]) => values.map((value) => `'${value}'`).join(', ');
/** Views of the opportunities' list can be saved, as of every owned kind that carries tags. */
const SAVED_VIEW_KINDS = ['organization', 'contact', 'project', 'activity', 'document', 'need', 'opportunity', 'graph'];

const authorIndexes = (table: string) => `
  CREATE INDEX ${table}_created_by_id_idx ON ${table} (created_by_id);
  CREATE INDEX ${table}_updated_by_id_idx ON ${table} (updated_by_id);`;

const linkColumns = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  updated_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 1 CHECK (version > 0)`;

const STAGE_CHANGE_CAUSES = ['create', 'manual', 'bulk', 'conversion', 'import', 'merge', 'revert', 'restore'];

/** The pipelines every new database starts with: name, unit, and stages as [name, kind, probability]. */
const DEFAULT_PIPELINES: { name: string; unit: string; stages: [string, string, number][] }[] = [
  {
    name: 'Outreach',
    unit: 'people',
    stages: [
      ['Dissemination', 'open', 10],
      ['Induction', 'open', 30],
      ['Training', 'open', 50],
      ['Support', 'open', 75],
      ['Established', 'won', 100],
      ['Not pursued', 'lost', 0],
    ],
  },
  {
    name: 'Partnership',
    unit: 'money',
    stages: [
      ['Lead', 'open', 10],
      ['Qualified', 'open', 30],
      ['Proposal', 'open', 60],
      ['Agreed', 'won', 100],
      ['Lost', 'lost', 0],
    ],
  },
];

/**
 * Pipelines of configurable stages and the opportunities that move through them, with their
 * append-only stage history. A stage is never deleted once used: removing it sets `removed_at`
 * (and frees its position) so the history keeps naming it.
 */
export class Pipelines1795449600060 implements MigrationInterface {
  name = 'Pipelines1795449600060';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pipelines (${linkColumns},
        name text NOT NULL CHECK (btrim(name) <> ''),
        value_unit text NOT NULL DEFAULT 'people' CHECK (value_unit ${oneOf('people', 'resources', 'money')}),
        currency text CHECK (currency ~ '^[A-Z]{3}$'),
        position integer NOT NULL DEFAULT 0,
        CONSTRAINT pipelines_currency_for_money CHECK (currency IS NULL OR value_unit = 'money')
      );
      CREATE UNIQUE INDEX pipelines_name_key ON pipelines (lower(name));
      ${authorIndexes('pipelines')}

      CREATE TABLE pipeline_stages (${linkColumns},
        pipeline_id uuid NOT NULL REFERENCES pipelines (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (btrim(name) <> ''),
        kind text NOT NULL DEFAULT 'open' CHECK (kind ${oneOf('open', 'won', 'lost')}),
        probability integer CHECK (probability BETWEEN 0 AND 100),
        rotting_days integer CHECK (rotting_days > 0),
        position integer,
        removed_at timestamptz,
        CONSTRAINT pipeline_stages_position_while_present CHECK ((position IS NULL) = (removed_at IS NOT NULL)),
        CONSTRAINT pipeline_stages_position_key UNIQUE (pipeline_id, position) DEFERRABLE INITIALLY IMMEDIATE,
        CONSTRAINT pipeline_stages_id_pipeline_key UNIQUE (id, pipeline_id)
      );
      ${authorIndexes('pipeline_stages')}

      CREATE TABLE opportunities (${linkColumns},
        deleted_at timestamptz,
        owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
        team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
        visibility text NOT NULL DEFAULT 'everyone' CHECK (visibility ${oneOf('everyone', 'team', 'private')}),
        title text NOT NULL CHECK (btrim(title) <> ''),
        pipeline_id uuid NOT NULL REFERENCES pipelines (id),
        stage_id uuid NOT NULL,
        organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        project_id uuid REFERENCES projects (id) ON DELETE SET NULL,
        expected_value numeric(16, 2) CHECK (expected_value >= 0),
        expected_date date,
        next_step text,
        lost_reason text,
        stage_entered_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT opportunities_stage_of_pipeline FOREIGN KEY (stage_id, pipeline_id)
          REFERENCES pipeline_stages (id, pipeline_id),
        CONSTRAINT opportunities_team_needs_team CHECK (visibility <> 'team' OR team_id IS NOT NULL)
      );
      CREATE INDEX opportunities_pipeline_stage_idx ON opportunities (pipeline_id, stage_id) WHERE deleted_at IS NULL;
      CREATE INDEX opportunities_stage_id_idx ON opportunities (stage_id);
      CREATE INDEX opportunities_organization_id_idx ON opportunities (organization_id);
      CREATE INDEX opportunities_project_id_idx ON opportunities (project_id);
      CREATE INDEX opportunities_owner_id_idx ON opportunities (owner_id);
      CREATE INDEX opportunities_team_id_idx ON opportunities (team_id);
      CREATE INDEX opportunities_deleted_at_idx ON opportunities (deleted_at) WHERE deleted_at IS NOT NULL;
      ${authorIndexes('opportunities')}
      CREATE INDEX opportunities_created_at_idx ON opportunities (created_at);
      CREATE INDEX opportunities_updated_at_idx ON opportunities (updated_at);
      ALTER TABLE opportunities
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', search_fold(title)), 'A') ||
          setweight(to_tsvector('simple', search_fold(coalesce(next_step, ''))), 'B')) STORED,
        ADD COLUMN search_name text GENERATED ALWAYS AS (search_fold(title)) STORED;
      CREATE INDEX opportunities_search_vector_idx ON opportunities USING gin (search_vector);
      CREATE INDEX opportunities_search_name_idx ON opportunities USING gin (search_name gin_trgm_ops);
      CREATE TRIGGER opportunities_search_entries AFTER INSERT OR UPDATE OR DELETE ON opportunities
        FOR EACH ROW EXECUTE FUNCTION search_entries_sync('opportunity', '', '', 'shared');

      CREATE TABLE opportunity_contacts (${linkColumns},
        opportunity_id uuid NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        role text CHECK (btrim(role) <> ''),
        CONSTRAINT opportunity_contacts_key UNIQUE (opportunity_id, contact_id)
      );
      CREATE INDEX opportunity_contacts_contact_id_idx ON opportunity_contacts (contact_id);
      ${authorIndexes('opportunity_contacts')}

      CREATE TABLE opportunity_needs (${linkColumns},
        opportunity_id uuid NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
        need_id uuid NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
        CONSTRAINT opportunity_needs_key UNIQUE (opportunity_id, need_id)
      );
      CREATE INDEX opportunity_needs_need_id_idx ON opportunity_needs (need_id);
      ${authorIndexes('opportunity_needs')}

      CREATE TABLE stage_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        opportunity_id uuid NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
        from_stage_id uuid REFERENCES pipeline_stages (id),
        to_stage_id uuid NOT NULL REFERENCES pipeline_stages (id),
        changed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        changed_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        reason text,
        cause text NOT NULL CHECK (cause ${oneOf(...STAGE_CHANGE_CAUSES)}),
        CONSTRAINT stage_changes_moves CHECK (from_stage_id IS DISTINCT FROM to_stage_id)
      );
      CREATE INDEX stage_changes_opportunity_idx ON stage_changes (opportunity_id, changed_at);
      CREATE INDEX stage_changes_to_stage_idx ON stage_changes (to_stage_id, changed_at);
      CREATE INDEX stage_changes_from_stage_idx ON stage_changes (from_stage_id);
      CREATE INDEX stage_changes_changed_by_id_idx ON stage_changes (changed_by_id);
      COMMENT ON TABLE stage_changes IS 'Every stage an opportunity entered, append-only: rows are never changed.';
      CREATE FUNCTION stage_changes_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.opportunity_id, NEW.from_stage_id, NEW.to_stage_id, NEW.changed_at, NEW.cause)
          IS DISTINCT FROM (OLD.opportunity_id, OLD.from_stage_id, OLD.to_stage_id, OLD.changed_at, OLD.cause) THEN
          RAISE EXCEPTION 'stage_changes are append-only' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER stage_changes_append_only BEFORE UPDATE ON stage_changes
        FOR EACH ROW EXECUTE FUNCTION stage_changes_append_only();

      -- Whatever writes an opportunity's stage (an edit, a move, a revert, plain SQL), the history
      -- gets its row in the same statement. The cause and reason come from the transaction's
      -- settings (see recordStageChange); the stage's entry time is now unless given. A writer
      -- that brings whole histories (the demo data, an import) says so and writes them itself.
      CREATE FUNCTION opportunities_stage_entered() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND NEW.stage_id IS DISTINCT FROM OLD.stage_id
          AND NEW.stage_entered_at IS NOT DISTINCT FROM OLD.stage_entered_at THEN
          NEW.stage_entered_at := clock_timestamp();
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER opportunities_stage_entered BEFORE UPDATE OF stage_id ON opportunities
        FOR EACH ROW EXECUTE FUNCTION opportunities_stage_entered();
      CREATE FUNCTION opportunities_stage_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (TG_OP = 'UPDATE' AND NEW.stage_id IS NOT DISTINCT FROM OLD.stage_id)
          OR current_setting('liaison.stage_history_given', true) = 'on' THEN
          RETURN NULL;
        END IF;
        INSERT INTO stage_changes (opportunity_id, from_stage_id, to_stage_id, changed_at, changed_by_id, reason, cause)
        VALUES (
          NEW.id,
          CASE WHEN TG_OP = 'UPDATE' THEN OLD.stage_id END,
          NEW.stage_id,
          NEW.stage_entered_at,
          CASE WHEN TG_OP = 'UPDATE' THEN NEW.updated_by_id ELSE NEW.created_by_id END,
          nullif(current_setting('liaison.stage_change_reason', true), ''),
          coalesce(
            nullif(current_setting('liaison.stage_change_cause', true), ''),
            CASE WHEN TG_OP = 'INSERT' THEN 'create' ELSE 'manual' END));
        RETURN NULL;
      END $$;
      CREATE TRIGGER opportunities_stage_history AFTER INSERT OR UPDATE OF stage_id ON opportunities
        FOR EACH ROW EXECUTE FUNCTION opportunities_stage_history();

      ALTER TABLE taggings ADD COLUMN opportunity_id uuid REFERENCES opportunities (id) ON DELETE CASCADE;
      CREATE UNIQUE INDEX taggings_opportunity_key ON taggings (tag_id, opportunity_id) WHERE opportunity_id IS NOT NULL;
      CREATE INDEX taggings_opportunity_id_idx ON taggings (opportunity_id) WHERE opportunity_id IS NOT NULL;
      ALTER TABLE taggings DROP CONSTRAINT taggings_one_target;
      ALTER TABLE taggings ADD CONSTRAINT taggings_one_target
        CHECK (num_nonnulls(organization_id, contact_id, project_id, activity_id, document_id, need_id, opportunity_id) = 1);
    `);
    await q.query(`
      ALTER TABLE saved_views DROP CONSTRAINT saved_views_kind_check;
      ALTER TABLE saved_views ADD CONSTRAINT saved_views_kind_check CHECK (kind IN (${quoted(SAVED_VIEW_KINDS)}));
    `);
    await this.seedPipelines(q);
  }

  /** Fixed ids, so that the demo data can refer to the stages of every new database. */
  private async seedPipelines(q: QueryRunner): Promise<void> {
    const id = (n: number) => `0f1e0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    for (const [index, pipeline] of DEFAULT_PIPELINES.entries()) {
      await q.query(`INSERT INTO pipelines (id, name, value_unit, currency, position) VALUES ($1, $2, $3, $4, $5)`, [
        id(index + 1),
        pipeline.name,
        pipeline.unit,
        pipeline.unit === 'money' ? 'EUR' : null,
        index,
      ]);
      for (const [position, [name, kind, probability]] of pipeline.stages.entries()) {
        await q.query(
          `INSERT INTO pipeline_stages (id, pipeline_id, name, kind, probability, position) VALUES ($1, $2, $3, $4, $5, $6)`,
          [id((index + 1) * 100 + position + 1), id(index + 1), name, kind, probability, position],
        );
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const before = SAVED_VIEW_KINDS.filter((kind) => kind !== 'opportunity');
    await q.query(`
      DELETE FROM saved_views WHERE kind = 'opportunity';
      ALTER TABLE saved_views DROP CONSTRAINT saved_views_kind_check;
      ALTER TABLE saved_views ADD CONSTRAINT saved_views_kind_check CHECK (kind IN (${quoted(before)}));
      DELETE FROM taggings WHERE opportunity_id IS NOT NULL;
      ALTER TABLE taggings DROP CONSTRAINT taggings_one_target;
      ALTER TABLE taggings DROP COLUMN opportunity_id;
      ALTER TABLE taggings ADD CONSTRAINT taggings_one_target
        CHECK (num_nonnulls(organization_id, contact_id, project_id, activity_id, document_id, need_id) = 1);
      DROP TABLE stage_changes;
      DROP FUNCTION stage_changes_append_only();
      DROP TABLE opportunity_needs;
      DROP TABLE opportunity_contacts;
      DELETE FROM search_entries WHERE kind = 'opportunity';
      DROP TABLE opportunities;
      DROP FUNCTION opportunities_stage_history();
      DROP FUNCTION opportunities_stage_entered();
      DROP TABLE pipeline_stages;
      DROP TABLE pipelines;
    `);
  }
}
