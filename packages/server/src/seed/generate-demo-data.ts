import { createWorld, reseed, type DemoWorld, type TableChunk } from './demo-world';
import type { FakerLib } from './faker-loader';
import { activityCounts, generateActivities } from './generate-activities';
import { contactCounts, generateContacts } from './generate-contacts';
import { directoryCounts, generateDirectory } from './generate-directory';
import { documentCounts, generateDocuments, generateTaggings } from './generate-documents';
import { generateNeeds, needCounts } from './generate-needs';
import { generateOpportunities, opportunityCounts } from './generate-opportunities';
import { ORGANIZATIONS_PER_SCALE, generateOrganizations } from './generate-organizations';
import { generateProjects, projectCounts } from './generate-projects';

export type { TableChunk } from './demo-world';

/** Rows inserted per table. */
export type SeedCounts = Record<string, number>;

export interface DemoDataOptions {
  /** Same seed, same rows. */
  seed: number;
  /** Multiplies every count but those of teams, users and tags. */
  scale: number;
}

/** The tables the demo data fills, in insertion order (parents first). */
export const SEEDED_TABLES = [
  'users',
  'teams',
  'team_memberships',
  'tags',
  'organizations',
  'contacts',
  'affiliations',
  'projects',
  'project_organizations',
  'project_contacts',
  'project_tasks',
  'milestones',
  'needs',
  'activities',
  'activity_contacts',
  'activity_users',
  'activity_links',
  'documents',
  'document_links',
  'taggings',
  'opportunities',
  'opportunity_contacts',
  'stage_changes',
] as const;

const STAGES: ((world: DemoWorld) => Generator<TableChunk>)[] = [
  generateDirectory,
  generateOrganizations,
  generateContacts,
  generateProjects,
  generateNeeds,
  generateActivities,
  generateDocuments,
  generateTaggings,
  generateOpportunities,
];

export function validateOptions({ seed, scale }: DemoDataOptions): void {
  if (!Number.isSafeInteger(scale) || scale < 1)
    throw new RangeError(`scale must be a positive integer (got ${scale})`);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new RangeError(`seed must be a non-negative integer (got ${seed})`);
}

/**
 * The demo data as batches of rows, parents before the rows that refer to them. Pure: it
 * depends on nothing but the options (no clock, no database), and the same options give the
 * same rows, ids included. Rows are produced lazily so that large scales stream.
 */
export function* generateDemoData(lib: FakerLib, options: DemoDataOptions): Generator<TableChunk> {
  validateOptions(options);
  const world = createWorld(lib, options.seed, options.scale);
  for (const [index, stage] of STAGES.entries()) {
    reseed(world, index + 1);
    yield* stage(world);
  }
}

/** How many rows `generateDemoData` produces per table at a scale, whatever the seed. */
export function plannedCounts(scale: number): SeedCounts {
  const organizations = ORGANIZATIONS_PER_SCALE * scale;
  const counts: SeedCounts = {
    ...directoryCounts(),
    organizations,
    ...contactCounts(scale),
    ...projectCounts(scale, organizations),
    ...needCounts(scale),
    ...activityCounts(scale),
    ...opportunityCounts(scale),
  };
  Object.assign(counts, documentCounts(scale, counts));
  return Object.fromEntries(SEEDED_TABLES.map((table) => [table, counts[table]]));
}
