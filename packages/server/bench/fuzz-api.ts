/* eslint-disable no-console -- a fuzz run reports on the console */
/**
 * Mutates valid operations and variables for N requests against a running server and prints
 * the count of 5xx answers, of INTERNAL_SERVER_ERROR errors and the slowest request.
 *   FUZZ_URL          the server (default http://localhost:4000)
 *   FUZZ_TOKEN        an editor's API token (npm run liaison -- token create …); anonymous without
 *   FUZZ_REQUESTS     how many requests (default 3000)
 *   FUZZ_CONCURRENCY  how many at once (default 1: each request's own time, not a wait behind another)
 *   FUZZ_SEED         the random seed, to replay a run (default 1)
 * Exits with 1 when any request got a 5xx or an internal error.
 */
const URL_BASE = process.env.FUZZ_URL ?? 'http://localhost:4000';
const TOKEN = process.env.FUZZ_TOKEN;
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 3000);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 1);
let seed = Number(process.env.FUZZ_SEED ?? 1);

/** mulberry32: a small seeded generator, so a run can be replayed. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (p: number) => random() < p;

interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/** Valid operations: reads of every list, search, duplicates, a record, and writes. */
function seeds(ids: { organization: string; contact: string }): Operation[] {
  return [
    {
      query: `query($n: Int, $f: OrganizationFilter, $o: OrganizationOrder, $a: String) {
        organizations(first: $n, filter: $f, orderBy: $o, after: $a) { totalCount pageInfo { endCursor }
          nodes { id name country contacts(first: 5) { nodes { name emails } } } } }`,
      variables: {
        n: 20,
        f: { countries: ['ES', 'FR'], kinds: ['UNIVERSITY'] },
        o: { field: 'NAME', direction: 'ASC' },
        a: null,
      },
    },
    {
      query: `query($n: Int, $f: ContactFilter) { contacts(first: $n, filter: $f) { totalCount nodes { id name projects(first: 3) { nodes { name } } } } }`,
      variables: { n: 10, f: { countries: ['DE'] } },
    },
    {
      query: 'query($q: String!, $n: Int!) { search(query: $q, first: $n) { __typename } }',
      variables: { q: 'Univ Heraklion', n: 10 },
    },
    {
      query: 'query($name: String, $email: String) { similarContacts(name: $name, email: $email) { __typename } }',
      variables: { name: 'Maria', email: 'm@x.example' },
    },
    {
      query: 'query($name: String!) { similarOrganizations(name: $name) { __typename } }',
      variables: { name: 'University' },
    },
    {
      query: 'query($id: ID!) { organization(id: $id) { id name parent { name } children { totalCount } } }',
      variables: { id: ids.organization },
    },
    { query: 'query($id: ID!) { contact(id: $id) { id name emails phones } }', variables: { id: ids.contact } },
    {
      query:
        'query($n: Int) { activities(first: $n) { nodes { id } } documents(first: $n) { nodes { id } } needs(first: $n) { nodes { id } } projects(first: $n) { nodes { id } } }',
      variables: { n: 5 },
    },
    {
      query: 'query($n: Int) { tags(first: $n) { nodes { label } } teams(first: $n) { nodes { code } } }',
      variables: { n: 10 },
    },
    {
      query: 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }',
      variables: {
        i: { name: 'Fuzzed organization', kind: 'COMPANY', country: 'NL', website: 'https://fuzz.example' },
      },
    },
    {
      query: 'mutation($i: CreateContactInput!) { createContact(input: $i) { id } }',
      variables: {
        i: { firstName: 'Fuzz', lastName: 'Person', emails: ['fuzz@x.example'], phones: ['+31 20 000 0000'] },
      },
    },
  ];
}

const HOSTILE_VALUES: unknown[] = [
  null,
  '',
  'ten',
  -1,
  0,
  2 ** 31,
  1e308,
  1.5,
  true,
  [],
  {},
  [[[]]],
  { a: { b: { c: 1 } } },
  'a\u0000b',
  'x\ud800',
  '\udfff',
  "' OR 1=1 --",
  '%_\\',
  'x'.repeat(50_000),
  '😀'.repeat(1000),
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  '2026-13-45T99:99:99Z',
  'NAME',
  'DESC',
  Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])),
  Array.from({ length: 2000 }, (_, i) => i),
];

/** Replaces, drops or adds something somewhere inside a value. */
function mutateValue(value: unknown, depth = 0): unknown {
  if (value !== null && typeof value === 'object' && depth < 4 && chance(0.7)) {
    if (Array.isArray(value)) {
      const copy = [...value];
      if (copy.length && chance(0.6)) copy[Math.floor(random() * copy.length)] = mutateValue(pick(copy), depth + 1);
      else copy.push(pick(HOSTILE_VALUES));
      return copy;
    }
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    if (keys.length && chance(0.7)) {
      const key = pick(keys);
      if (chance(0.15)) delete copy[key];
      else copy[key] = mutateValue(copy[key], depth + 1);
    } else copy[pick(['unknown', '__proto__', 'constructor', 'first', 'id'])] = pick(HOSTILE_VALUES);
    return copy;
  }
  return pick(HOSTILE_VALUES);
}

const PIECES = [
  '{',
  '}',
  '(',
  ')',
  '$',
  '...',
  '@include(if: true)',
  ' first: 500 ',
  'a: ',
  '"',
  '#',
  '\\u0000',
  ' __typename ',
  'subscription ',
  'fragment F on Query { version } ',
  ' ...F ',
];

/** Deletes, repeats or inserts a piece of the document, or multiplies its page sizes. */
function mutateQuery(query: string): string {
  const at = Math.floor(random() * query.length);
  switch (Math.floor(random() * 6)) {
    case 0:
      return query.slice(0, at) + query.slice(at + 1 + Math.floor(random() * 10));
    case 1:
      return query.slice(0, at) + pick(PIECES) + query.slice(at);
    case 2: {
      const end = at + Math.floor(random() * 40);
      return query.slice(0, end) + query.slice(at, end).repeat(2 + Math.floor(random() * 50)) + query.slice(end);
    }
    case 3:
      return query.replace(/first: \d+|\(first: \$n/g, () => `first: ${pick([0, 1, 500, 501, 100000, -5])}`);
    case 4:
      return query.replace(
        /\{ ([a-z]+)/,
        (_match, field: string) => `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${field}`).join(' ')} ${field}`,
      );
    default:
      return query.replace('query', pick(['mutation', 'subscription', 'query Q', '']));
  }
}

interface Request {
  description: string;
  body: string;
  contentType: string;
}

function fuzzedRequest(operations: Operation[]): Request {
  const base = pick(operations);
  let query = base.query;
  let variables: unknown = base.variables;
  const steps: string[] = [];
  const mutations = 1 + Math.floor(random() * 3);
  for (let i = 0; i < mutations; i++) {
    if (chance(0.55)) {
      variables = mutateValue(variables);
      steps.push('variables');
    } else {
      query = mutateQuery(query);
      steps.push('query');
    }
  }
  let body = JSON.stringify({ query, variables });
  let contentType = 'application/json';
  const roll = random();
  if (roll < 0.04) {
    body = body.slice(0, Math.floor(random() * body.length));
    steps.push('truncated body');
  } else if (roll < 0.07) {
    body = `[${body},${body}]`;
    steps.push('batch');
  } else if (roll < 0.1) {
    contentType = pick(['text/plain', 'application/json; charset=latin1', 'application/x-www-form-urlencoded']);
    steps.push(contentType);
  }
  return { description: `${query.slice(0, 60).replace(/\s+/g, ' ')}… (${steps.join(', ')})`, body, contentType };
}

async function send(request: Request): Promise<{ status: number; internal: boolean; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${URL_BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': request.contentType, ...(TOKEN ? { authorization: `Bearer ${TOKEN}` } : {}) },
    body: request.body,
  });
  const text = await response.text();
  return { status: response.status, internal: text.includes('INTERNAL_SERVER_ERROR'), ms: performance.now() - started };
}

async function firstIds(): Promise<{ organization: string; contact: string }> {
  const response = await fetch(`${URL_BASE}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(TOKEN ? { authorization: `Bearer ${TOKEN}` } : {}) },
    body: JSON.stringify({ query: '{ organizations(first: 1) { nodes { id } } contacts(first: 1) { nodes { id } } }' }),
  });
  const { data } = (await response.json()) as {
    data?: { organizations: { nodes: { id: string }[] }; contacts: { nodes: { id: string }[] } };
  };
  const none = '00000000-0000-4000-8000-000000000000';
  return { organization: data?.organizations.nodes[0]?.id ?? none, contact: data?.contacts.nodes[0]?.id ?? none };
}

async function main(): Promise<void> {
  const operations = seeds(await firstIds());
  const requests = Array.from({ length: REQUESTS }, () => fuzzedRequest(operations));
  const statuses = new Map<string, number>();
  const failures: string[] = [];
  let fiveHundreds = 0;
  let internals = 0;
  let slowest = { ms: 0, description: '' };
  const durations: number[] = [];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const request = requests[next++];
        const result = await send(request);
        durations.push(result.ms);
        const status = `${Math.floor(result.status / 100)}xx`;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        if (result.status >= 500) fiveHundreds += 1;
        if (result.internal) internals += 1;
        if (result.status >= 500 || result.internal) failures.push(`${result.status} ${request.description}`);
        if (result.ms > slowest.ms) slowest = { ms: result.ms, description: request.description };
      }
    }),
  );
  durations.sort((a, b) => a - b);
  const at = (q: number) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))].toFixed(0);
  console.log(
    `${REQUESTS} fuzzed requests to ${URL_BASE} in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${process.env.FUZZ_SEED ?? 1}, ${CONCURRENCY} at once, ${TOKEN ? 'with a token' : 'anonymous'})`,
  );
  console.log(
    `answers: ${[...statuses]
      .sort()
      .map(([status, n]) => `${status} ${n}`)
      .join(', ')}`,
  );
  console.log(`5xx: ${fiveHundreds}`);
  console.log(`INTERNAL_SERVER_ERROR: ${internals}`);
  console.log(`p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, p99 ${at(0.99)} ms`);
  console.log(`slowest: ${slowest.ms.toFixed(0)} ms — ${slowest.description}`);
  for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
  process.exitCode = fiveHundreds || internals ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
