import { EXPERTISE, TAGS, TEAMS, USER_ROLES } from './demo-catalog';
import { countryByCode } from './demo-countries';
import { DAY, HISTORY_START, REFERENCE_DATE, YEAR, isoTime, slug } from './demo-random';
import { ChunkBuffer, RECORD_COLUMNS, fakerOf, recordValues, type DemoWorld, type TableChunk } from './demo-world';

const USERS_PER_TEAM = 3;
/** Every fifth user is also in the EGI Foundation's team. */
const EXTRA_MEMBERSHIP_EVERY = 5;

const USER_COLUMNS = [...RECORD_COLUMNS, 'issuer', 'subject', 'email', 'name', 'role', 'expertise', 'last_sign_in_at'];
const TEAM_COLUMNS = [...RECORD_COLUMNS, 'code', 'name', 'description', 'countries'];
const MEMBERSHIP_COLUMNS = [...RECORD_COLUMNS, 'team_id', 'user_id', 'role'];
const TAG_COLUMNS = [...RECORD_COLUMNS, 'label', 'color', 'description'];

/** The demo staff: teams (NGIs), their users and memberships, and the shared tags. */
export function* generateDirectory(world: DemoWorld): Generator<TableChunk> {
  const r = world.random;
  const out = new ChunkBuffer([
    ['users', USER_COLUMNS],
    ['teams', TEAM_COLUMNS],
    ['team_memberships', MEMBERSHIP_COLUMNS],
    ['tags', TAG_COLUMNS],
  ]);
  TEAMS.forEach(() => world.ids.teams.push(r.uuid()));
  const emails = new Set<string>();
  const userStamps: number[] = [];
  for (let team = 0; team < TEAMS.length; team++) {
    world.teamUsers.push([]);
    for (let k = 0; k < USERS_PER_TEAM; k++) {
      const index = world.ids.users.length;
      const id = r.uuid();
      world.ids.users.push(id);
      world.teamUsers[team].push(index);
      const country = countryByCode(r.pick(TEAMS[team].countries));
      const f = fakerOf(world, country);
      const sex = f.person.sexType();
      const first = f.person.firstName(sex);
      const last = f.person.lastName(sex);
      let email = `${slug(first, '.')}.${slug(last, '.')}@example.org`;
      for (let n = 2; emails.has(email); n++) email = `${slug(first, '.')}.${slug(last, '.')}${n}@example.org`;
      emails.add(email);
      const role = k === 0 ? (team % 2 === 0 ? 'admin' : 'editor') : USER_ROLES[k];
      const createdAt = r.time(HISTORY_START, HISTORY_START + YEAR);
      userStamps.push(createdAt);
      const creator = index === 0 ? null : world.ids.users[0];
      out.push('users', [
        ...recordValues(id, { createdAt, updatedAt: createdAt, createdBy: creator, updatedBy: creator, version: 1 }),
        'urn:liaison:demo',
        `demo-${index + 1}`,
        email,
        `${first} ${last}`,
        role,
        r.some(EXPERTISE, r.int(2, 4)),
        isoTime(r.time(REFERENCE_DATE - 30 * DAY, REFERENCE_DATE)),
      ]);
    }
  }
  const admin = world.ids.users[0];
  const founded = {
    createdAt: HISTORY_START,
    updatedAt: HISTORY_START,
    createdBy: admin,
    updatedBy: admin,
    version: 1,
  };
  TEAMS.forEach((team, index) => {
    out.push('teams', [
      ...recordValues(world.ids.teams[index], founded),
      team.code,
      team.name,
      team.description,
      team.countries,
    ]);
  });
  const foundation = TEAMS.length - 1;
  const membership = (team: number, user: number, role: string) => {
    const at = Math.max(userStamps[user], HISTORY_START);
    const stamp = { createdAt: at, updatedAt: at, createdBy: admin, updatedBy: admin, version: 1 };
    out.push('team_memberships', [
      ...recordValues(r.uuid(), stamp),
      world.ids.teams[team],
      world.ids.users[user],
      role,
    ]);
  };
  world.teamUsers.forEach((users, team) =>
    users.forEach((user, k) => membership(team, user, k === 0 ? 'lead' : 'member')),
  );
  world.ids.users.forEach((_, user) => {
    if (user % EXTRA_MEMBERSHIP_EVERY === 0 && !world.teamUsers[foundation].includes(user))
      membership(foundation, user, 'member');
  });
  TAGS.forEach(([label, color], index) => {
    const id = r.uuid();
    world.ids.tags.push(id);
    const description = index % 3 === 0 ? `Records marked "${label}" by the outreach teams.` : null;
    out.push('tags', [...recordValues(id, founded), label, color, description]);
  });
  yield* out.flush();
}

/** Users, teams, memberships and tags do not grow with the scale. */
export function directoryCounts(): Record<string, number> {
  const users = TEAMS.length * USERS_PER_TEAM;
  const foundationUsers = new Set(
    Array.from({ length: USERS_PER_TEAM }, (_, k) => (TEAMS.length - 1) * USERS_PER_TEAM + k),
  );
  let extra = 0;
  for (let user = 0; user < users; user += EXTRA_MEMBERSHIP_EVERY) if (!foundationUsers.has(user)) extra++;
  return { users, teams: TEAMS.length, team_memberships: users + extra, tags: TAGS.length };
}
