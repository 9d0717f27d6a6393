import { EXPERTISE, TOPICS } from './demo-catalog';
import { COUNTRIES } from './demo-countries';
import { POSITIONS, SECONDARY_POSITIONS } from './demo-institutions';
import { DAY, REFERENCE_DATE, YEAR, fill, isoDate, slug, yearOf } from './demo-random';
import { CONSENT_BASES, CONSENT_SOURCES, HONORIFICS } from './demo-texts';
import {
  ChunkBuffer,
  OWNED_COLUMNS,
  RECORD_COLUMNS,
  fakerOf,
  linkValues,
  recordValues,
  stampFor,
  type DemoWorld,
  type TableChunk,
} from './demo-world';

const CONTACTS_PER_SCALE = 1_000;
/**
 * Careers: every second contact has a second affiliation (mostly a former one, mostly in the
 * same region), every tenth one more.
 */
const SECOND_AFFILIATION_EVERY = 2;
const THIRD_AFFILIATION_EVERY = 10;

const CONTACT_COLUMNS = [
  ...OWNED_COLUMNS,
  'first_name',
  'last_name',
  'title',
  'emails',
  'phones',
  'country',
  'expertise',
  'notes',
  'consent_basis',
  'consent_date',
  'consent_source',
];
const AFFILIATION_COLUMNS = [
  ...RECORD_COLUMNS,
  'contact_id',
  'organization_id',
  'role',
  'is_primary',
  'since',
  'until',
];

const NOTES = [
  'Met at the EGI Conference {year}.',
  'Prefers e-mail over calls.',
  'Key person for {topic} in {country}.',
  'Former PhD student of a partner group.',
  'Interested in joining a pilot next year.',
  'Asked to be kept informed about training events.',
];

function positionFor(kind: string): string[] {
  if (kind === 'university' || kind === 'research_institute') return POSITIONS.academic;
  if (kind === 'research_infrastructure' || kind === 'consortium') return POSITIONS.infrastructure;
  if (kind === 'company') return POSITIONS.company;
  if (kind === 'government_body') return POSITIONS.public;
  return POSITIONS.other;
}

/** The people, each with a primary affiliation to an organization and sometimes former or side ones. */
export function* generateContacts(world: DemoWorld): Generator<TableChunk> {
  const r = world.random;
  const o = world.orgs;
  const out = new ChunkBuffer([
    ['contacts', CONTACT_COLUMNS],
    ['affiliations', AFFILIATION_COLUMNS],
  ]);
  const organizations = o.name.length;
  const emails = new Set<string>();
  const total = CONTACTS_PER_SCALE * world.scale;
  const regions = new Map<number, number[]>();
  o.team.forEach((team, index) => regions.set(team, [...(regions.get(team) ?? []), index]));
  for (let c = 0; c < total; c++) {
    // The first contacts cover every organization once; the others go anywhere.
    const org = c < organizations ? c : r.int(0, organizations - 1);
    const country = o.country[org];
    const f = fakerOf(world, r.chance(0.85) ? country : r.pick(COUNTRIES));
    const sex = f.person.sexType();
    const first = f.person.firstName(sex);
    const last = f.person.lastName(sex);
    const domain = `${slug(o.host[org].replace(/^(www|home|web)\./, '').split('.')[0])}.example`;
    let email = `${slug(first, '.')}.${slug(last, '.')}@${domain}`;
    for (let n = 2; emails.has(email); n++) email = `${slug(first, '.')}.${slug(last, '.')}${n}@${domain}`;
    emails.add(email);
    const addresses = r.chance(0.25)
      ? [email, `${slug(first, '')}${slug(last, '').slice(0, 1)}${r.int(1, 99)}@mail.example`]
      : [email];
    const phones = r.chance(0.7)
      ? Array.from({ length: r.chance(0.2) ? 2 : 1 }, () => f.phone.number({ style: 'international' }))
      : [];
    const team = o.team[org];
    const stamp = stampFor(world, team);
    const consent = r.chance(0.6);
    const id = r.uuid();
    world.ids.contacts.push(id);
    world.contacts.org.push(org);
    world.contacts.name.push(`${first} ${last}`);
    o.contacts[org].push(c);
    out.push('contacts', [
      ...recordValues(id, stamp),
      stamp.createdBy,
      world.ids.teams[team],
      first,
      last,
      r.weighted(HONORIFICS),
      addresses,
      phones,
      country.code,
      r.some(EXPERTISE, r.int(1, 3)),
      r.chance(0.2)
        ? fill(r.pick(NOTES), {
            year: yearOf(stamp.createdAt),
            topic: r.pick(TOPICS).toLowerCase(),
            country: country.name,
          })
        : null,
      consent ? r.weighted(CONSENT_BASES) : null,
      consent ? isoDate(r.time(stamp.createdAt - 30 * DAY, stamp.createdAt)) : null,
      consent ? r.pick(CONSENT_SOURCES) : null,
    ]);
    const affiliated = new Set([org]);
    const affiliation = (target: number, role: string, primary: boolean, since: number, until: number | null) => {
      out.push('affiliations', [
        ...linkValues(world, stamp.createdAt, stamp.createdBy),
        id,
        world.ids.organizations[target],
        role,
        primary,
        isoDate(since),
        until === null ? null : isoDate(until),
      ]);
    };
    affiliation(
      org,
      r.pick(positionFor(o.kind[org])),
      true,
      r.time(REFERENCE_DATE - 15 * YEAR, REFERENCE_DATE - 90 * DAY),
      null,
    );
    const extras = (c % SECOND_AFFILIATION_EVERY === 0 ? 1 : 0) + (c % THIRD_AFFILIATION_EVERY === 0 ? 1 : 0);
    for (let e = 0; e < extras; e++) {
      const region = regions.get(o.team[org]) ?? [];
      let other = region.length > 2 && r.chance(0.6) ? r.pick(region) : r.int(0, organizations - 1);
      while (affiliated.has(other)) other = (other + 1) % organizations;
      affiliated.add(other);
      const since = r.time(REFERENCE_DATE - 20 * YEAR, REFERENCE_DATE - YEAR);
      const former = r.chance(0.6);
      const role = former ? r.pick(positionFor(o.kind[other])) : r.pick(SECONDARY_POSITIONS);
      affiliation(other, role, false, since, former ? r.time(since, REFERENCE_DATE - 30 * DAY) : null);
    }
    if (out.full) yield* out.flush();
  }
  yield* out.flush();
}

export function contactCounts(scale: number): Record<string, number> {
  const contacts = CONTACTS_PER_SCALE * scale;
  const share = (every: number) => Math.ceil(contacts / every);
  return { contacts, affiliations: contacts + share(SECOND_AFFILIATION_EVERY) + share(THIRD_AFFILIATION_EVERY) };
}
