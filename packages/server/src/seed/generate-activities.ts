import { EXPERTISE } from './demo-catalog';
import { DAY, HISTORY_START, HOUR, MINUTE, REFERENCE_DATE, fill, isoTime, midSentence } from './demo-random';
import {
  ACTIVITY_DESCRIPTIONS,
  ACTIVITY_KIND_WEIGHTS,
  ACTIVITY_OUTCOMES,
  ACTIVITY_SUBJECTS,
  CANCELLED_OUTCOMES,
  LOCATIONS,
} from './demo-texts';
import {
  ChunkBuffer,
  OWNED_COLUMNS,
  RECORD_COLUMNS,
  linkValues,
  recordValues,
  userOf,
  type DemoWorld,
  type TableChunk,
} from './demo-world';

const ACTIVITIES_PER_SCALE = 3_000;
/** Participants by position in a cycle: 1, 2, 1, 3, 1, 2 contacts and 1, 1, 2 users. */
const CONTACTS_CYCLE = [1, 2, 1, 3, 1, 2];
const USERS_CYCLE = [1, 1, 2];
/** Each activity concerns its contact's organization; every second one a project, every tenth a need. */
const PROJECT_LINK_EVERY = 2;
const NEED_LINK_EVERY = 10;

const ACTIVITY_COLUMNS = [
  ...OWNED_COLUMNS,
  'kind',
  'subject',
  'description',
  'outcome',
  'status',
  'starts_at',
  'ends_at',
  'due_at',
  'location',
  'visibility',
];
const VISIBILITY = [
  ['everyone', 85],
  ['team', 10],
  ['private', 5],
] as const;
const DURATIONS: Record<string, [number, number]> = { call: [2, 4], meeting: [4, 12], event: [24, 96] };

/** Calls, meetings, events, to-dos, e-mails and notes over three years and the coming months. */
export function* generateActivities(world: DemoWorld): Generator<TableChunk> {
  const r = world.random;
  const o = world.orgs;
  const out = new ChunkBuffer([
    ['activities', ACTIVITY_COLUMNS],
    ['activity_contacts', [...RECORD_COLUMNS, 'activity_id', 'contact_id']],
    ['activity_users', [...RECORD_COLUMNS, 'activity_id', 'user_id']],
    ['activity_links', [...RECORD_COLUMNS, 'activity_id', 'organization_id', 'contact_id', 'project_id', 'need_id']],
  ]);
  const contactCount = world.ids.contacts.length;
  const total = ACTIVITIES_PER_SCALE * world.scale;
  for (let a = 0; a < total; a++) {
    const kind = r.weighted(ACTIVITY_KIND_WEIGHTS);
    const first = r.int(0, contactCount - 1);
    const org = world.contacts.org[first];
    const team = r.chance(0.9) ? o.team[org] : r.int(0, world.teamUsers.length - 1);
    const project = o.projects[org].length > 0 ? r.pick(o.projects[org]) : r.int(0, world.ids.projects.length - 1);
    const need = o.needs[org].length > 0 ? r.pick(o.needs[org]) : r.int(0, world.ids.needs.length - 1);

    // A working-hours slot between three years ago and six months ahead (notes are of the past).
    const latest = kind === 'note' ? REFERENCE_DATE - DAY : REFERENCE_DATE + 180 * DAY;
    const day = Math.floor(r.time(HISTORY_START, latest) / DAY) * DAY;
    const at = day + r.int(7, 16) * HOUR + r.pick([0, 15, 30, 45]) * MINUTE;
    const past = at < REFERENCE_DATE;
    const status =
      kind === 'todo' && past
        ? r.weighted([
            ['done', 80],
            ['planned', 12],
            ['cancelled', 8],
          ] as const)
        : past
          ? r.chance(0.9)
            ? 'done'
            : 'cancelled'
          : r.chance(0.93)
            ? 'planned'
            : 'cancelled';
    const duration = DURATIONS[kind];
    const createdAt = past
      ? Math.max(HISTORY_START, at - r.int(0, 30) * DAY)
      : r.time(REFERENCE_DATE - 60 * DAY, REFERENCE_DATE);
    const updatedAt =
      status === 'planned' ? createdAt : Math.max(createdAt, Math.min(at + r.int(0, 7) * DAY, REFERENCE_DATE));
    const owner = userOf(world, team);
    const values = {
      org: o.name[org],
      contact: world.contacts.name[first],
      project: world.projects.acronym[project],
      topic: r.pick(EXPERTISE),
      need: midSentence(world.needs.title[need]),
      city: o.city[org],
      n: r.int(10, 60),
    };
    const outcome =
      status === 'cancelled'
        ? r.pick(CANCELLED_OUTCOMES)
        : status === 'done' && kind !== 'note' && kind !== 'todo' && r.chance(0.8)
          ? fill(r.pick(ACTIVITY_OUTCOMES), values)
          : null;
    const id = r.uuid();
    world.ids.activities.push(id);
    world.activities.kind.push(kind);
    out.push('activities', [
      ...recordValues(id, {
        createdAt,
        updatedAt,
        createdBy: owner,
        updatedBy: owner,
        version: updatedAt > createdAt ? 2 : 1,
      }),
      owner,
      world.ids.teams[team],
      kind,
      fill(r.pick(ACTIVITY_SUBJECTS[kind]), values),
      r.chance(0.4) ? fill(r.pick(ACTIVITY_DESCRIPTIONS), values) : null,
      outcome,
      status,
      kind === 'todo' ? null : isoTime(at),
      duration ? isoTime(at + r.int(duration[0], duration[1]) * 15 * MINUTE * (kind === 'event' ? 4 : 1)) : null,
      kind === 'todo' ? isoTime(at) : null,
      kind === 'meeting' || kind === 'event' ? fill(r.pick(LOCATIONS), values) : null,
      r.weighted(VISIBILITY),
    ]);

    const link = () => linkValues(world, createdAt, owner);
    const contacts = new Set([first]);
    const wanted = CONTACTS_CYCLE[a % CONTACTS_CYCLE.length];
    for (let tries = 0; contacts.size < wanted && tries < 6; tries++) contacts.add(r.pick(o.contacts[org]));
    while (contacts.size < wanted) contacts.add(r.int(0, contactCount - 1));
    for (const contact of contacts) out.push('activity_contacts', [...link(), id, world.ids.contacts[contact]]);
    const users = new Set([owner]);
    const wantedUsers = USERS_CYCLE[a % USERS_CYCLE.length];
    while (users.size < wantedUsers) users.add(r.pick(world.ids.users));
    for (const user of users) out.push('activity_users', [...link(), id, user]);

    out.push('activity_links', [...link(), id, world.ids.organizations[org], null, null, null]);
    if (a % PROJECT_LINK_EVERY === 0)
      out.push('activity_links', [...link(), id, null, null, world.ids.projects[project], null]);
    if (a % NEED_LINK_EVERY === 0) out.push('activity_links', [...link(), id, null, null, null, world.ids.needs[need]]);
    if (out.full) yield* out.flush();
  }
  yield* out.flush();
}

export function activityCounts(scale: number): Record<string, number> {
  const activities = ACTIVITIES_PER_SCALE * scale;
  const cycled = (cycle: number[]) =>
    Array.from({ length: activities }, (_, a) => cycle[a % cycle.length]).reduce((sum, n) => sum + n, 0);
  return {
    activities,
    activity_contacts: cycled(CONTACTS_CYCLE),
    activity_users: cycled(USERS_CYCLE),
    activity_links: activities + Math.ceil(activities / PROJECT_LINK_EVERY) + Math.ceil(activities / NEED_LINK_EVERY),
  };
}
