import type { MigrationInterface, QueryRunner } from 'typeorm';

const STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled', 'undone'];
const OUTCOMES = ['created', 'updated', 'skipped', 'rejected'];
const quoted = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Imports: the identifiers records have in the systems they came from (`external_ids`, one table
 * for every kind so that a record may carry ids of several systems and a new kind needs no
 * column), the uploaded files, the import jobs with their cursor (`rows_done`, committed with the
 * rows of each batch, so that a job resumed after a crash goes on where it stopped), and what
 * each row of a job became (`import_rows`: the record created or updated, for undo, or why it
 * was rejected).
 */
export class Imports1795449600090 implements MigrationInterface {
  name = 'Imports1795449600090';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        file_name text NOT NULL CHECK (btrim(file_name) <> ''),
        byte_size integer NOT NULL CHECK (byte_size >= 0),
        content bytea NOT NULL
      );
      CREATE INDEX import_files_created_by_id_idx ON import_files (created_by_id);

      CREATE TABLE import_jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        created_by_id uuid REFERENCES users (id) ON DELETE SET NULL,
        kind text NOT NULL CHECK (kind IN ('organizations', 'contacts')),
        format text NOT NULL CHECK (format IN ('csv')),
        file_id uuid NOT NULL REFERENCES import_files (id) ON DELETE CASCADE,
        file_name text NOT NULL,
        encoding text NOT NULL,
        delimiter text NOT NULL CHECK (length(delimiter) = 1),
        mapping jsonb NOT NULL CHECK (jsonb_typeof(mapping) = 'object'),
        on_duplicate text NOT NULL CHECK (on_duplicate IN ('skip', 'update', 'create')),
        source text NOT NULL CHECK (btrim(source) <> ''),
        dry_run boolean NOT NULL DEFAULT false,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN (${quoted(STATUSES)})),
        rows_total integer CHECK (rows_total >= 0),
        rows_done integer NOT NULL DEFAULT 0 CHECK (rows_done >= 0),
        created_count integer NOT NULL DEFAULT 0 CHECK (created_count >= 0),
        updated_count integer NOT NULL DEFAULT 0 CHECK (updated_count >= 0),
        skipped_count integer NOT NULL DEFAULT 0 CHECK (skipped_count >= 0),
        rejected_count integer NOT NULL DEFAULT 0 CHECK (rejected_count >= 0),
        started_at timestamptz,
        finished_at timestamptz,
        heartbeat_at timestamptz,
        error text,
        CONSTRAINT import_jobs_finished_after_start CHECK (finished_at IS NULL OR started_at IS NULL OR finished_at >= started_at)
      );
      CREATE INDEX import_jobs_claim_idx ON import_jobs (status, created_at) WHERE status IN ('queued', 'running');
      CREATE INDEX import_jobs_created_by_id_idx ON import_jobs (created_by_id, created_at);
      CREATE INDEX import_jobs_file_id_idx ON import_jobs (file_id);

      CREATE TABLE external_ids (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        kind text NOT NULL CHECK (kind IN ('organization', 'contact')),
        record_id uuid NOT NULL,
        source text NOT NULL CHECK (btrim(source) <> '' AND length(source) <= 100),
        external_id text NOT NULL CHECK (btrim(external_id) <> '' AND length(external_id) <= 300),
        import_job_id uuid REFERENCES import_jobs (id) ON DELETE SET NULL,
        CONSTRAINT external_ids_unique UNIQUE (kind, source, external_id)
      );
      CREATE INDEX external_ids_record_idx ON external_ids (kind, record_id);
      CREATE INDEX external_ids_import_job_id_idx ON external_ids (import_job_id);

      CREATE TABLE import_rows (
        job_id uuid NOT NULL REFERENCES import_jobs (id) ON DELETE CASCADE,
        row_number integer NOT NULL CHECK (row_number > 0),
        outcome text NOT NULL CHECK (outcome IN (${quoted(OUTCOMES)})),
        record_id uuid,
        errors jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(errors) = 'array'),
        PRIMARY KEY (job_id, row_number)
      );
      CREATE INDEX import_rows_record_id_idx ON import_rows (record_id) WHERE record_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE external_ids; DROP TABLE import_rows; DROP TABLE import_jobs; DROP TABLE import_files`);
  }
}
