import type { EntityManager } from 'typeorm';
import type { ClassType } from 'type-graphql';
import type { Viewer } from '../../core/auth/viewer';
import type { RecordEntity } from '../../core/db/record.entity';
import type { Actor } from './audit-writer';
import type { Change } from './change.entity';

/**
 * How search shows a kind of record; SQL over the alias `r`. Search finds it through
 * `search_entries`, which a trigger on its table keeps from its folded `search_name` (and
 * `search_acronym`, `search_emails`) and `search_vector` columns (see the search migrations).
 */
interface RecordSearch {
  /** A line about it in the results: acronym and place, job title … */
  subtitle: string;
}

/**
 * A kind of record, described once: what the generic record operations (create, update, trash,
 * history, revert) and every cross-cutting feature (trash, search, bulk, tags, timelines) need
 * to know of it. Each domain declares its kinds; `modules/registry` lists them.
 */
export interface RecordKind<T extends RecordEntity> {
  entity: ClassType<T>;
  /** The record type in the change history and in messages: `Organization`. */
  type: string;
  /** The fields a client edits, recorded field by field in the history. */
  fields: readonly (keyof T & string)[];
  /** Rules a patch must keep beyond the database's own (an organization's parent), for every path that patches. */
  checkPatch?: (manager: EntityManager, id: string, patch: Partial<T>) => Promise<void>;
  /** Its table. */
  table: string;
  /** Its name, title or subject, in SQL over the alias `r`. */
  title: string;
  /** Its column in the polymorphic link tables (taggings, activity and document links): `organization_id`. */
  linkColumn?: string;
  /** It has an owner and a team (bulk reassign applies). */
  owned?: boolean;
  /** Its rows carry a `visibility` (private, team, everyone) that hides them from other viewers. */
  visibility?: boolean;
  /** It is listed in the trash (and restored from there). */
  trash?: boolean;
  /** It carries tags (through its `linkColumn` in `taggings`). */
  taggable?: boolean;
  /**
   * Activities can concern it, documents can be attached to it: through its `linkColumn` in
   * `activity_links` and `document_links`, and its fields (`organizationId`, `organizationIds`)
   * in the inputs that link them. The registry's test checks the tables and inputs against these flags.
   */
  linkable?: { activities?: boolean; documents?: boolean };
  /**
   * It has a timeline; `participations` names a table of `(activity_id, linkColumn)` rows besides
   * activity links; `related` brings in the activities and documents of other records (its
   * contacts, its parts): SQL of `(via_id, parent_id)` rows for the parents `:...parents`, by the
   * record type of `via_id`.
   */
  timeline?: { participations?: string; description?: string; related?: { type: string; sql: string }[] };
  /** Search finds it. */
  search?: RecordSearch;
  /** Its changes may not be reverted from the history (users come from the identity provider). */
  readOnlyHistory?: boolean;
  /**
   * Its own undo of those of its updates that did more than set its fields (a lead's conversion
   * also created a contact and an organization): revert calls it first, and undoes the change the
   * generic way when it answers false. It writes its revert changes pointing at `change`.
   */
  revert?: (manager: EntityManager, viewer: Viewer, change: Change, actor: Actor) => Promise<boolean>;
  /** Its columns where people write free text (`notes`): what erasing a person searches and redacts. */
  freeText?: string[];
}

/** A kind's name in the API's enums and the web's routes: `Organization` → `organization`. */
export function kindName(kind: { type: string }): string {
  return kind.type.charAt(0).toLowerCase() + kind.type.slice(1);
}

/** A kind's link column as a field of links and inputs: `organization_id` → `organizationId`. */
export function linkField(kind: { linkColumn?: string }): `${string}Id` {
  return (kind.linkColumn ?? '').replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) as `${string}Id`;
}

/** A kind's name in sentences: `SavedView` → `saved view`. */
export function kindLabel(kind: { type: string }): string {
  return kind.type.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
}

/** Its plural in sentences: `activities`, `saved views`. */
export function kindPlural(kind: { type: string }): string {
  const label = kindLabel(kind);
  return /[^aeiou]y$/.test(label) ? `${label.slice(0, -1)}ies` : `${label}s`;
}

/** Its plural as a field of the kinds a link lists: `organizations`, `savedViews`. */
export function pluralField(kind: { type: string }): string {
  return kindPlural(kind).replace(/ ([a-z])/g, (_, c: string) => c.toUpperCase());
}
