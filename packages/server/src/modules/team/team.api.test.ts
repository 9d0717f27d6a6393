import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import type { User } from '../user/user.entity';

const CREATE = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id code name countries version } }`;
const UPDATE = `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { id code name countries version } }`;
const ADD = `mutation($input: AddTeamMemberInput!) {
  addTeamMember(input: $input) { role version team { code } user { name } createdBy { name } }
}`;
const MEMBERS = `query($id: ID!) { team(id: $id) { members { role user { name teams { code } } } } }`;

describe('teams over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let admin: string;
  let editor: string;
  let viewer: string;
  let editorUser: User;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    admin = (await createUser(db.dataSource, { role: 'admin', name: 'Ada Admin' })).token;
    ({ token: editor, user: editorUser } = await createUser(db.dataSource, { role: 'editor', name: 'Eve Editor' }));
    viewer = (await createUser(db.dataSource, { role: 'viewer', name: 'Vic Viewer' })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const createTeam = async (input: Record<string, unknown>) =>
    (await ok<{ createTeam: { id: string; version: number } }>(url, admin, CREATE, { input })).createTeam;

  it('should let an admin create a team, and refuse the same code in any case with CONFLICT', async () => {
    const team = await ok<{ createTeam: Record<string, unknown> }>(url, admin, CREATE, {
      input: { code: 'NGI_IBERGRID', name: 'IBERGRID', countries: ['ES', 'PT', 'PT'] },
    });
    expect(team.createTeam).toMatchObject({ code: 'NGI_IBERGRID', countries: ['ES', 'PT'], version: 1 });
    const again = await failure(url, admin, CREATE, { input: { code: 'ngi_ibergrid', name: 'Another' } });
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'A team with the code NGI_IBERGRID already exists' });
  });

  it('should refuse team management to editors and viewers', async () => {
    const input = { code: 'NOPE', name: 'Nope' };
    expect((await failure(url, editor, CREATE, { input })).code).toBe('FORBIDDEN');
    expect((await failure(url, viewer, CREATE, { input })).code).toBe('FORBIDDEN');
    const team = await createTeam({ code: 'GUARDED', name: 'Guarded' });
    const add = { teamId: team.id, userId: editorUser.id, role: 'LEAD' };
    expect((await failure(url, editor, ADD, { input: add })).code).toBe('FORBIDDEN');
    expect((await failure(url, editor, UPDATE, { input: { id: team.id, version: 1, name: 'Mine' } })).code).toBe(
      'FORBIDDEN',
    );
  });

  it('should refuse a bad code or country per field', async () => {
    const error = await failure(url, admin, CREATE, { input: { code: '-bad code', name: 'X', countries: ['fr'] } });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(error.extensions.fields as object).sort()).toEqual(['code', 'countries']);
  });

  it('should update with the current version and refuse a stale one or a taken code with CONFLICT', async () => {
    await createTeam({ code: 'NGI_DE', name: 'NGI Germany' });
    const team = await createTeam({ code: 'NGI_FR', name: 'France Grilles' });
    const updated = await ok<{ updateTeam: Record<string, unknown> }>(url, admin, UPDATE, {
      input: { id: team.id, version: 1, countries: ['FR'], description: 'French NGI' },
    });
    expect(updated.updateTeam).toMatchObject({ countries: ['FR'], version: 2 });
    expect((await failure(url, admin, UPDATE, { input: { id: team.id, version: 1, name: 'X' } })).code).toBe(
      'CONFLICT',
    );
    expect((await failure(url, admin, UPDATE, { input: { id: team.id, version: 2, code: 'ngi_de' } })).code).toBe(
      'CONFLICT',
    );
  });

  it('should add, re-role and remove members, with a history entry on the team and on the user', async () => {
    const team = await createTeam({ code: 'EGI_TRAIN', name: 'EGI Training' });
    const { user: member } = await createUser(db.dataSource, { role: 'viewer', name: 'Mia Member' });
    const added = await ok<{ addTeamMember: Record<string, unknown> }>(url, admin, ADD, {
      input: { teamId: team.id, userId: member.id },
    });
    expect(added.addTeamMember).toMatchObject({
      role: 'MEMBER',
      version: 1,
      team: { code: 'EGI_TRAIN' },
      user: { name: 'Mia Member' },
      createdBy: { name: 'Ada Admin' },
    });
    const twice = await failure(url, admin, ADD, { input: { teamId: team.id, userId: member.id, role: 'LEAD' } });
    expect(twice.code).toBe('CONFLICT');

    const UPDATE_MEMBER = `mutation($input: UpdateTeamMemberInput!) { updateTeamMember(input: $input) { role version } }`;
    const promoted = await ok<{ updateTeamMember: Record<string, unknown> }>(url, admin, UPDATE_MEMBER, {
      input: { teamId: team.id, userId: member.id, version: 1, role: 'LEAD' },
    });
    expect(promoted.updateTeamMember).toEqual({ role: 'LEAD', version: 2 });
    expect(
      (
        await failure(url, admin, UPDATE_MEMBER, {
          input: { teamId: team.id, userId: member.id, version: 1, role: 'MEMBER' },
        })
      ).code,
    ).toBe('CONFLICT');

    const members = await ok<{ team: { members: unknown[] } }>(url, viewer, MEMBERS, { id: team.id });
    expect(members.team.members).toEqual([
      { role: 'LEAD', user: { name: 'Mia Member', teams: [{ code: 'EGI_TRAIN' }] } },
    ]);

    const removed = await ok<{ removeTeamMember: { members: unknown[] } }>(
      url,
      admin,
      `mutation($input: RemoveTeamMemberInput!) { removeTeamMember(input: $input) { members { role } } }`,
      { input: { teamId: team.id, userId: member.id } },
    );
    expect(removed.removeTeamMember.members).toEqual([]);

    const history = await db.dataSource.query(
      `SELECT record_type AS type, action FROM changes WHERE record_id IN ($1, $2) AND action <> 'create'
       ORDER BY at, action, record_type`,
      [team.id, member.id],
    );
    expect(history).toEqual([
      { type: 'Team', action: 'link' },
      { type: 'User', action: 'link' },
      { type: 'Team', action: 'update' },
      { type: 'User', action: 'update' },
      { type: 'Team', action: 'unlink' },
      { type: 'User', action: 'unlink' },
    ]);
  });

  it('should list members and teams of many records in batches', async () => {
    const teams = [
      await createTeam({ code: 'BATCH_A', name: 'Batch A' }),
      await createTeam({ code: 'BATCH_B', name: 'Batch B' }),
    ];
    const { user } = await createUser(db.dataSource, { name: 'Bo Both', teamIds: teams.map((team) => team.id) });
    const result = await ok<{ teams: { nodes: { code: string; members: { user: { name: string } }[] }[] } }>(
      url,
      viewer,
      `{ teams(filter: { text: "batch_" }) { nodes { code members { user { name } } } } }`,
    );
    expect(result.teams.nodes).toEqual([
      { code: 'BATCH_A', members: [{ user: { name: 'Bo Both' } }] },
      { code: 'BATCH_B', members: [{ user: { name: 'Bo Both' } }] },
    ]);
    const ofUser = await ok<{ user: { teams: { code: string }[]; memberships: { role: string }[] } }>(
      url,
      viewer,
      `query($id: ID!) { user(id: $id) { teams { code } memberships { role } } }`,
      { id: user.id },
    );
    expect(ofUser.user).toEqual({
      teams: [{ code: 'BATCH_A' }, { code: 'BATCH_B' }],
      memberships: [{ role: 'MEMBER' }, { role: 'MEMBER' }],
    });
  });

  it('should move a team to the trash, out of lists and of its members’ teams, and back', async () => {
    const team = await createTeam({ code: 'TRASHY', name: 'Trashy' });
    const { user } = await createUser(db.dataSource, { teamIds: [team.id] });
    await ok(url, admin, `mutation($id: ID!) { deleteTeam(input: { id: $id }) { deletedAt } }`, { id: team.id });
    const listed = await ok<{ teams: { totalCount: number } }>(
      url,
      viewer,
      `{ teams(filter: { text: "trashy" }) { totalCount } }`,
    );
    expect(listed.teams.totalCount).toBe(0);
    const teamsOf = async () =>
      (
        await ok<{ user: { teams: { code: string }[] } }>(
          url,
          viewer,
          `query($id: ID!) { user(id: $id) { teams { code } } }`,
          { id: user.id },
        )
      ).user.teams;
    expect(await teamsOf()).toEqual([]);
    expect(
      (await failure(url, editor, `mutation($id: ID!) { restoreTeam(input: { id: $id }) { id } }`, { id: team.id }))
        .code,
    ).toBe('FORBIDDEN');
    await ok(url, admin, `mutation($id: ID!) { restoreTeam(input: { id: $id }) { id } }`, { id: team.id });
    expect(await teamsOf()).toEqual([{ code: 'TRASHY' }]);
  });
});
