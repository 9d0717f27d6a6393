import type { EntityManager } from 'typeorm';
import type { Predicate } from '../../core/auth/visibility-rules';
import { BadUserInputError } from '../../core/graphql/errors';
import { recordChanges, type Actor } from '../shared/audit-writer';
import { kindOfLinkField } from '../shared/link-targets';

/** A record at one end of a link, as the history names it. */
export interface LinkEnd {
  recordType: string;
  recordId: string;
}

/** The kind of record a link's field points at, from the registry: `contactId` → contacts, `Contact`. */
export function linkTarget(column: string): { table: string; type: string } {
  return kindOfLinkField(column);
}

/**
 * Writes one `link` or `unlink` change on each end of a link, each with the link as it is
 * (after linking) or was (before unlinking) under `key`.
 */
export async function recordLinkChanges(
  manager: EntityManager,
  actor: Actor,
  action: 'link' | 'unlink',
  key: string,
  link: Record<string, unknown>,
  ends: LinkEnd[],
): Promise<void> {
  const value = JSON.parse(JSON.stringify(link)) as Record<string, unknown>;
  const diff = { [key]: action === 'link' ? { before: null, after: value } : { before: value, after: null } };
  await recordChanges(
    manager,
    actor,
    ends.map((end) => ({ ...end, action, diff })),
  );
}

/**
 * Refuses (per field) ids that are not live records of the target's table; `visible`, over the
 * alias `t`, leaves out those the viewer may not see, so that they read as missing.
 */
export async function checkTargetsExist(
  manager: EntityManager,
  column: string,
  ids: readonly string[],
  field: string,
  visible?: Predicate,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const { table, type } = linkTarget(column);
  const query = manager
    .createQueryBuilder()
    .select('t.id', 'id')
    .from(table, 't')
    .where('t.id IN (:...ids)', { ids: unique })
    .andWhere('t.deleted_at IS NULL');
  if (visible) query.andWhere(visible.sql, visible.parameters);
  const rows: { id: string }[] = await query.getRawMany();
  const found = new Set(rows.map((row) => row.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) {
    const article = /^[AEIOU]/.test(type) ? 'an' : 'a';
    throw BadUserInputError.field(field, `${missing.join(', ')} is not ${article} existing ${type.toLowerCase()}`);
  }
}
