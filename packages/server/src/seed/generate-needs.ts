import { TOPICS } from './demo-catalog';
import { fill } from './demo-random';
import { NEED_CATEGORIES, NEED_SOURCES, NEED_TITLES } from './demo-texts';
import { ChunkBuffer, OWNED_COLUMNS, recordValues, stampFor, type DemoWorld, type TableChunk } from './demo-world';

const NEEDS_PER_SCALE = 300;
/** Every third need is a project's; the others are organizations'. */
const PROJECT_NEED_EVERY = 3;

const COLUMNS = [
  ...OWNED_COLUMNS,
  'organization_id',
  'project_id',
  'title',
  'category',
  'description',
  'priority',
  'status',
  'source',
];

const PRIORITIES = [
  ['low', 2],
  ['medium', 4],
  ['high', 3],
  ['critical', 1],
] as const;
const STATUSES = [
  ['identified', 4],
  ['being_addressed', 3],
  ['fulfilled', 2],
  ['not_pursued', 1],
] as const;

/** E-infrastructure needs, cycling through every category. */
export function* generateNeeds(world: DemoWorld): Generator<TableChunk> {
  const r = world.random;
  const o = world.orgs;
  const out = new ChunkBuffer([['needs', COLUMNS]]);
  const total = NEEDS_PER_SCALE * world.scale;
  for (let n = 0; n < total; n++) {
    const ofProject = n % PROJECT_NEED_EVERY === 0;
    const holder = ofProject ? r.int(0, world.ids.projects.length - 1) : r.int(0, world.ids.organizations.length - 1);
    const team = ofProject ? world.projects.team[holder] : o.team[holder];
    const category = NEED_CATEGORIES[n % NEED_CATEGORIES.length];
    const topic = r.pick(TOPICS).toLowerCase();
    const title = fill(r.pick(NEED_TITLES[category]), { topic, n: r.pick([5, 10, 20, 50, 100, 200, 500]) });
    const holderName = ofProject ? world.projects.name[holder] : o.name[holder];
    const stamp = stampFor(world, team);
    const id = r.uuid();
    world.ids.needs.push(id);
    world.needs.title.push(title);
    world.needs.team.push(team);
    if (!ofProject) o.needs[holder].push(n);
    out.push('needs', [
      ...recordValues(id, stamp),
      stamp.createdBy,
      world.ids.teams[team],
      ofProject ? null : world.ids.organizations[holder],
      ofProject ? world.ids.projects[holder] : null,
      title,
      category,
      `${holderName} asked for help: ${title.charAt(0).toLowerCase()}${title.slice(1)}. Raised in the context of their work on ${topic}.`,
      r.weighted(PRIORITIES),
      r.weighted(STATUSES),
      r.chance(0.85) ? r.pick(NEED_SOURCES) : null,
    ]);
    if (out.full) yield* out.flush();
  }
  yield* out.flush();
}

export function needCounts(scale: number): Record<string, number> {
  return { needs: NEEDS_PER_SCALE * scale };
}
