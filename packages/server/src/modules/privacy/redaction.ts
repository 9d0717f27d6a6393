import type { EntityManager } from 'typeorm';
import { RECORD_KINDS } from '../registry/record-registry';
import { recordChanges, type Actor } from '../shared/audit-writer';

/** What replaces a person's identifier in other records' text. */
export const REDACTED = '[redacted]';

/** How an erased person may be named in free text. */
export interface Identifiers {
  emails: string[];
  phones: string[];
  /** "First Last", or the last name alone when there is no first name. */
  fullName: string | null;
}

/** Free text of one record that named the person, now redacted. */
export interface Redaction {
  recordType: string;
  recordId: string;
  /** The columns redacted, as the API names them. */
  fields: string[];
}

interface FreeText {
  table: string;
  recordType: string;
  columns: string[];
  /** The column naming the record, when the table is not the record's own. */
  key?: string;
  /** Links have no history of their own: their changes are written on the records at both ends. */
  history?: false;
}

/**
 * Every column where people write free text: what erasure searches for the person's identifiers.
 * Each kind of record names its own (`freeText` in the registry); here are the text columns of
 * tables that are not kinds of record. The erasure test fills each one.
 */
export const FREE_TEXT: FreeText[] = [
  ...RECORD_KINDS.filter((kind) => kind.freeText).map((kind) => ({
    table: kind.table,
    recordType: kind.type,
    columns: kind.freeText!,
  })),
  { table: 'document_files', recordType: 'Document', columns: ['file_name'], key: 'document_id' },
  { table: 'affiliations', recordType: 'Affiliation', columns: ['role'], history: false },
  { table: 'project_contacts', recordType: 'ProjectContact', columns: ['note'], history: false },
  { table: 'project_organizations', recordType: 'ProjectOrganization', columns: ['note'], history: false },
  { table: 'opportunity_contacts', recordType: 'OpportunityContact', columns: ['role'], history: false },
];

const camel = (column: string) => column.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regular expressions matching any of a person's identifiers, case aside. */
interface IdentifierPatterns {
  /** PostgreSQL's: the name as whole words. */
  sql: string;
  /** PostgreSQL's, the name anywhere: finds the candidates in JSON text, where escapes hide word edges. */
  looseSql: string;
  /** JavaScript's equivalent of `sql`. */
  js: RegExp;
}

/**
 * Emails as written, phones whatever their separators (not inside a longer number), the full
 * name as whole words whatever the spaces between them. Null when there is nothing to look for.
 */
function identifierPatterns(identifiers: Identifiers): IdentifierPatterns | null {
  const alternatives = [
    ...identifiers.emails.filter((email) => email.trim()).map((email) => literal(email.trim())),
    ...identifiers.phones
      .map((phone) => phone.replace(/\D/g, ''))
      // Fewer digits would match unrelated numbers.
      .filter((digits) => digits.length >= 6)
      .map((digits) => `(?<![0-9])\\+?${digits.split('').join('[-\\s()./]*')}(?![0-9])`),
  ];
  const words = identifiers.fullName?.trim().split(/\s+/).filter(Boolean) ?? [];
  const name = words.map(literal).join('\\s+');
  if (alternatives.length === 0 && !name) return null;
  const any = (items: string[]) => `(${items.join('|')})`;
  return {
    sql: any([...alternatives, ...(name ? [`\\m${name}\\M`] : [])]),
    looseSql: any([...alternatives, ...(name ? [name] : [])]),
    js: new RegExp(any([...alternatives, ...(name ? [`(?<![\\p{L}\\p{N}_])${name}(?![\\p{L}\\p{N}_])`] : [])]), 'giu'),
  };
}

/** A JSON value with every string's matches replaced. */
function redactJson(value: unknown, pattern: RegExp): unknown {
  if (typeof value === 'string') return value.replace(pattern, REDACTED);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, pattern));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redactJson(inner, pattern)]));
}

/**
 * Replaces the person's identifiers with REDACTED in every free-text column of other records
 * (the erased contact's own row excepted) and in every history entry, each redacted record
 * counted as changed (new version, an `erase` entry in its history). Answers what it redacted.
 */
export async function redactIdentifiers(
  manager: EntityManager,
  identifiers: Identifiers,
  erasedContactId: string,
  actor: Actor,
): Promise<Redaction[]> {
  const patterns = identifierPatterns(identifiers);
  if (!patterns) return [];
  const pattern = patterns.sql;
  const redactions: Redaction[] = [];
  for (const { table, recordType, columns, key = 'id', history } of FREE_TEXT) {
    const found = columns.map((column) => `CASE WHEN ${column} ~* $1 THEN '${camel(column)}' END`);
    const sets = columns.map((column) => `${column} = regexp_replace(${column}, $1, $2, 'gi')`);
    const rows: { id: string; fields: (string | null)[] }[] = await manager.query(
      `WITH hits AS (
         SELECT ${key} AS id, ARRAY[${found.join(', ')}] AS fields FROM ${table}
         WHERE (${columns.map((column) => `${column} ~* $1`).join(' OR ')})
           ${table === 'contacts' ? 'AND id <> $4' : ''}
       ), redacted AS (
         UPDATE ${table} SET ${sets.join(', ')}, version = version + 1, updated_at = now(), updated_by_id = $3
         WHERE ${key} IN (SELECT id FROM hits)
       )
       SELECT id, fields FROM hits ORDER BY id`,
      table === 'contacts' ? [pattern, REDACTED, actor.userId, erasedContactId] : [pattern, REDACTED, actor.userId],
    );
    for (const row of rows) {
      redactions.push({ recordType, recordId: row.id, fields: row.fields.filter((field): field is string => !!field) });
    }
    if (history !== false) {
      await recordChanges(
        manager,
        actor,
        rows.map((row) => ({
          recordType,
          recordId: row.id,
          action: 'erase' as const,
          diff: { redacted: { before: null, after: row.fields.filter(Boolean) } },
        })),
      );
    }
  }
  redactions.push(...(await redactDashboardWidgets(manager, patterns, actor)));
  redactions.push(...(await redactStageChangeReasons(manager, pattern, actor)));
  // Earlier versions of that text live on in the history's before and after values.
  const candidates: { id: string; recordType: string; recordId: string; diff: unknown }[] = await manager.query(
    `SELECT id, record_type AS "recordType", record_id AS "recordId", diff FROM changes WHERE diff::text ~* $1
     ORDER BY record_type, record_id, at`,
    [patterns.looseSql],
  );
  const changes = [];
  for (const change of candidates) {
    const diff = redactJson(change.diff, patterns.js);
    if (JSON.stringify(diff) === JSON.stringify(change.diff)) continue;
    await manager.query(`UPDATE changes SET diff = $2::jsonb WHERE id = $1`, [change.id, JSON.stringify(diff)]);
    changes.push(change);
  }
  const histories = new Map(changes.map((change) => [`${change.recordType}:${change.recordId}`, change]));
  for (const change of histories.values()) {
    redactions.push({ recordType: change.recordType, recordId: change.recordId, fields: ['history'] });
  }
  return redactions;
}

/** What people write in a dashboard's widgets (inside its `widgets` JSON): Markdown text and titles. */
const WIDGET_TEXT = ['markdown', 'title'] as const;

/**
 * Redacts the person from the text of dashboards' widgets, each redacted dashboard counted as
 * changed like any other record (its ids, places and kinds are left as they are).
 */
async function redactDashboardWidgets(
  manager: EntityManager,
  patterns: IdentifierPatterns,
  actor: Actor,
): Promise<Redaction[]> {
  const candidates: { id: string; widgets: Record<string, unknown>[] }[] = await manager.query(
    `SELECT id, widgets FROM dashboards WHERE widgets::text ~* $1 ORDER BY id`,
    [patterns.looseSql],
  );
  const redacted: string[] = [];
  for (const { id, widgets } of candidates) {
    const after = widgets.map((widget) => {
      const copy = { ...widget };
      for (const field of WIDGET_TEXT) {
        if (typeof copy[field] === 'string') copy[field] = (copy[field] as string).replace(patterns.js, REDACTED);
      }
      return copy;
    });
    if (JSON.stringify(after) === JSON.stringify(widgets)) continue;
    await manager.query(
      `UPDATE dashboards SET widgets = $2::jsonb, version = version + 1, updated_at = now(), updated_by_id = $3
       WHERE id = $1`,
      [id, JSON.stringify(after), actor.userId],
    );
    redacted.push(id);
  }
  await recordChanges(
    manager,
    actor,
    redacted.map((recordId) => ({
      recordType: 'Dashboard',
      recordId,
      action: 'erase' as const,
      diff: { redacted: { before: null, after: ['widgets'] } },
    })),
  );
  return redacted.map((recordId) => ({ recordType: 'Dashboard', recordId, fields: ['widgets'] }));
}

/**
 * Redacts the person from the reasons of opportunities' stage changes: the stage history is
 * append-only, but its reasons are free text like any other.
 */
async function redactStageChangeReasons(manager: EntityManager, pattern: string, actor: Actor): Promise<Redaction[]> {
  const [rows]: [{ opportunityId: string }[], number] = await manager.query(
    `UPDATE stage_changes SET reason = regexp_replace(reason, $1, $2, 'gi') WHERE reason ~* $1
     RETURNING opportunity_id AS "opportunityId"`,
    [pattern, REDACTED],
  );
  const opportunities = [...new Set(rows.map((row) => row.opportunityId))].sort();
  await recordChanges(
    manager,
    actor,
    opportunities.map((recordId) => ({
      recordType: 'Opportunity',
      recordId,
      action: 'erase' as const,
      diff: { redacted: { before: null, after: ['stageChanges'] } },
    })),
  );
  return opportunities.map((recordId) => ({ recordType: 'Opportunity', recordId, fields: ['stageChanges'] }));
}

/** A stored file whose bytes name the person: kept until an admin removes it or decides to keep it. */
export interface FileToReview {
  documentId: string;
  fileName: string;
}

/**
 * The stored files whose content names the person (an identifier's bytes as written, in lower or
 * upper case). Compressed formats (PDF streams, Office files) hide their text from this search.
 */
export async function filesMentioning(manager: EntityManager, identifiers: Identifiers): Promise<FileToReview[]> {
  const needles = [
    ...identifiers.emails,
    ...identifiers.phones,
    ...(identifiers.fullName ? [identifiers.fullName] : []),
  ]
    .map((text) => text.trim())
    .filter((text) => text.length >= 3)
    .flatMap((text) => [text, text.toLowerCase(), text.toUpperCase()]);
  if (needles.length === 0) return [];
  const unique = [...new Set(needles)].map((text) => Buffer.from(text, 'utf8'));
  const conditions = unique.map((_, i) => `position($${i + 1}::bytea IN content) > 0`);
  return manager.query(
    `SELECT document_id AS "documentId", file_name AS "fileName" FROM document_files
     WHERE ${conditions.join(' OR ')} ORDER BY file_name, document_id`,
    unique,
  );
}
