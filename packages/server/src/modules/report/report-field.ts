import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';

/** A list filter as a client sends it to the list query: GraphQL enum names, ISO dates. */
export type ListFilter = Record<string, unknown>;

/**
 * What a field is: a category (an enumeration or a code), the id of a team, user, tag,
 * organization, project, pipeline or stage (labelled by its name; stages in pipeline order), a point in time (bucketed when grouped), a number or a
 * yes/no.
 */
type FieldType =
  | 'category'
  | 'enum'
  | 'team'
  | 'user'
  | 'tag'
  | 'organization'
  | 'project'
  | 'pipeline'
  | 'stage'
  | 'date'
  | 'number'
  | 'boolean';

export interface ReportField {
  /** Its name in a spec: `team`, `kind`, `organization.country`. */
  name: string;
  /** How people call it, for column headers. */
  label: string;
  type: FieldType;
  /**
   * SQL over the kind's own alias (`a.team_id`) for the record's own fields, or over the alias
   * of `link` (`lo.country`) for fields reached through a link.
   */
  sql: string;
  /** The link joined to reach it (a record may have several: it then counts in each group). */
  link?: string;
  /**
   * The list filter selecting exactly the records having this value: what a cell drills down
   * to. Absent for fields no list filter expresses; such a field can be measured, not grouped.
   */
  drill?: (key: string) => ListFilter;
  /**
   * For a date: the list filter of a half-open range [from, to), for periods and buckets; a day
   * field reads the bounds as days in the report's time zone.
   */
  range?: (from: string | Date, to: string | Date, timeZone: string) => ListFilter;
}

/** A record kind as reports see it: its list query, fields and links. */
export interface ReportKindDefinition {
  /** The alias of its list query: `a` for activities. */
  alias: string;
  /** The list query of this kind, with its visibility rules and filters. */
  query(
    source: DataSource | EntityManager,
    viewer: Viewer | null,
    filter: ListFilter | undefined,
  ): SelectQueryBuilder<never>;
  /** The list this kind drills down to (the `activities` query and its `/activities` view). */
  list: string;
  /** The GraphQL filter input type of that list. */
  filterType: string;
  /** Joins from a record `r.rid` to the rows of each link, by link name. */
  links: Record<string, string>;
  fields: ReportField[];
  /**
   * A field every spec of this kind groups by: without it a row would not be a number of
   * records the list can show (stage entries are counted per stage).
   */
  requires?: string;
}

/** `research_institute` → `RESEARCH_INSTITUTE`, as the API spells enumeration values. */
export const enumName = (value: string) => value.toUpperCase();

/** A field of an enumeration or code column that a list filters by a list of values. */
export function categoryField(
  name: string,
  label: string,
  sql: string,
  filterKey: string,
  options: { enum?: boolean; link?: string; nest?: string } = {},
): ReportField {
  return {
    name,
    label,
    sql,
    link: options.link,
    type: options.enum === false ? 'category' : 'enum',
    drill: (key) => {
      const value = [options.enum === false ? key : enumName(key)];
      return options.nest ? { [options.nest]: { [filterKey]: value } } : { [filterKey]: value };
    },
  };
}

/** The fields every owned record has: team, owner, tags, creation and change times. */
export function ownedRecordFields(alias: string): ReportField[] {
  return [
    { name: 'team', label: 'Team', type: 'team', sql: `${alias}.team_id`, drill: (key) => ({ teamIds: [key] }) },
    { name: 'owner', label: 'Owner', type: 'user', sql: `${alias}.owner_id`, drill: (key) => ({ ownerIds: [key] }) },
    { name: 'tag', label: 'Tag', type: 'tag', sql: 'tg.tag_id', link: 'tags', drill: (key) => ({ tagIds: [key] }) },
    {
      name: 'createdAt',
      label: 'Created',
      type: 'date',
      sql: `${alias}.created_at`,
      range: (from, to) => ({ createdAfter: from, createdBefore: to }),
    },
    {
      name: 'updatedAt',
      label: 'Changed',
      type: 'date',
      sql: `${alias}.updated_at`,
      range: (from, to) => ({ updatedAfter: from, updatedBefore: to }),
    },
  ];
}

/** The taggings of the record, by the column naming its kind in `taggings`. */
export const tagsJoin = (column: string) => `LEFT JOIN taggings tg ON tg.${column} = r.rid`;
