import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search from one box, kept up to date by the database itself (generated columns):
 * - `search_vector`, a weighted tsvector of each searchable table, with a GIN index;
 * - `search_name` (and `search_acronym`, `search_emails`), the name-like columns folded, each with
 *   a trigram index for typos and partial names. Stored, so that ranking compares columns
 *   instead of folding every candidate row again.
 *
 * Text is folded (lower case, accents removed: "Zürich" is found by "zurich") and parsed with the
 * 'simple' configuration: the data is multilingual, so no stemming and no stop words.
 * Weights: A names and titles, B job titles and topics, C places and bodies, D descriptions and notes.
 * Contact emails are not in the vector (viewers must not find contacts by them): they have a
 * column and a trigram index of their own, used only for roles allowed to see them.
 */

type Weight = 'A' | 'B' | 'C' | 'D';

/** The searchable tables: their weighted text and their folded name-like columns. */
const TABLES: { table: string; vector: [Weight, string][]; names: Record<string, string> }[] = [
  {
    table: 'organizations',
    vector: [
      ['A', `coalesce(name, '') || ' ' || coalesce(acronym, '')`],
      ['C', `coalesce(city, '') || ' ' || coalesce(country, '')`],
      ['D', `coalesce(description, '')`],
    ],
    names: { search_name: 'name', search_acronym: 'acronym' },
  },
  {
    table: 'contacts',
    vector: [
      ['A', `coalesce(first_name, '') || ' ' || last_name`],
      ['B', `coalesce(title, '') || ' ' || search_words(expertise)`],
      ['D', `coalesce(notes, '')`],
    ],
    names: { search_name: `coalesce(first_name || ' ', '') || last_name`, search_emails: 'search_words(emails)' },
  },
  {
    table: 'projects',
    vector: [
      ['A', `coalesce(name, '') || ' ' || coalesce(acronym, '')`],
      ['B', `coalesce(scientific_domain, '')`],
      ['D', `coalesce(description, '')`],
    ],
    names: { search_name: 'name', search_acronym: 'acronym' },
  },
  {
    table: 'documents',
    // A tsvector holds at most 1 MB: long bodies are indexed by their beginning.
    vector: [
      ['A', 'title'],
      ['C', 'left(body, 100000)'],
    ],
    names: { search_name: 'title' },
  },
  {
    table: 'needs',
    vector: [
      ['A', 'title'],
      ['C', 'description'],
      ['D', `coalesce(source, '')`],
    ],
    names: { search_name: 'title' },
  },
];

export class Search1795449600002 implements MigrationInterface {
  name = 'Search1795449600002';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await q.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    // Qualified names, so that the function works whatever the search_path (pg_dump empties it).
    const [{ schema }]: { schema: string }[] = await q.query(
      `SELECT quote_ident(n.nspname) AS schema
       FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'`,
    );
    // unaccent() is only STABLE (its dictionary could change); ours is fixed, so the wrapper is
    // IMMUTABLE and may be used by generated columns. (PL/pgSQL runs it twice as fast as SQL.)
    await q.query(`
      CREATE FUNCTION search_fold(text) RETURNS text
        LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ BEGIN RETURN lower(${schema}.unaccent('${schema}.unaccent'::regdictionary, $1)); END $$;
      COMMENT ON FUNCTION search_fold(text) IS 'Text as search compares it: lower case, without accents.';
      CREATE FUNCTION search_words(text[]) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT array_to_string($1, ' ') $$;
      COMMENT ON FUNCTION search_words(text[]) IS 'The words of an array as one text (array_to_string is only STABLE).';
    `);
    for (const { table, vector, names } of TABLES) {
      const weighted = vector
        .map(([weight, text]) => `setweight(to_tsvector('simple', search_fold(${text})), '${weight}')`)
        .join(' || ');
      const columns = [
        `ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (${weighted}) STORED`,
        ...Object.entries(names).map(
          ([column, text]) => `ADD COLUMN ${column} text GENERATED ALWAYS AS (search_fold(${text})) STORED`,
        ),
      ];
      await q.query(`ALTER TABLE ${table} ${columns.join(', ')}`);
      await q.query(`CREATE INDEX ${table}_search_vector_idx ON ${table} USING gin (search_vector)`);
      for (const column of Object.keys(names)) {
        await q.query(`CREATE INDEX ${table}_${column}_idx ON ${table} USING gin (${column} gin_trgm_ops)`);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, names } of [...TABLES].reverse()) {
      const columns = ['search_vector', ...Object.keys(names)];
      await q.query(`ALTER TABLE ${table} ${columns.map((column) => `DROP COLUMN ${column}`).join(', ')}`);
    }
    await q.query('DROP FUNCTION search_words(text[])');
    await q.query('DROP FUNCTION search_fold(text)');
    await q.query('DROP EXTENSION IF EXISTS unaccent');
    await q.query('DROP EXTENSION IF EXISTS pg_trgm');
  }
}
