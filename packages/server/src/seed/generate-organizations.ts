import { TOPICS } from './demo-catalog';
import { COUNTRIES, countryByCode, type CountryInfo } from './demo-countries';
import {
  CHILD_INSTITUTE_TEMPLATES,
  COMPANY_TEMPLATES,
  CONSORTIUM_TEMPLATES,
  GOVERNMENT_BODIES,
  INSTITUTE_TEMPLATES,
  NON_PROFIT_TEMPLATES,
  OTHER_TEMPLATES,
  RESEARCH_INFRASTRUCTURES,
} from './demo-institutions';
import { fill, initials, slug } from './demo-random';
import {
  ChunkBuffer,
  OWNED_COLUMNS,
  fakerOf,
  recordValues,
  stampFor,
  teamFor,
  type DemoWorld,
  type TableChunk,
} from './demo-world';

/**
 * The organizations of one scale unit, by kind, in insertion order: parents (funders,
 * universities, research infrastructure hubs) come before the institutes and nodes under them.
 */
const ORGANIZATION_LAYOUT: [kind: string, count: number][] = [
  ['government_body', 15],
  ['university', 50],
  ['research_infrastructure', 25],
  ['research_institute', 45],
  ['company', 25],
  ['non_profit', 18],
  ['consortium', 12],
  ['other', 10],
];
export const ORGANIZATIONS_PER_SCALE = ORGANIZATION_LAYOUT.reduce((sum, [, count]) => sum + count, 0);
const HUBS_PER_SCALE = 12;

const COLUMNS = [...OWNED_COLUMNS, 'name', 'acronym', 'kind', 'country', 'city', 'website', 'description', 'parent_id'];

interface Draft {
  name: string;
  acronym: string | null;
  country: CountryInfo;
  city: string;
  host: string;
  path?: string;
  description: string;
  parent: number | null;
}

const parse = (entry: string) => entry.split('|');
const withoutWww = (host: string) => host.replace(/^(www|home|web)\./, '');

export function* generateOrganizations(world: DemoWorld): Generator<TableChunk> {
  const r = world.random;
  const out = new ChunkBuffer([['organizations', COLUMNS]]);
  const weights = COUNTRIES.map((c) => [c, c.weight] as const);
  const universityQueues = new Map(COUNTRIES.map((c) => [c.code, r.faker.helpers.shuffle([...c.universities])]));
  const governmentQueue = r.faker.helpers.shuffle([...GOVERNMENT_BODIES]);
  const hubQueue = r.faker.helpers.shuffle([...RESEARCH_INFRASTRUCTURES]);
  const hubs: number[] = [];
  const governmentByName = new Map<string, number>();
  const o = world.orgs;

  for (let block = 0; block < world.scale; block++) {
    const universities: number[] = [];
    const governments: number[] = [];
    for (const [kind, count] of ORGANIZATION_LAYOUT) {
      for (let k = 0; k < count; k++) {
        const index = o.name.length;
        const country = r.weighted(weights);
        const city = r.pick(country.cities);
        const topic = r.pick(TOPICS);
        const values = { city, topic, country: country.name, suffix: country.companySuffix };
        let draft: Draft;
        if (kind === 'government_body') {
          const entry = governmentQueue.shift();
          if (entry) {
            const [name, acronym, hq, host, code] = parse(entry);
            governmentByName.set(name, index);
            draft = {
              name,
              acronym,
              country: countryByCode(code),
              city: hq,
              host,
              description: 'National research funder and policy body.',
              parent: null,
            };
          } else {
            const parent = r.pick([...governmentByName.values()]);
            const home = o.country[parent];
            const office = r.pick(home.cities);
            draft = {
              name: `${o.name[parent]} – ${office} office`,
              acronym: o.acronym[parent],
              country: home,
              city: office,
              host: o.host[parent],
              path: `/${slug(office)}`,
              description: `Regional office of ${o.name[parent]}.`,
              parent,
            };
          }
          governments.push(index);
        } else if (kind === 'university') {
          const entry = universityQueues.get(country.code)!.shift();
          if (entry) {
            const [name, acronym, home, host] = parse(entry);
            draft = {
              name,
              acronym: acronym || null,
              country,
              city: home,
              host,
              description: `Public research university in ${home}, ${country.name}.`,
              parent: null,
            };
          } else {
            const name = fill(country.universityTemplate, values);
            draft = {
              name,
              acronym: null,
              country,
              city,
              host: `www.uni-${slug(city)}.${country.tld}`,
              description: `University in ${city}, ${country.name}.`,
              parent: null,
            };
          }
          universities.push(index);
        } else if (kind === 'research_infrastructure') {
          const entry = k < HUBS_PER_SCALE ? hubQueue.shift() : undefined;
          if (entry) {
            const [name, acronym, hq, host, code] = parse(entry);
            hubs.push(index);
            draft = {
              name,
              acronym,
              country: countryByCode(code),
              city: hq,
              host,
              description: `European research infrastructure (${acronym}) for ${r.pick(TOPICS).toLowerCase()}.`,
              parent: null,
            };
          } else {
            const hub = r.pick(hubs);
            const hubName = o.acronym[hub]!;
            draft = {
              name: `${hubName} ${country.name} node`,
              acronym: `${hubName}-${country.code}`,
              country,
              city,
              host: o.host[hub],
              path: `/nodes/${country.code.toLowerCase()}`,
              description: `The ${country.name} node of ${o.name[hub]}.`,
              parent: hub,
            };
          }
        } else if (kind === 'research_institute' && k < 27) {
          const parent = k % 3 === 2 ? r.pick(governments) : r.pick(universities);
          const name = fill(r.pick(CHILD_INSTITUTE_TEMPLATES), values);
          const ownName = o.kind[parent] === 'government_body' ? `${o.acronym[parent]} ${name}` : name;
          draft = {
            name: ownName,
            acronym: initials(ownName),
            country: o.country[parent],
            city: o.city[parent],
            host: `${slug(topic)}.${withoutWww(o.host[parent])}`,
            description: `Research unit working on ${topic.toLowerCase()}.`,
            parent,
          };
        } else {
          const f = fakerOf(world, country);
          const templates =
            kind === 'research_institute'
              ? INSTITUTE_TEMPLATES.filter((t) => country.code === 'DE' || !/Planck|Fraunhofer/.test(t))
              : kind === 'company'
                ? COMPANY_TEMPLATES
                : kind === 'non_profit'
                  ? NON_PROFIT_TEMPLATES
                  : kind === 'consortium'
                    ? CONSORTIUM_TEMPLATES
                    : OTHER_TEMPLATES;
          const name = fill(r.pick(templates), { ...values, surname: f.person.lastName() });
          const acronym = kind === 'other' || (kind === 'company' && r.chance(0.5)) ? null : initials(name);
          const tld =
            kind === 'non_profit'
              ? 'org'
              : kind === 'consortium'
                ? 'eu'
                : country.tld === 'ac.uk'
                  ? 'co.uk'
                  : country.tld;
          const label =
            kind === 'company'
              ? slug(name.replace(country.companySuffix, ''))
              : slug(acronym && acronym.length > 2 ? acronym : name);
          draft = {
            name,
            acronym,
            country,
            city,
            host: `www.${label}.${tld}`,
            description: describe(kind, name, city, topic),
            parent: null,
          };
        }
        add(world, kind, draft, out);
        if (out.full) yield* out.flush();
      }
    }
  }
  yield* out.flush();
}

function describe(kind: string, name: string, city: string, topic: string): string {
  switch (kind) {
    case 'research_institute':
      return `Research institute in ${city} working on ${topic.toLowerCase()}.`;
    case 'company':
      return `${name} builds software and services for research communities.`;
    case 'non_profit':
      return `Non-profit organization promoting ${topic.toLowerCase()} and open science.`;
    case 'consortium':
      return `Consortium of research organizations collaborating on ${topic.toLowerCase()}.`;
    default:
      return `Organization in ${city} interested in science communication.`;
  }
}

function add(world: DemoWorld, kind: string, draft: Draft, out: ChunkBuffer): void {
  const o = world.orgs;
  const id = world.random.uuid();
  const team = teamFor(world, draft.country);
  world.ids.organizations.push(id);
  o.kind.push(kind);
  o.country.push(draft.country);
  o.city.push(draft.city);
  o.name.push(draft.name);
  o.acronym.push(draft.acronym);
  o.host.push(draft.host);
  o.team.push(team);
  o.parent.push(draft.parent ?? -1);
  o.contacts.push([]);
  o.projects.push([]);
  o.needs.push([]);
  const stamp = stampFor(world, team);
  out.push('organizations', [
    ...recordValues(id, stamp),
    stamp.createdBy,
    world.ids.teams[team],
    draft.name,
    draft.acronym,
    kind,
    draft.country.code,
    draft.city,
    `https://${draft.host}${draft.path ?? ''}`,
    draft.description,
    draft.parent === null ? null : world.ids.organizations[draft.parent],
  ]);
}
