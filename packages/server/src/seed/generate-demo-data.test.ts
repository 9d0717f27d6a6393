import { loadFaker } from './faker-loader';
import { SEEDED_TABLES, generateDemoData, plannedCounts, type TableChunk } from './generate-demo-data';

/** Which table a foreign-key column points at. */
const REFERENCES: Record<string, string> = {
  organization_id: 'organizations',
  parent_id: 'organizations',
  contact_id: 'contacts',
  project_id: 'projects',
  activity_id: 'activities',
  document_id: 'documents',
  need_id: 'needs',
  tag_id: 'tags',
  team_id: 'teams',
  user_id: 'users',
  owner_id: 'users',
  created_by_id: 'users',
  updated_by_id: 'users',
  assignee_id: 'users',
  opportunity_id: 'opportunities',
  changed_by_id: 'users',
};

/** Unique keys of the schema (the polymorphic links: one per owner and target). */
const UNIQUE: Record<string, string[][]> = {
  team_memberships: [['team_id', 'user_id']],
  affiliations: [['contact_id', 'organization_id', 'role']],
  project_organizations: [['project_id', 'organization_id', 'role']],
  project_contacts: [['project_id', 'contact_id', 'role']],
  activity_contacts: [['activity_id', 'contact_id']],
  activity_users: [['activity_id', 'user_id']],
  activity_links: [['activity_id', 'organization_id', 'contact_id', 'project_id', 'need_id']],
  document_links: [['document_id', 'organization_id', 'contact_id', 'project_id', 'activity_id', 'need_id']],
  taggings: [['tag_id', 'organization_id', 'contact_id', 'project_id', 'activity_id', 'document_id', 'need_id']],
  opportunity_contacts: [['opportunity_id', 'contact_id']],
};

const ORDERED: [string, string][] = [
  ['since', 'until'],
  ['start_date', 'end_date'],
  ['starts_at', 'ends_at'],
];

describe('generated demo data at scale 3', () => {
  const chunks: TableChunk[] = [];

  beforeAll(async () => {
    chunks.push(...generateDemoData(await loadFaker(), { seed: 11, scale: 3 }));
  }, 60_000);

  const problems = (check: (chunk: TableChunk, row: unknown[], at: (column: string) => unknown) => string | null) => {
    const found: string[] = [];
    for (const chunk of chunks) {
      for (const row of chunk.rows) {
        const problem = check(chunk, row, (column) => row[chunk.columns.indexOf(column)]);
        if (problem) found.push(`${chunk.table}: ${problem}`);
      }
    }
    return found.slice(0, 5);
  };

  it('has the planned number of rows per table, parents first', () => {
    const counts: Record<string, number> = {};
    for (const chunk of chunks) counts[chunk.table] = (counts[chunk.table] ?? 0) + chunk.rows.length;
    expect(counts).toEqual(plannedCounts(3));
    const firstSeen = [...new Set(chunks.map((chunk) => chunk.table))];
    expect(firstSeen).toEqual([...SEEDED_TABLES]);
  });

  it('refers only to rows generated before, with unique ids', () => {
    const seen = new Map<string, Set<string>>(SEEDED_TABLES.map((table) => [table, new Set()]));
    expect(
      problems((chunk, row, at) => {
        for (const column of chunk.columns) {
          const target = REFERENCES[column];
          const value = at(column);
          if (target && value !== null && !seen.get(target)!.has(value as string))
            return `${column} ${value} not yet generated`;
        }
        const ids = seen.get(chunk.table)!;
        if (ids.has(row[0] as string)) return `duplicate id ${row[0]}`;
        ids.add(row[0] as string);
        return null;
      }),
    ).toEqual([]);
  });

  it('keeps the CHECK constraints and unique keys of the schema', () => {
    const keys = new Set<string>();
    const primaries = new Set<string>();
    expect(
      problems((chunk, row, at) => {
        for (const [from, to] of ORDERED) {
          if (
            chunk.columns.includes(from) &&
            at(from) !== null &&
            at(to) !== null &&
            String(at(from)) > String(at(to))
          ) {
            return `${from} ${at(from)} after ${to} ${at(to)}`;
          }
        }
        if (chunk.table === 'contacts' && at('consent_basis') !== null && at('consent_date') === null)
          return 'consent without date';
        if (chunk.table === 'needs' && (at('organization_id') === null) === (at('project_id') === null))
          return 'need of both or none';
        if (chunk.table === 'organizations' && !/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/.test(at('website') as string))
          return `website ${at('website')}`;
        if (chunk.table === 'affiliations' && at('is_primary')) {
          if (primaries.has(at('contact_id') as string)) return `second primary for ${at('contact_id')}`;
          primaries.add(at('contact_id') as string);
        }
        for (const columns of UNIQUE[chunk.table] ?? []) {
          const key = `${chunk.table} ${columns.map(at).join(' ')}`;
          if (keys.has(key)) return `duplicate ${key}`;
          keys.add(key);
        }
        return null;
      }),
    ).toEqual([]);
    expect(primaries.size).toBe(plannedCounts(3).contacts);
  });
});
