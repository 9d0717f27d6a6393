import { TOPICS, domainOf } from './demo-catalog';
import { DAY, REFERENCE_DATE, YEAR, fill, initials, isoDate, slug } from './demo-random';
import { MILESTONE_TITLES, PROJECT_KIND_WEIGHTS, PROJECT_TEMPLATES, TASK_TITLES } from './demo-texts';
import {
  ChunkBuffer,
  OWNED_COLUMNS,
  RECORD_COLUMNS,
  linkValues,
  recordValues,
  stampFor,
  userOf,
  type DemoWorld,
  type TableChunk,
} from './demo-world';

const PROJECTS_PER_SCALE = 60;
const FUNDER_EVERY = 3;
const PROJECT_CONTACT_ROLES = [
  'coordinator',
  'principal_investigator',
  'contact_point',
  'spokesperson',
  'member',
  'member',
];
/**
 * Consortia overlap: beyond its own partners, each project joins this many more organizations
 * (by its position in the cycle), a third of them from the hubs — the large institutes every
 * consortium wants — and most others from its coordinator's region.
 */
const CONSORTIUM_SIZES = [4, 8, 12, 20, 30, 48];
/** One more person per this many consortium members takes part as a member. */
const MEMBERS_PER_CONSORTIUM_PEOPLE = 4;
/** The hubs: this share of the organizations (the first ones), at least four. */
const HUB_SHARE = 1 / 50;
const TASKS_PER_PROJECT = 4;
const MILESTONES_PER_PROJECT = 3;

const PROJECT_COLUMNS = [
  ...OWNED_COLUMNS,
  'name',
  'acronym',
  'kind',
  'status',
  'start_date',
  'end_date',
  'scientific_domain',
  'website',
  'description',
];
const LINK_COLUMNS = (column: string) => [...RECORD_COLUMNS, 'project_id', column, 'role', 'since', 'until', 'note'];
const TASK_COLUMNS = [...RECORD_COLUMNS, 'project_id', 'title', 'description', 'due_date', 'status', 'assignee_id'];
const MILESTONE_COLUMNS = [...RECORD_COLUMNS, 'project_id', 'title', 'description', 'due_date', 'status', 'reached_on'];
const LEADS = new Set(['university', 'research_institute', 'research_infrastructure', 'consortium']);
const PARTNER_ROLES = ['partner', 'partner', 'partner', 'member', 'host', 'other'];

/**
 * Projects with their partner organizations and people, tasks and milestones. Every
 * organization is a partner of some project and each project shares an organization with the
 * one before it, so that organizations, people and projects form one connected graph.
 */
export function* generateProjects(world: DemoWorld): Generator<TableChunk> {
  const r = world.random;
  const o = world.orgs;
  const out = new ChunkBuffer([
    ['projects', PROJECT_COLUMNS],
    ['project_organizations', LINK_COLUMNS('organization_id')],
    ['project_contacts', LINK_COLUMNS('contact_id')],
    ['project_tasks', TASK_COLUMNS],
    ['milestones', MILESTONE_COLUMNS],
  ]);
  const total = PROJECTS_PER_SCALE * world.scale;
  const partners: number[][] = Array.from({ length: total }, () => []);
  r.faker.helpers.shuffle(o.name.map((_, index) => index)).forEach((org, j) => partners[j % total].push(org));
  const funders = o.kind.flatMap((kind, index) => (kind === 'government_body' || kind === 'non_profit' ? [index] : []));
  const websites = new Set<string>();
  const organizations = o.name.length;
  const hubs = Math.min(organizations, Math.max(4, Math.floor(organizations * HUB_SHARE)));
  const regions = new Map<number, number[]>();
  o.team.forEach((team, org) => regions.set(team, [...(regions.get(team) ?? []), org]));

  for (let p = 0; p < total; p++) {
    // A university, institute, infrastructure or consortium leads when there is one.
    const lead = partners[p].findIndex((org) => LEADS.has(o.kind[org]));
    if (lead > 0) partners[p].unshift(...partners[p].splice(lead, 1));
    const coordinator = partners[p][0];
    const country = o.country[coordinator];
    const infrastructure = partners[p].find((org) => o.kind[org] === 'research_infrastructure');
    let kind = r.weighted(PROJECT_KIND_WEIGHTS);
    if (kind === 'esfri' && infrastructure === undefined) kind = 'international';
    const topic = r.pick(TOPICS);
    const hub =
      infrastructure === undefined || o.parent[infrastructure] < 0 ? infrastructure : o.parent[infrastructure];
    const name = fill(r.pick(PROJECT_TEMPLATES[kind]), {
      ri: hub === undefined ? 'EOSC' : (o.acronym[hub] ?? o.name[hub]),
      country: country.name,
      topic,
      city: o.city[coordinator],
    });
    const acronym = initials(name);
    const start = r.time(REFERENCE_DATE - 6 * YEAR, REFERENCE_DATE + 180 * DAY);
    const end = start + r.int(1, 5) * YEAR - DAY;
    const status =
      start > REFERENCE_DATE
        ? r.chance(0.95)
          ? 'planned'
          : 'cancelled'
        : end < REFERENCE_DATE
          ? r.chance(0.9)
            ? 'completed'
            : 'cancelled'
          : r.chance(0.94)
            ? 'active'
            : 'suspended';
    const team = o.team[coordinator];
    const stamp = stampFor(
      world,
      team,
      Math.max(start - YEAR, REFERENCE_DATE - 3 * YEAR),
      Math.min(start, REFERENCE_DATE),
    );
    const id = r.uuid();
    world.ids.projects.push(id);
    world.projects.name.push(name);
    world.projects.acronym.push(acronym);
    world.projects.team.push(team);
    out.push('projects', [
      ...recordValues(id, stamp),
      stamp.createdBy,
      world.ids.teams[team],
      name,
      acronym,
      kind,
      status,
      isoDate(start),
      isoDate(end),
      domainOf(topic),
      website(websites, acronym),
      `${name} brings together ${partners[p].length} partners around ${topic.toLowerCase()}, coordinated by ${o.name[coordinator]}.`,
    ]);
    const until =
      status === 'completed' || status === 'cancelled' ? isoDate(Math.max(start, Math.min(end, REFERENCE_DATE))) : null;
    const linkOrg = (org: number, role: string, note: string | null) => {
      o.projects[org].push(p);
      out.push('project_organizations', [
        ...linkValues(world, stamp.createdAt, stamp.createdBy),
        id,
        world.ids.organizations[org],
        role,
        isoDate(start),
        until,
        note,
      ]);
    };
    partners[p].forEach((org, k) => linkOrg(org, k === 0 ? 'coordinator' : r.pick(PARTNER_ROLES), null));
    const linked = new Set(partners[p]);
    if (p > 0) {
      const previous = r.pick(partners[p - 1]);
      linked.add(previous);
      linkOrg(previous, 'partner', 'Also a partner of the preceding project.');
    }
    if (p % FUNDER_EVERY === 0) {
      const funder = r.pick(funders);
      linked.add(funder);
      linkOrg(funder, 'funder', r.chance(0.5) ? `Grant ${r.int(100000, 999999)}` : null);
    }
    const consortium = consortiumOf(world, p, linked, hubs, regions.get(team) ?? []);
    for (const org of consortium) linkOrg(org, r.pick(PARTNER_ROLES), null);

    const people = new Set<number>();
    const candidates = partners[p].flatMap((org) => o.contacts[org]);
    PROJECT_CONTACT_ROLES.forEach((role, k) => {
      const pool = k === 0 ? o.contacts[coordinator] : candidates;
      let contact = pool.length > 0 ? r.pick(pool) : r.int(0, world.ids.contacts.length - 1);
      for (let tries = 0; people.has(contact) && tries < 10; tries++) contact = r.pick(candidates);
      while (people.has(contact)) contact = r.int(0, world.ids.contacts.length - 1);
      people.add(contact);
      out.push('project_contacts', [
        ...linkValues(world, stamp.createdAt, stamp.createdBy),
        id,
        world.ids.contacts[contact],
        role,
        isoDate(start),
        until,
        null,
      ]);
    });
    const members = consortium.flatMap((org) => o.contacts[org]);
    for (let k = 0; k < Math.ceil(consortium.length / MEMBERS_PER_CONSORTIUM_PEOPLE); k++) {
      let contact = members.length > 0 ? r.pick(members) : r.int(0, world.ids.contacts.length - 1);
      for (let tries = 0; people.has(contact) && tries < 10; tries++) contact = r.pick(members);
      while (people.has(contact)) contact = r.int(0, world.ids.contacts.length - 1);
      people.add(contact);
      out.push('project_contacts', [
        ...linkValues(world, stamp.createdAt, stamp.createdBy),
        id,
        world.ids.contacts[contact],
        'member',
        isoDate(start),
        until,
        'Member of the consortium.',
      ]);
    }
    world.projects.contacts.push([...people]);

    r.some(TASK_TITLES, TASKS_PER_PROJECT).forEach((title) => {
      const due = r.time(start, end);
      const past = due < REFERENCE_DATE;
      const taskStatus = past
        ? r.weighted([
            ['done', 15],
            ['in_progress', 3],
            ['cancelled', 2],
          ] as const)
        : r.chance(0.6)
          ? 'open'
          : 'in_progress';
      const taskStamp = stampFor(world, team, stamp.createdAt, Math.min(due, REFERENCE_DATE));
      const description = r.chance(0.4) ? `Part of the ${acronym} work plan on ${topic.toLowerCase()}.` : null;
      out.push('project_tasks', [
        ...recordValues(r.uuid(), taskStamp),
        id,
        title,
        description,
        isoDate(due),
        taskStatus,
        userOf(world, team),
      ]);
    });
    r.some(MILESTONE_TITLES, MILESTONES_PER_PROJECT).forEach((title) => {
      const due = r.time(start, end);
      const msStatus =
        due < REFERENCE_DATE
          ? r.weighted([
              ['reached', 16],
              ['missed', 3],
              ['cancelled', 1],
            ] as const)
          : 'planned';
      const reached = msStatus === 'reached' ? isoDate(Math.min(due + r.int(-10, 20) * DAY, REFERENCE_DATE)) : null;
      const msStamp = stampFor(world, team, stamp.createdAt, Math.min(due, REFERENCE_DATE));
      out.push('milestones', [...recordValues(r.uuid(), msStamp), id, title, null, isoDate(due), msStatus, reached]);
    });
    if (out.full) yield* out.flush();
  }
  yield* out.flush();
}

/**
 * The organizations project `p` joins beyond `linked`: a third hubs, then mostly its region's,
 * otherwise any; never one twice.
 */
function consortiumOf(world: DemoWorld, p: number, linked: Set<number>, hubs: number, region: number[]): number[] {
  const r = world.random;
  const organizations = world.orgs.name.length;
  const size = Math.min(CONSORTIUM_SIZES[p % CONSORTIUM_SIZES.length], organizations - linked.size);
  const chosen: number[] = [];
  const taken = new Set(linked);
  while (chosen.length < size) {
    let org =
      chosen.length < size / 3
        ? r.int(0, hubs - 1)
        : region.length > 0 && r.chance(0.7)
          ? r.pick(region)
          : r.int(0, organizations - 1);
    for (let tries = 0; taken.has(org) && tries < 5; tries++) org = r.int(0, organizations - 1);
    while (taken.has(org)) org = (org + 1) % organizations;
    taken.add(org);
    chosen.push(org);
  }
  return chosen;
}

function website(taken: Set<string>, acronym: string): string {
  let host = `${slug(acronym)}-project.eu`;
  for (let n = 2; taken.has(host); n++) host = `${slug(acronym)}${n}-project.eu`;
  taken.add(host);
  return `https://${host}`;
}

export function projectCounts(scale: number, organizations: number): Record<string, number> {
  const projects = PROJECTS_PER_SCALE * scale;
  const consortia = Array.from({ length: projects }, (_, p) => CONSORTIUM_SIZES[p % CONSORTIUM_SIZES.length]);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    projects,
    project_organizations: organizations + (projects - 1) + Math.ceil(projects / FUNDER_EVERY) + sum(consortia),
    project_contacts:
      projects * PROJECT_CONTACT_ROLES.length +
      sum(consortia.map((size) => Math.ceil(size / MEMBERS_PER_CONSORTIUM_PEOPLE))),
    project_tasks: projects * TASKS_PER_PROJECT,
    milestones: projects * MILESTONES_PER_PROJECT,
  };
}
