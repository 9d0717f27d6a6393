import { randomUUID } from 'node:crypto';
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
import { createTestDatabase, type TestDatabase } from '../test/database';
import { createUser } from '../test/factories';
import { graphql, startTestServer, type TestServer } from '../test/server';
import { TokenScope } from './modules/token/api-token.entity';
import { buildAppSchema } from './schema';

/** Fields anyone may ask for: the server's version, who is signed in, how to sign in. */
const PUBLIC_QUERIES = new Set(['version', 'me', 'authInfo']);
/** Queries for administrators only: every other query is open to every role, but for the editors' below. */
const ADMIN_QUERIES = new Set(['privacyRequests']);
/** Queries for editors and administrators (imports are a way of writing). */
const EDITOR_QUERIES = new Set(['previewImport', 'importJob', 'importJobs', 'importErrors']);
/** Mutations of administrators; every other mutation is for editors, unless listed below. */
const ADMIN_MUTATIONS = new Set([
  'createTeam',
  'updateTeam',
  'deleteTeam',
  'restoreTeam',
  'addTeamMember',
  'updateTeamMember',
  'removeTeamMember',
  'updateUser',
  'deactivateUser',
  'reactivateUser',
  'eraseContact',
  'exportPersonalData',
  'createPipeline',
  'updatePipeline',
  'addPipelineStage',
  'updatePipelineStage',
  'reorderPipelineStages',
  'removePipelineStage',
]);
/** Mutations on one's own account, open to every signed-in user (from a session). */
const OWN_ACCOUNT_MUTATIONS = new Set([
  'createApiToken',
  'revokeApiToken',
  'updateMyProfile',
  'updateNotificationPreferences',
]);

/** A value of the right type for a required argument: enough to reach the authorization check. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'LocalDate':
        return '2025-01-01';
      case 'DateTimeISO':
      case 'DateTime':
        return '2025-01-01T00:00:00.000Z';
      case 'JSONObject':
        return {};
      default:
        return 'x';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** An operation calling one root field with sample arguments, as variables. */
function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type));
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passing = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])),
  };
}

async function codeOf(server: TestServer, op: ReturnType<typeof operation>, token?: string) {
  const { body } = await graphql(server.url, op.query, op.variables, token);
  return (body.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
}

/**
 * Walks the whole schema: every query and mutation, without credentials and with each role,
 * checked against the rules. A new field must fit them, or be listed above on purpose.
 */
describe('authorization over the whole schema', () => {
  let db: TestDatabase;
  let server: TestServer;
  let schema: GraphQLSchema;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    schema = await buildAppSchema();
    tokens.viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    tokens.editor = (await createUser(db.dataSource, { role: 'editor' })).token;
    tokens.admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    tokens.readOnlyAdmin = (await createUser(db.dataSource, { role: 'admin', scope: TokenScope.READ })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const queries = () => Object.values(schema.getQueryType()!.getFields());
  const mutations = () => Object.values(schema.getMutationType()!.getFields());

  it('should refuse every non-public query and every mutation without credentials', async () => {
    const leaks: string[] = [];
    for (const field of queries()) {
      const code = await codeOf(server, operation('query', field));
      if (PUBLIC_QUERIES.has(field.name) ? code === 'UNAUTHENTICATED' : code !== 'UNAUTHENTICATED') {
        leaks.push(`query ${field.name}: ${code}`);
      }
    }
    for (const field of mutations()) {
      const code = await codeOf(server, operation('mutation', field));
      if (code !== 'UNAUTHENTICATED') leaks.push(`mutation ${field.name}: ${code}`);
    }
    expect(leaks).toEqual([]);
    expect(queries().length + mutations().length).toBeGreaterThan(90);
  });

  it('should let every role read, except what is for administrators or editors', async () => {
    const wrong: string[] = [];
    for (const field of queries()) {
      const op = operation('query', field);
      const asViewer = await codeOf(server, op, tokens.viewer);
      const viewerRefused = asViewer === 'UNAUTHENTICATED' || asViewer === 'FORBIDDEN';
      const forViewers = !ADMIN_QUERIES.has(field.name) && !EDITOR_QUERIES.has(field.name);
      if (viewerRefused === forViewers) wrong.push(`query ${field.name} as viewer: ${asViewer}`);
      if (EDITOR_QUERIES.has(field.name)) {
        const asEditor = await codeOf(server, op, tokens.editor);
        if (asEditor === 'UNAUTHENTICATED' || asEditor === 'FORBIDDEN')
          wrong.push(`query ${field.name} as editor: ${asEditor}`);
      }
      if (ADMIN_QUERIES.has(field.name)) {
        const asAdmin = await codeOf(server, op, tokens.admin);
        if (asAdmin === 'UNAUTHENTICATED' || asAdmin === 'FORBIDDEN')
          wrong.push(`query ${field.name} as admin: ${asAdmin}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('should give each mutation to the roles the rules say, and none to a read-only token', async () => {
    const wrong: string[] = [];
    for (const field of mutations()) {
      const op = operation('mutation', field);
      const minimum = ADMIN_MUTATIONS.has(field.name)
        ? 'admin'
        : OWN_ACCOUNT_MUTATIONS.has(field.name)
          ? 'viewer'
          : 'editor';
      const expectations: [string, boolean][] = [
        ['viewer', minimum === 'viewer'],
        ['editor', minimum !== 'admin'],
        ['admin', true],
        ['readOnlyAdmin', false],
      ];
      for (const [who, allowed] of expectations) {
        const code = await codeOf(server, op, tokens[who]);
        const refused = code === 'FORBIDDEN' || code === 'UNAUTHENTICATED';
        // Own-account mutations need a session: a token is refused even where the role allows.
        const viaToken = OWN_ACCOUNT_MUTATIONS.has(field.name) && field.name === 'createApiToken';
        if (viaToken ? !refused : refused === allowed) wrong.push(`${field.name} as ${who}: ${code}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
