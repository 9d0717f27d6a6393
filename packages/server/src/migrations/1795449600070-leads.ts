import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leads: prospective communities or people not yet in the graph, worked by an owner and a team
 * and shared like activities (private, team, everyone). A lead is disqualified with a reason, or
 * converted into a contact, an organization and an opportunity, which it keeps links to.
 * Searchable (name, organization name; the email address by those who may see addresses) and taggable.
 */
const SOURCES = ['event', 'web', 'referral', 'campaign', 'import', 'other'];
const STATUSES = ['new', 'contacted', 'qualified', 'disqualified', 'converted'];
const oneOf = (values: string[]) => `IN (${values.map((v) => `'${v}'`).join(', ')})`;

export class Leads1795449600070 implements MigrationInterface {
  name = 'Leads1795449600070';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE leads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        updated_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1 CHECK (version > 0),
        deleted_at timestamptz,
        owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
        team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
        visibility text NOT NULL DEFAULT 'everyone' CHECK (visibility IN ('everyone', 'team', 'private')),
        name text NOT NULL CHECK (btrim(name) <> ''),
        organization_name text,
        email text,
        country char(2) CHECK (country ~ '^[A-Z]{2}$'),
        source text NOT NULL DEFAULT 'other' CHECK (source ${oneOf(SOURCES)}),
        interest text NOT NULL DEFAULT '',
        notes text NOT NULL DEFAULT '',
        status text NOT NULL DEFAULT 'new' CHECK (status ${oneOf(STATUSES)}),
        disqualified_reason text,
        converted_at timestamptz,
        converted_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        converted_contact_id uuid REFERENCES contacts (id) ON DELETE SET NULL,
        converted_organization_id uuid REFERENCES organizations (id) ON DELETE SET NULL,
        converted_opportunity_id uuid,
        CONSTRAINT leads_team_needs_team CHECK (visibility <> 'team' OR team_id IS NOT NULL),
        CONSTRAINT leads_disqualified_with_reason CHECK (
          (status = 'disqualified') = (disqualified_reason IS NOT NULL AND btrim(disqualified_reason) <> '')),
        CONSTRAINT leads_converted_when CHECK ((status = 'converted') = (converted_at IS NOT NULL)),
        search_vector tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('simple', search_fold(name || ' ' || coalesce(organization_name, ''))), 'A')
          || setweight(to_tsvector('simple', search_fold(interest)), 'D')) STORED,
        search_name text GENERATED ALWAYS AS (search_fold(name)) STORED,
        search_acronym text GENERATED ALWAYS AS (search_fold(organization_name)) STORED,
        search_emails text GENERATED ALWAYS AS (search_fold(email)) STORED
      );
      CREATE INDEX leads_status_idx ON leads (status);
      CREATE INDEX leads_country_idx ON leads (country);
      CREATE INDEX leads_converted_contact_id_idx ON leads (converted_contact_id);
      CREATE INDEX leads_converted_organization_id_idx ON leads (converted_organization_id);
      CREATE INDEX leads_converted_opportunity_id_idx ON leads (converted_opportunity_id);
      CREATE INDEX leads_converted_by_id_idx ON leads (converted_by_id);
      CREATE INDEX leads_created_by_id_idx ON leads (created_by_id);
      CREATE INDEX leads_updated_by_id_idx ON leads (updated_by_id);
      CREATE INDEX leads_created_at_idx ON leads (created_at);
      CREATE INDEX leads_updated_at_idx ON leads (updated_at);
      CREATE INDEX leads_owner_id_idx ON leads (owner_id);
      CREATE INDEX leads_team_id_idx ON leads (team_id);
      CREATE INDEX leads_deleted_at_idx ON leads (deleted_at) WHERE deleted_at IS NOT NULL;
      CREATE INDEX leads_search_vector_idx ON leads USING gin (search_vector);
      CREATE INDEX leads_search_name_idx ON leads USING gin (search_name gin_trgm_ops);
      CREATE INDEX leads_search_acronym_idx ON leads USING gin (search_acronym gin_trgm_ops);
      CREATE INDEX leads_search_emails_idx ON leads USING gin (search_emails gin_trgm_ops);
      CREATE TRIGGER leads_search_entries AFTER INSERT OR UPDATE OR DELETE ON leads
        FOR EACH ROW EXECUTE FUNCTION search_entries_sync('lead', 'search_acronym', 'search_emails', 'shared');

      ALTER TABLE taggings ADD COLUMN lead_id uuid REFERENCES leads (id) ON DELETE CASCADE;
      CREATE UNIQUE INDEX taggings_lead_key ON taggings (tag_id, lead_id) WHERE lead_id IS NOT NULL;
      CREATE INDEX taggings_lead_id_idx ON taggings (lead_id) WHERE lead_id IS NOT NULL;
    `);
    await this.replaceOneTarget(q, true);
    await this.replaceSavedViewKinds(q, true);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM saved_views WHERE kind = 'lead'`);
    await this.replaceSavedViewKinds(q, false);
    await q.query(`DELETE FROM taggings WHERE lead_id IS NOT NULL`);
    await q.query(`DELETE FROM search_entries WHERE kind = 'lead'`);
    await this.replaceOneTarget(q, false);
    await q.query(`ALTER TABLE taggings DROP COLUMN lead_id`);
    await q.query(`DROP TABLE leads`);
  }

  /** The one-target CHECK of `taggings` over its target columns, with or without `lead_id`. */
  private async replaceOneTarget(q: QueryRunner, withLead: boolean): Promise<void> {
    const [{ definition }]: { definition: string }[] = await q.query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'taggings_one_target'`,
    );
    const columns = [...definition.matchAll(/\b([a-z_]+_id)\b/g)].map((m) => m[1]).filter((c) => c !== 'lead_id');
    const targets = withLead ? [...columns, 'lead_id'] : columns;
    await q.query(`ALTER TABLE taggings DROP CONSTRAINT taggings_one_target`);
    await q.query(
      `ALTER TABLE taggings ADD CONSTRAINT taggings_one_target CHECK (num_nonnulls(${targets.join(', ')}) = 1)`,
    );
  }

  /** The kinds saved views may be of (each owned, tagged kind's list), with or without leads, after needs. */
  private async replaceSavedViewKinds(q: QueryRunner, withLead: boolean): Promise<void> {
    const [{ definition }]: { definition: string }[] = await q.query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'saved_views_kind_check'`,
    );
    const kinds = [...definition.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]).filter((kind) => kind !== 'lead');
    if (withLead) kinds.splice(kinds.indexOf('need') + 1, 0, 'lead');
    await q.query(`ALTER TABLE saved_views DROP CONSTRAINT saved_views_kind_check`);
    await q.query(
      `ALTER TABLE saved_views ADD CONSTRAINT saved_views_kind_check CHECK (kind IN (${kinds.map((k) => `'${k}'`).join(', ')}))`,
    );
  }
}
