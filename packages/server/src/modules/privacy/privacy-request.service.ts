import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Ordering } from '../../core/db/paging';
import type { Actor } from '../shared/audit-writer';
import { PrivacyRequest, type PrivacyRequestKind } from './privacy-request.entity';

/** "1 activity", "3 activities". */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Writes the log entry of a request, in the transaction that carried it out. */
export async function logPrivacyRequest(
  manager: EntityManager,
  actor: Actor,
  kind: PrivacyRequestKind,
  contactId: string,
  summary: string,
): Promise<void> {
  await manager.insert(PrivacyRequest, {
    kind,
    contactId,
    requestedById: actor.userId,
    requestId: actor.requestId,
    summary,
  });
}

/** The log, newest first, optionally of one person. */
export function privacyRequestQuery(manager: EntityManager, contactId?: string): SelectQueryBuilder<PrivacyRequest> {
  const query = manager.getRepository(PrivacyRequest).createQueryBuilder('r');
  if (contactId) query.where('r.contact_id = :contactId', { contactId });
  return query;
}

export const PRIVACY_REQUEST_ORDERING: Ordering = [
  ['r.at', 'DESC'],
  ['r.id', 'ASC'],
];
