import type { EntityManager } from 'typeorm';
import type { Predicate } from '../../core/auth/visibility-rules';
import { BadUserInputError } from '../../core/graphql/errors';
import { CONTACT } from '../contact/contact.service';
import { NEED } from '../need/need.service';
import { ORGANIZATION } from '../organization/organization.service';
import { PROJECT } from '../project/project.service';
import { recordChanges, type Actor } from '../shared/audit-writer';
import { USER } from '../user/user.service';
import { ACTIVITY } from './activity.service';

/** A record at one end of a link, as the history names it. */
export interface LinkEnd {
  recordType: string;
  recordId: string;
}

/**
 * The kinds of record activities and documents are linked to, by their field in links: each
 * kind's table and type come from its description (read when first needed, as the activity's
 * own kind is declared by a module that uses this one).
 */
const targetKinds = () => ({
  organizationId: ORGANIZATION,
  contactId: CONTACT,
  projectId: PROJECT,
  needId: NEED,
  activityId: ACTIVITY,
  userId: USER,
});
export type LinkTargetColumn = keyof ReturnType<typeof targetKinds>;

/** The kind of record a link's field points at: `contactId` → contacts, `Contact`. */
export function linkTarget(column: LinkTargetColumn): { table: string; type: string } {
  return targetKinds()[column];
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
  column: LinkTargetColumn,
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
