import { gzipSync } from 'node:zlib';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { DEFAULT_QUERY_LIMITS, MAX_REPEATED_FIELDS } from './core/graphql/limits';
import { MAX_JSON_VALUES } from './core/http/json-body';
import { buildAppSchema } from './schema';
import { createTestDatabase, type TestDatabase } from '../test/database';
import { createUser } from '../test/factories';
import { startTestServer, type TestServer } from '../test/server';

/** One hostile request and what it must get: refused before anything runs, or answered with care. */
interface HostileCase {
  name: string;
  body: string | Buffer;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  path?: string;
  /** Sent with the editor's token (executed); otherwise anonymous. */
  signedIn?: boolean;
  /** Refused by the limits or input checks: a 4xx and no SQL statement at all. */
  refused: boolean;
}

const ZERO_UUID = '00000000-0000-4000-8000-000000000000';

/** Strings that have broken SQL builders, LIKE patterns, cursors and parsers elsewhere. */
const INJECTIONS = [
  "' OR '1'='1",
  "'); DROP TABLE organizations; --",
  '%_\\%\\_',
  '$1 :name ? * ( [ { | ^ $',
  `${ZERO_UUID}' OR 1=1 --`,
  '../../../../etc/passwd',
  '<script>alert(1)</script>',
  '\u202e\u2028\u2029 ✓ 😀 ﷽',
  'x'.repeat(20_000),
  '-1',
  'eyJpZCI6IjEnIE9SIDE9MSJ9',
  'NaN',
];

/** Strings that must be refused wherever they appear, naming the field. */
const UNSTORABLE = ['a\u0000b', '\u0000', 'x\ud800y', '\udfff', `${'é'.repeat(10)}\ud83d`];

const json = (value: unknown) => JSON.stringify(value);
const operation = (query: string, variables?: Record<string, unknown>) => json({ query, variables });

/** A value accepted by a required argument or input field of this type, when there is an easy one. */
function plainValue(type: GraphQLInputType): unknown {
  const named = getNamedType(type);
  let value: unknown;
  if (isEnumType(named)) value = named.getValues()[0].name;
  else if (named.name === 'ID') value = ZERO_UUID;
  else if (named.name === 'String') value = 'x';
  else if (named.name === 'Int') value = 1;
  else if (named.name === 'Boolean') value = true;
  else if (isInputObjectType(named)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (!isNonNullType(field.type) || field.defaultValue !== undefined) continue;
      const inner = plainValue(field.type);
      if (inner === undefined) return undefined;
      object[field.name] = inner;
    }
    value = object;
  } else return undefined;
  return isListType(isNonNullType(type) ? type.ofType : type) ? [value] : value;
}

const isText = (type: GraphQLInputType) => {
  const named = getNamedType(type);
  return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
};

/** Where a string goes in a query field's arguments: an argument, or a field of an input argument. */
interface TextSlot {
  field: GraphQLField<unknown, unknown>;
  arg: GraphQLArgument;
  inputField?: string;
}

function textSlots(schema: GraphQLSchema): TextSlot[] {
  const slots: TextSlot[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    for (const arg of field.args) {
      if (isText(arg.type)) slots.push({ field, arg });
      const named = getNamedType(arg.type);
      if (!isInputObjectType(named)) continue;
      for (const inputField of Object.values(named.getFields())) {
        if (isText(inputField.type)) slots.push({ field, arg, inputField: inputField.name });
      }
    }
  }
  return slots;
}

/** `query($v: T, …) { field(arg: $v, …) { __typename } }` with the other required arguments filled in. */
function slotOperation(slot: TextSlot, text: unknown): string | null {
  const variables: Record<string, unknown> = {};
  const definitions: string[] = [];
  const args: string[] = [];
  for (const arg of slot.field.args) {
    let value: unknown;
    if (arg === slot.arg) {
      if (slot.inputField === undefined) value = text;
      else {
        const base = (plainValue(arg.type) ?? {}) as Record<string, unknown>;
        value = { ...base, [slot.inputField]: text };
      }
    } else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      value = plainValue(arg.type);
      if (value === undefined) return null;
    } else continue;
    definitions.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = value;
  }
  const selection = isLeafType(getNamedType(slot.field.type)) ? '' : ' { __typename }';
  const call = args.length ? `${slot.field.name}(${args.join(', ')})` : slot.field.name;
  return operation(`query(${definitions.join(', ')}) { ${call}${selection} }`, variables);
}

function slotName(slot: TextSlot): string {
  return `${slot.field.name}(${slot.arg.name}${slot.inputField ? `.${slot.inputField}` : ''})`;
}

/** Strings of every kind in every string argument and filter field, each executed by an editor. */
function injectionCases(schema: GraphQLSchema): HostileCase[] {
  return textSlots(schema).flatMap((slot, index) =>
    // Each slot gets four of the strings in turn, so every string reaches many slots.
    [0, 1, 2, 3].flatMap((k) => {
      const text = INJECTIONS[(index * 4 + k) % INJECTIONS.length];
      const body = slotOperation(slot, text);
      return body
        ? [{ name: `${slotName(slot)} = ${json(text.slice(0, 40))}`, body, signedIn: true, refused: false }]
        : [];
    }),
  );
}

/** NUL and lone surrogates in every string argument and filter field: refused, anonymously, with no SQL. */
function unstorableCases(schema: GraphQLSchema): HostileCase[] {
  return textSlots(schema).flatMap((slot, index) => {
    const text = UNSTORABLE[index % UNSTORABLE.length];
    const body = slotOperation(slot, text);
    return body ? [{ name: `${slotName(slot)} = ${json(text)}`, body, refused: true }] : [];
  });
}

/** Wrong types in every argument: strings for numbers, objects for strings, huge lists, unknown keys. */
function wrongTypeCases(schema: GraphQLSchema): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    field.args.forEach((arg, index) => {
      const named = getNamedType(arg.type);
      const wrong = isInputObjectType(named)
        ? [
            { unknown: 1, __proto__: { polluted: true } },
            'string',
            Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`k${i}`, i])),
          ]
        : named.name === 'Int'
          ? ['ten', 1e12, 1.5]
          : isEnumType(named)
            ? ['NAME; DROP TABLE x', 7]
            : [{ nested: { deeper: [1, 2] } }, Array.from({ length: 2_000 }, () => [1])];
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      wrong.slice(0, index % 2 === 0 ? 3 : 2).forEach((value, k) => {
        cases.push({
          name: `${field.name}(${arg.name}) wrong #${k}`,
          body: operation(`query($v: ${String(arg.type)}) { ${field.name}(${arg.name}: $v)${selection} }`, {
            v: value,
          }),
          refused: true,
        });
      });
    });
  }
  return cases;
}

const repeat = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(' ');

/** Operations over the depth, alias, directive, token and cost limits, in many shapes. */
function limitCases(): HostileCase[] {
  const { maxDepth, maxAliases, maxDirectives, maxTokens } = DEFAULT_QUERY_LIMITS;
  const cases: HostileCase[] = [];
  const add = (name: string, query: string, variables?: Record<string, unknown>) =>
    cases.push({ name, body: operation(query, variables), refused: true });
  for (let extra = 1; extra <= 8; extra++) {
    const n = maxDepth + extra * 3;
    add(`depth ${n}`, `{ organizations { nodes { ${'parent { '.repeat(n)}name${' }'.repeat(n)} } } }`);
    add(
      `depth ${n} through fragments`,
      `{ organizations { nodes { ...P0 } } } ${Array.from({ length: n }, (_, i) => `fragment P${i} on Organization { parent { ${i + 1 < n ? `...P${i + 1}` : 'name'} } }`).join(' ')}`,
    );
    add(
      `depth ${n} through inline fragments`,
      `{ organizations { nodes { ${'... on Organization { parent { '.repeat(n)}name${' } }'.repeat(n)} } } }`,
    );
    add(`${maxAliases + extra * 5} aliases`, `{ ${repeat(maxAliases + extra * 5, (i) => `a${i}: version`)} }`);
    add(
      `${maxAliases + extra * 5} __typename aliases`,
      `{ ${repeat(maxAliases + extra * 5, (i) => `t${i}: __typename`)} }`,
    );
    add(
      `${maxAliases + extra * 5} aliases in a fragment`,
      `{ ...F } fragment F on Query { ${repeat(maxAliases + extra * 5, (i) => `a${i}: version`)} }`,
    );
    add(
      `${maxDirectives + extra * 5} directives`,
      `{ version ${repeat(maxDirectives + extra * 5, () => '@include(if: true)')} }`,
    );
    add(
      `${maxDirectives + extra * 5} directives on fields`,
      `{ ${repeat(maxDirectives + extra * 5, () => 'version @skip(if: false)')} }`,
    );
    add(`${maxTokens + extra * 1000} tokens`, `{ ${repeat(maxTokens + extra * 1000, () => 'version')} }`);
    add(
      `one field ${MAX_REPEATED_FIELDS + extra * 500} times`,
      `{ ${repeat(MAX_REPEATED_FIELDS + extra * 500, () => 'version')} }`,
    );
    add(
      `pages of ${100 * extra} nested three times`,
      `{ organizations(first: ${100 * extra + 100}) { nodes { children(first: 500) { nodes { children(first: 500) { nodes { name } } } } } } }`,
    );
    add(
      `pages of ${100 * extra} in variables`,
      'query($n: Int) { organizations(first: $n) { nodes { contacts(first: $n) { nodes { projects(first: $n) { nodes { name } } } } } } }',
      { n: 100 * extra + 100 },
    );
    add(`a page of ${10 ** (extra + 2)}`, `{ organizations(first: ${10 ** (extra + 2)}) { totalCount } }`);
  }
  const bomb = Array.from(
    { length: 12 },
    (_, i) => `fragment B${i} on Query { ${i < 11 ? `...B${i + 1} ...B${i + 1}` : 'version'} }`,
  );
  add('a fragment bomb', `{ ...B0 } ${bomb.join(' ')}`);
  add('fragment cycle', '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
  add('subscription', 'subscription { organizations { totalCount } }');
  add('subscription with a name', 'subscription Watch { version }');
  return cases;
}

/** Bodies that are not GraphQL at all, or GraphQL in a form the server does not take. */
function bodyCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (
    name: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
    extra: Partial<HostileCase> = {},
  ) => cases.push({ name, body, headers: { 'content-type': 'application/json', ...headers }, refused: true, ...extra });
  for (const broken of [
    '{bad',
    '{"query":',
    '[',
    'null',
    '"string"',
    '12',
    '{"query": "{ version }"} trailing',
    '\u0000',
    '{"query": 5}',
    '{"query": {"nested": true}}',
    '{"variables": "not an object", "query": "{ version }"}',
    '{"query": "{ version }", "operationName": 7}',
    `${'['.repeat(100_000)}`,
    `{"query": "query($f: OrganizationFilter) { organizations(filter: $f) { totalCount } }", "variables": {"f": ${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}}`,
  ])
    add(`invalid JSON ${json(broken.slice(0, 30))}`, broken);
  for (const charset of ['utf-16', 'latin1', 'ebcdic', 'x-unknown'])
    add(`charset ${charset}`, '{"query":"{ version }"}', { 'content-type': `application/json; charset=${charset}` });
  add('bad gzip', 'not gzip at all', { 'content-encoding': 'gzip' });
  add('bad deflate', 'not deflate', { 'content-encoding': 'deflate' });
  add('unknown encoding', '{}', { 'content-encoding': 'br, x-evil' });
  add('gzip bomb', gzipSync(Buffer.alloc(20_000_000, 32)), { 'content-encoding': 'gzip' });
  add('over the body limit', json({ query: `{ version } # ${'x'.repeat(1_100_000)}` }));
  add(
    'over the values limit',
    json({ query: '{ version }', variables: { v: Array.from({ length: MAX_JSON_VALUES + 1 }, () => 0) } }),
  );
  add(
    'over the keys limit',
    json({
      query: '{ version }',
      variables: Object.fromEntries(Array.from({ length: MAX_JSON_VALUES + 1 }, (_, i) => [`k${i}`, 0])),
    }),
  );
  add('batched bodies', json([{ query: '{ version }' }, { query: '{ version }' }]));
  add(
    'a thousand batched bodies',
    json(Array.from({ length: 1_000 }, () => ({ query: '{ organizations(first: 500) { totalCount } }' }))),
  );
  add('empty batch', '[]');
  add('form post', 'query={version}', { 'content-type': 'application/x-www-form-urlencoded' });
  add('text post', '{"query":"{ version }"}', { 'content-type': 'text/plain' });
  add('no query', '{}');
  add(
    'mutation over GET',
    '',
    {},
    { method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { deleteOrganization(id: "x") { id } }')}` },
  );
  add(
    'GET without a preflight header',
    '',
    { 'content-type': '' },
    { method: 'GET', path: '/graphql?query=%7Bversion%7D' },
  );
  add(
    'GET with broken variables',
    '',
    { 'apollo-require-preflight': '1' },
    { method: 'GET', path: '/graphql?query=%7Bversion%7D&variables=%7Bbad' },
  );
  // The protocol answers 200 here, so that clients send the query itself next.
  add(
    'unknown persisted query',
    json({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    {},
    { refused: false },
  );
  add(
    'persisted query with a wrong hash',
    json({ query: '{ version }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } }),
  );
  add(
    'persisted query of another version',
    json({ query: '{ version }', extensions: { persistedQuery: { version: 2, sha256Hash: '0'.repeat(64) } } }),
  );
  add('syntax error', json({ query: '{ version ' }));
  add('lone surrogate in the document', json({ query: '{ version } # \ud800' }));
  add('NUL in the document', json({ query: '{ organizations(filter: { countries: ["\\u0000"] }) { totalCount } }' }));
  add('unknown operation name', json({ query: 'query A { version }', operationName: 'B' }));
  return cases;
}

/** Arguments of executed operations that reach SQL: cursors, orderings and ids, hostile in their own ways. */
function executedCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (name: string, query: string, variables?: Record<string, unknown>) =>
    cases.push({ name, body: operation(query, variables), signedIn: true, refused: false });
  const cursors = [
    '',
    'bm90IGEgY3Vyc29y',
    Buffer.from('{"v":["\'; DROP TABLE x"],"id":"1"}').toString('base64'),
    Buffer.from('[1,2,3]').toString('base64'),
    '%%%',
    'a'.repeat(5_000),
  ];
  for (const list of ['organizations', 'contacts', 'projects', 'activities', 'documents', 'needs']) {
    for (const cursor of cursors) {
      add(
        `${list} after ${json(cursor.slice(0, 20))}`,
        `query($c: String) { ${list}(after: $c, first: 5) { totalCount } }`,
        { c: cursor },
      );
      add(
        `${list} before ${json(cursor.slice(0, 20))}`,
        `query($c: String) { ${list}(before: $c, last: 5) { totalCount } }`,
        { c: cursor },
      );
    }
    add(`${list} first 0`, `{ ${list}(first: 0) { totalCount } }`);
    add(`${list} first and last`, `{ ${list}(first: 5, last: 5) { totalCount } }`);
    add(`${list} negative page`, `{ ${list}(first: -1) { totalCount } }`);
  }
  return cases;
}

describe('hostile input', () => {
  let db: TestDatabase;
  let server: TestServer;
  let token: string;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    token = (await createUser(db.dataSource, { role: 'editor' })).token;
    schema = await buildAppSchema();
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  /** What went wrong with one case, or null when it was answered as it must be. */
  async function judge(hostile: HostileCase): Promise<string | null> {
    const response = await fetch(`${server.url}${hostile.path ?? '/graphql'}`, {
      method: hostile.method ?? 'POST',
      headers: { ...hostile.headers, ...(hostile.signedIn ? { authorization: `Bearer ${token}` } : {}) },
      body: hostile.method === 'GET' ? undefined : hostile.body,
    });
    const text = await response.text();
    const statements = Number(response.headers.get('x-sql-statements'));
    if (response.status >= 500) return `HTTP ${response.status}: ${text.slice(0, 200)}`;
    if (/\n\s+at /.test(text)) return 'a stack trace in the response';
    let body: { errors?: { extensions?: { code?: unknown } }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return `not JSON (${response.status}): ${text.slice(0, 100)}`;
    }
    for (const error of body.errors ?? []) {
      const code = error.extensions?.code;
      if (typeof code !== 'string') return `an error without a code: ${text.slice(0, 200)}`;
      if (code === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: ${text.slice(0, 200)}`;
    }
    if (hostile.refused) {
      if (response.status < 400) return `answered ${response.status}: ${text.slice(0, 200)}`;
      if (statements !== 0) return `${statements} SQL statements ran`;
    }
    return null;
  }

  async function failuresOf(cases: HostileCase[]): Promise<string[]> {
    const failures: string[] = [];
    for (const hostile of cases) {
      const failure = await judge(hostile);
      if (failure) failures.push(`${hostile.name}: ${failure}`);
    }
    return failures;
  }

  it('should generate well over 200 hostile operations', () => {
    const all = [
      ...injectionCases(schema),
      ...unstorableCases(schema),
      ...wrongTypeCases(schema),
      ...limitCases(),
      ...bodyCases(),
      ...executedCases(),
    ];
    expect(all.length).toBeGreaterThan(400);
    for (const text of INJECTIONS) expect(all.some((c) => c.name.endsWith(json(text.slice(0, 40))))).toBe(true);
  });

  it('should refuse operations over the limits with a 400 and a code, running no SQL', async () => {
    expect(await failuresOf(limitCases())).toEqual([]);
  });

  it('should refuse bodies that are not GraphQL with a 4xx JSON error and a code, running no SQL', async () => {
    expect(await failuresOf(bodyCases())).toEqual([]);
  });

  it('should refuse wrong variable types in every argument with a 400, running no SQL', async () => {
    expect(await failuresOf(wrongTypeCases(schema))).toEqual([]);
  });

  it('should refuse NUL and lone surrogates in every string argument and filter field, running no SQL', async () => {
    expect(await failuresOf(unstorableCases(schema))).toEqual([]);
  });

  it('should answer injection-like strings in every string argument and filter field without a server error', async () => {
    expect(await failuresOf(injectionCases(schema))).toEqual([]);
  }, 120_000);

  it('should answer hostile cursors and page arguments without a server error', async () => {
    expect(await failuresOf(executedCases())).toEqual([]);
  });

  it('should name the field that holds a NUL', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: operation('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', {
        i: { name: 'Acme\u0000', kind: 'UNIVERSITY' },
      }),
    });
    const { errors } = (await response.json()) as { errors: { extensions: { code: string; fields: object } }[] };
    expect(response.status).toBe(400);
    expect(errors[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: { 'i.name': ['must not contain the NUL character (\\u0000)'] },
    });
  });

  it('should take a GET with a bearer token and no preflight header, as README says', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ version }')}`;
    const withToken = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(withToken.status).toBe(200);
    expect(((await withToken.json()) as { data: unknown }).data).toEqual({ version: expect.any(String) });
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(400);
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_REQUEST',
    );
  });

  it('should send a sign-in whose return path normalises to another site back to /', async () => {
    const response = await fetch(`${server.url}/auth/login?returnTo=${encodeURIComponent('/..//evil.example')}`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const [row] = await db.dataSource.query('SELECT return_to FROM sign_in_requests ORDER BY expires_at DESC LIMIT 1');
    expect(row.return_to).toBe('/');
  });
});
