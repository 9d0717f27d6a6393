import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One search table over every searchable kind, so that a search is one statement over one
 * trigram index instead of one per kind (and per transposed query):
 * - `folded`: the record's folded name and acronym, with the GIN trigram index that `<%` uses;
 * - `vector`: its weighted text (as the record's `search_vector`), for words in descriptions and bodies;
 * - `emails`: contacts' folded emails, with a trigram index of its own (found by editors and admins only);
 * - `visibility`, `owner_id`, `team_id`: who may see it (`everyone` for kinds without visibility);
 * - `deleted`: in the trash; the indexes cover live records only.
 *
 * A trigger on each searchable table writes its entry in the same statement as the record (every
 * insert, update, trash, restore, merge, erasure, bulk change), from the record's own folded
 * columns (`search_name`, `search_vector`, see the search migration). A new searchable kind
 * adds `search_entries_sync('<kind>', …)` on its table (`record-registry.test.ts` checks it).
 */

/** The searchable tables: their kind, and their optional acronym and email columns and visibility. */
const TABLES: { table: string; kind: string; acronym?: string; emails?: string; shared?: boolean }[] = [
  { table: 'organizations', kind: 'organization', acronym: 'search_acronym' },
  { table: 'contacts', kind: 'contact', emails: 'search_emails' },
  { table: 'projects', kind: 'project', acronym: 'search_acronym' },
  { table: 'documents', kind: 'document', shared: true },
  { table: 'needs', kind: 'need' },
];

const triggerArguments = ({ kind, acronym, emails, shared }: (typeof TABLES)[number]) =>
  [kind, acronym ?? '', emails ?? '', shared ? 'shared' : ''].map((value) => `'${value}'`).join(', ');

export class SearchEntries1795449600050 implements MigrationInterface {
  name = 'SearchEntries1795449600050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE search_entries (
        record_id uuid PRIMARY KEY,
        kind text NOT NULL,
        name text NOT NULL,
        acronym text,
        folded text NOT NULL,
        emails text,
        vector tsvector NOT NULL,
        deleted boolean NOT NULL,
        visibility text NOT NULL,
        owner_id uuid,
        team_id uuid
      );
      COMMENT ON TABLE search_entries IS 'What search finds of each searchable record, kept by triggers on their tables.';
      CREATE INDEX search_entries_folded_idx ON search_entries USING gin (folded gin_trgm_ops) WHERE NOT deleted;
      CREATE INDEX search_entries_vector_idx ON search_entries USING gin (vector) WHERE NOT deleted;
      CREATE INDEX search_entries_emails_idx ON search_entries USING gin (emails gin_trgm_ops)
        WHERE NOT deleted AND emails IS NOT NULL;
    `);
    // Arguments: the kind, its acronym column, its emails column ('' when none), 'shared' when its
    // rows carry a visibility. The record's own columns are read through dynamic SQL, as the
    // optional ones differ from table to table.
    await q.query(`
      CREATE FUNCTION search_entries_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        acronym text := CASE WHEN TG_ARGV[1] = '' THEN 'NULL' ELSE 'r.' || quote_ident(TG_ARGV[1]) END;
        emails text := CASE WHEN TG_ARGV[2] = '' THEN 'NULL' ELSE 'r.' || quote_ident(TG_ARGV[2]) END;
        sharing text := CASE WHEN TG_ARGV[3] = 'shared' THEN 'r.visibility, r.owner_id, r.team_id'
          ELSE '''everyone'', NULL::uuid, NULL::uuid' END;
      BEGIN
        IF TG_OP = 'DELETE' THEN
          DELETE FROM search_entries WHERE record_id = OLD.id;
          RETURN NULL;
        END IF;
        EXECUTE format($sql$
          INSERT INTO search_entries AS e
            (record_id, kind, name, acronym, folded, emails, vector, deleted, visibility, owner_id, team_id)
          SELECT r.id, %L, coalesce(r.search_name, ''), %s, concat_ws(' ', r.search_name, %s), %s, coalesce(r.search_vector, ''),
            r.deleted_at IS NOT NULL, %s
          FROM (SELECT ($1).*) r
          ON CONFLICT (record_id) DO UPDATE SET name = EXCLUDED.name, acronym = EXCLUDED.acronym,
            folded = EXCLUDED.folded, emails = EXCLUDED.emails, vector = EXCLUDED.vector, deleted = EXCLUDED.deleted,
            visibility = EXCLUDED.visibility, owner_id = EXCLUDED.owner_id, team_id = EXCLUDED.team_id
          WHERE (e.folded, e.emails, e.vector, e.deleted, e.visibility, e.owner_id, e.team_id)
            IS DISTINCT FROM (EXCLUDED.folded, EXCLUDED.emails, EXCLUDED.vector, EXCLUDED.deleted,
              EXCLUDED.visibility, EXCLUDED.owner_id, EXCLUDED.team_id)
        $sql$, TG_ARGV[0], acronym, acronym, emails, sharing) USING NEW;
        RETURN NULL;
      END $$;
      COMMENT ON FUNCTION search_entries_sync() IS 'Writes a searchable record''s entry in search_entries.';
    `);
    for (const entry of TABLES) {
      await q.query(`
        CREATE TRIGGER ${entry.table}_search_entries AFTER INSERT OR UPDATE OR DELETE ON ${entry.table}
          FOR EACH ROW EXECUTE FUNCTION search_entries_sync(${triggerArguments(entry)})`);
      const acronym = entry.acronym ? `r.${entry.acronym}` : 'NULL';
      await q.query(`
        INSERT INTO search_entries
          (record_id, kind, name, acronym, folded, emails, vector, deleted, visibility, owner_id, team_id)
        SELECT r.id, '${entry.kind}', coalesce(r.search_name, ''), ${acronym}, concat_ws(' ', r.search_name, ${acronym}),
          ${entry.emails ? `r.${entry.emails}` : 'NULL'}, coalesce(r.search_vector, ''), r.deleted_at IS NOT NULL,
          ${entry.shared ? 'r.visibility, r.owner_id, r.team_id' : `'everyone', NULL, NULL`}
        FROM ${entry.table} r`);
    }
    await q.query('ANALYZE search_entries');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table } of [...TABLES].reverse()) await q.query(`DROP TRIGGER ${table}_search_entries ON ${table}`);
    await q.query('DROP FUNCTION search_entries_sync()');
    await q.query('DROP TABLE search_entries');
  }
}
