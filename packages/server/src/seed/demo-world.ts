import type { Faker, LocaleDefinition } from '@faker-js/faker';
import { TEAMS } from './demo-catalog';
import { COUNTRIES, type CountryInfo } from './demo-countries';
import { DemoRandom, HISTORY_START, REFERENCE_DATE, isoTime } from './demo-random';
import type { FakerLib } from './faker-loader';

/** Rows for one table, in column order, ready for a multi-row INSERT. */
export interface TableChunk {
  table: string;
  columns: readonly string[];
  rows: unknown[][];
}

export const RECORD_COLUMNS = ['id', 'created_at', 'updated_at', 'created_by_id', 'updated_by_id', 'version'] as const;
export const OWNED_COLUMNS = [...RECORD_COLUMNS, 'owner_id', 'team_id'] as const;

/** Who created and last changed a row, and when. */
export interface Stamp {
  createdAt: number;
  updatedAt: number;
  createdBy: string | null;
  updatedBy: string | null;
  version: number;
}

interface OrganizationFacts {
  kind: string[];
  country: CountryInfo[];
  city: string[];
  name: string[];
  acronym: (string | null)[];
  /** Web host, also the source of the e-mail domain of its people. */
  host: string[];
  team: number[];
  /** Index of the parent organization, or -1. */
  parent: number[];
  /** Contacts whose primary affiliation is the organization. */
  contacts: number[][];
  projects: number[][];
  needs: number[][];
}

/**
 * The state shared by the generation stages. Each stage appends what later stages refer to
 * (ids, names, who belongs where); references only ever point at earlier stages.
 */
export interface DemoWorld {
  seed: number;
  scale: number;
  random: DemoRandom;
  /** One faker per locale of the demo countries. */
  fakers: Map<string, Faker>;
  ids: Record<
    'teams' | 'users' | 'tags' | 'organizations' | 'contacts' | 'projects' | 'needs' | 'activities' | 'documents',
    string[]
  >;
  teamUsers: number[][];
  teamOfCountry: Map<string, number>;
  orgs: OrganizationFacts;
  contacts: { org: number[]; name: string[] };
  projects: { name: string[]; acronym: string[]; team: number[]; contacts: number[][] };
  needs: { title: string[]; team: number[] };
  activities: { kind: string[] };
}

export function createWorld(lib: FakerLib, seed: number, scale: number): DemoWorld {
  const fakers = new Map<string, Faker>();
  const locales = lib as unknown as Record<string, LocaleDefinition | undefined>;
  for (const { locale } of COUNTRIES) {
    const definition = locales[locale];
    if (!definition) throw new Error(`@faker-js/faker has no locale ${locale}`);
    fakers.set(locale, new lib.Faker({ locale: [definition, lib.en, lib.base] }));
  }
  const teamOfCountry = new Map<string, number>();
  TEAMS.forEach((team, index) => team.countries.forEach((code) => teamOfCountry.set(code, index)));
  return {
    seed,
    scale,
    random: new DemoRandom(new lib.Faker({ locale: [lib.en, lib.base] })),
    fakers,
    ids: {
      teams: [],
      users: [],
      tags: [],
      organizations: [],
      contacts: [],
      projects: [],
      needs: [],
      activities: [],
      documents: [],
    },
    teamUsers: [],
    teamOfCountry,
    orgs: {
      kind: [],
      country: [],
      city: [],
      name: [],
      acronym: [],
      host: [],
      team: [],
      parent: [],
      contacts: [],
      projects: [],
      needs: [],
    },
    contacts: { org: [], name: [] },
    projects: { name: [], acronym: [], team: [], contacts: [] },
    needs: { title: [], team: [] },
    activities: { kind: [] },
  };
}

/** Seeds every faker of the world for a stage, so that each stage repeats on its own. */
export function reseed(world: DemoWorld, stage: number): void {
  world.random.faker.seed([world.seed, stage, 0]);
  let index = 1;
  for (const faker of world.fakers.values()) faker.seed([world.seed, stage, index++]);
}

export function fakerOf(world: DemoWorld, country: CountryInfo): Faker {
  return world.fakers.get(country.locale)!;
}

/** A random user of the team (its users are created first). */
export function userOf(world: DemoWorld, team: number): string {
  return world.ids.users[world.random.pick(world.teamUsers[team])];
}

/** Created at some time in [from, to] by someone of the team, changed later in half the cases. */
export function stampFor(world: DemoWorld, team: number, from = HISTORY_START, to = REFERENCE_DATE): Stamp {
  const r = world.random;
  const createdAt = r.time(from, to);
  const changed = r.chance(0.5);
  const updatedAt = changed ? r.time(createdAt, Math.min(to + 30 * 86_400_000, REFERENCE_DATE)) : createdAt;
  const createdBy = userOf(world, team);
  return {
    createdAt,
    updatedAt: Math.max(updatedAt, createdAt),
    createdBy,
    updatedBy: changed ? userOf(world, team) : createdBy,
    version: changed ? r.int(2, 6) : 1,
  };
}

export function recordValues(id: string, stamp: Stamp): unknown[] {
  return [id, isoTime(stamp.createdAt), isoTime(stamp.updatedAt), stamp.createdBy, stamp.updatedBy, stamp.version];
}

/** A link row's first columns: its own id, made when the link was recorded, never changed. */
export function linkValues(world: DemoWorld, createdAt: number, by: string | null): unknown[] {
  const at = isoTime(createdAt);
  return [world.random.uuid(), at, at, by, by, 1];
}

/** The team covering a country, or the EGI Foundation's. */
export function teamFor(world: DemoWorld, country: CountryInfo): number {
  return world.teamOfCountry.get(country.code) ?? TEAMS.length - 1;
}

/** Collects rows per table and hands them out in batches, parents before links. */
export class ChunkBuffer {
  private readonly chunks: TableChunk[];

  constructor(
    tables: [table: string, columns: readonly string[]][],
    private readonly batchRows = 2_000,
  ) {
    this.chunks = tables.map(([table, columns]) => ({ table, columns, rows: [] }));
  }

  push(table: string, row: unknown[]): void {
    const chunk = this.chunks.find((c) => c.table === table);
    if (!chunk) throw new Error(`no table ${table} in this buffer`);
    if (row.length !== chunk.columns.length)
      throw new Error(`${table}: ${row.length} values for ${chunk.columns.length} columns`);
    chunk.rows.push(row);
  }

  get full(): boolean {
    return this.chunks.some((chunk) => chunk.rows.length >= this.batchRows);
  }

  *flush(): Generator<TableChunk> {
    for (const chunk of this.chunks) {
      if (chunk.rows.length === 0) continue;
      yield { table: chunk.table, columns: chunk.columns, rows: chunk.rows };
      chunk.rows = [];
    }
  }
}
