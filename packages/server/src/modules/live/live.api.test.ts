import { randomUUID } from 'node:crypto';
import { createTestDatabase, onPostgres, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { liveClient, type LiveClient } from '../../../test/live-client';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { signedInBrowser } from '../../../test/sign-in';
import { createAppDataSource } from '../../database';
import { recordChanges } from '../shared/audit-writer';
import { TeamMembership } from '../team/team-membership.entity';
import { liveHubOf } from './live';
import type { DataSource } from 'typeorm';

const RECORD_CHANGED = `subscription($kinds: [RecordKind!], $ids: [ID!], $after: ID) {
  recordChanged(kinds: $kinds, ids: $ids, after: $after) { changeId kind recordType recordId action actor { name } }
}`;
const TIMELINE_CHANGED = `subscription($recordId: ID!, $after: ID) {
  timelineChanged(recordId: $recordId, after: $after) { changeId recordId action }
}`;
const CREATE_ORGANIZATION = `mutation($name: String!) {
  createOrganization(input: { name: $name, kind: UNIVERSITY }) { id }
}`;
const CREATE_ACTIVITY = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`;

/** Waits until the instance of `dataSource` has exactly `count` subscriptions open: a change made then reaches them. */
async function subscriptionsOpen(dataSource: DataSource, count: number): Promise<void> {
  const started = Date.now();
  while (liveHubOf(dataSource)?.subscriberCount !== count) {
    if (Date.now() - started > 10_000) throw new Error(`${count} subscriptions were not open in time`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

interface Event {
  changeId: string;
  kind: string | null;
  recordType: string;
  recordId: string;
  action: string;
  actor?: { name: string } | null;
}

describe('live updates over WebSocket', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  const users: Record<'author' | 'mate' | 'outsider' | 'reader', string> = {
    author: '',
    mate: '',
    outsider: '',
    reader: '',
  };
  let teamA: string;
  const clients: LiveClient[] = [];
  const subscribed = (count: number, dataSource = db.dataSource) => subscriptionsOpen(dataSource, count);
  const connect = (auth: Parameters<typeof liveClient>[1], at = url) => {
    const client = liveClient(at, auth);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db, { live: true });
    url = server.url;
    teamA = (await createTeam(db.dataSource)).id;
    const teamB = (await createTeam(db.dataSource)).id;
    users.author = (await createUser(db.dataSource, { name: 'Ada Author', teamIds: [teamA] })).token;
    users.mate = (await createUser(db.dataSource, { teamIds: [teamA] })).token;
    users.outsider = (await createUser(db.dataSource, { teamIds: [teamB] })).token;
    users.reader = (await createUser(db.dataSource, { role: 'viewer', teamIds: [teamB] })).token;
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await subscribed(0);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const createOrganization = async (name: string, token = users.author) =>
    (await ok<{ createOrganization: { id: string } }>(url, token, CREATE_ORGANIZATION, { name })).createOrganization.id;
  const createActivity = async (subject: string, visibility: string, organizationId: string) =>
    (
      await ok<{ createActivity: { id: string } }>(url, users.author, CREATE_ACTIVITY, {
        input: { kind: 'MEETING', subject, visibility, teamId: teamA, concerns: { organizationIds: [organizationId] } },
      })
    ).createActivity.id;
  /** Lets the last subscriptions a test closed or refused leave, or their events come. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

  it('should tell a subscriber of a record created by another user, with who made it', async () => {
    const received = connect({ token: users.mate }).subscribe<Event>(RECORD_CHANGED, { kinds: ['ORGANIZATION'] });
    await subscribed(1);
    const id = await createOrganization('Universitat de València');
    const [event] = await received.atLeast(1);
    expect(event).toMatchObject({
      kind: 'ORGANIZATION',
      recordType: 'Organization',
      recordId: id,
      action: 'CREATE',
      actor: { name: 'Ada Author' },
    });
    expect(event.changeId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should keep a private or team record’s changes from subscribers of another team, and tell its team', async () => {
    const organizationId = await createOrganization('Observatoire de Paris');
    const outsider = connect({ token: users.outsider }).subscribe<Event>(RECORD_CHANGED, { kinds: ['ACTIVITY'] });
    const reader = connect({ token: users.reader }).subscribe<Event>(TIMELINE_CHANGED, { recordId: organizationId });
    const mate = connect({ token: users.mate }).subscribe<Event>(RECORD_CHANGED, { kinds: ['ACTIVITY'] });
    await subscribed(3);
    const hidden = await createActivity('Private call', 'PRIVATE', organizationId);
    const team = await createActivity('Team meeting', 'TEAM', organizationId);
    const open = await createActivity('Open day', 'EVERYONE', organizationId);

    // Changes come in commit order: once the last one has arrived, the earlier ones would have.
    const records = (events: Event[]) => [...new Set(events.map((event) => event.recordId))];
    const isOpen = (event: Event) => event.recordId === open;
    expect(records(await outsider.until(isOpen))).toEqual([open]);
    expect(records(await mate.until(isOpen))).toEqual([team, open]);
    // The reader's timeline of the organization: the link to the open activity only.
    await reader.atLeast(1);
    await settle();
    expect(reader.events.map((event) => event.action)).toEqual(['LINK']);
    expect(records(outsider.events)).not.toContain(hidden);
  });

  it('should refuse a connection without credentials, with a wrong token, or with a cookie from another site', async () => {
    expect(await connect({}).closed).toBe(4403);
    expect(await connect({ token: 'lia_not-a-token' }).closed).toBe(4403);
    const browser = await signedInBrowser(url);
    const session = browser.cookie(url, 'liaison_session')!;
    expect(session).toBeTruthy();
    const cookie = `liaison_session=${session}`;
    expect(await connect({ cookie, origin: 'https://evil.example' }).closed).toBe(4403);
    expect(await connect({ cookie }).closed).toBe(4403);

    const fromApp = connect({ cookie, origin: url }).subscribe<Event>(RECORD_CHANGED, { kinds: ['ORGANIZATION'] });
    await subscribed(1);
    const id = await createOrganization('Same-origin Institute');
    expect((await fromApp.atLeast(1))[0].recordId).toBe(id);
  });

  it('should close a connection once its session has ended, and start over when the viewer’s teams change', async () => {
    const browser = await signedInBrowser(url);
    const socket = connect({ cookie: `liaison_session=${browser.cookie(url, 'liaison_session')}`, origin: url });
    socket.subscribe<Event>(RECORD_CHANGED, {});
    await subscribed(1);
    const out = await browser.request(`${url}/auth/logout`, {
      method: 'POST',
      headers: { origin: url, accept: 'application/json' },
    });
    expect(out.status).toBe(200);
    expect(await socket.closed).toBe(4403);
    await subscribed(0);

    const { user, token } = await createUser(db.dataSource);
    const moved = connect({ token });
    moved.subscribe<Event>(RECORD_CHANGED, {});
    await subscribed(1);
    await db.dataSource.manager.save(db.dataSource.manager.create(TeamMembership, { teamId: teamA, userId: user.id }));
    expect(await moved.closed).toBe(1012);
  });

  it('should refuse a query over WebSocket and a cursor that is not a change', async () => {
    const client = connect({ token: users.mate });
    const query = client.subscribe<Event>('{ me { id } }');
    expect(JSON.stringify(await query.error())).toContain('Only subscriptions go over WebSocket');
    const unknown = client.subscribe<Event>(RECORD_CHANGED, { after: '00000000-0000-4000-8000-000000000000' });
    expect(JSON.stringify(await unknown.error())).toContain('after is not a change you may see');
  });

  it('should give a subscriber who comes back with `after` what it missed, in order and once, then live changes', async () => {
    const first = connect({ token: users.mate });
    const before = first.subscribe<Event>(RECORD_CHANGED, { kinds: ['ORGANIZATION'] });
    await subscribed(1);
    await createOrganization('Seen before leaving');
    const [last] = await before.atLeast(1);
    await first.dispose();

    const missed = [await createOrganization('Missed one'), await createOrganization('Missed two')];
    const back = connect({ token: users.mate }).subscribe<Event>(RECORD_CHANGED, {
      kinds: ['ORGANIZATION'],
      after: last.changeId,
    });
    await back.atLeast(2);
    const live = await createOrganization('Live again');
    await back.atLeast(3);
    await settle();
    expect(back.events.map((event) => event.recordId)).toEqual([...missed, live]);
    expect(new Set(back.events.map((event) => event.changeId)).size).toBe(3);
  });

  it('should replay a long absence page by page and hand over to live changes made meanwhile, each once, in order', async () => {
    const recordId = randomUUID();
    const write = (count: number) =>
      db.dataSource.transaction((manager) =>
        recordChanges(
          manager,
          { userId: null, requestId: 'test' },
          Array.from({ length: count }, (_, index) => ({
            recordType: 'Organization',
            recordId,
            action: 'update' as const,
            diff: { name: { before: index, after: index + 1 } },
          })),
        ),
      );
    const [cursor] = await write(1);
    await write(1_200);
    const back = connect({ token: users.mate }).subscribe<Event>(TIMELINE_CHANGED, { recordId, after: cursor.id });
    await write(300);
    await back.atLeast(1_500, 20_000);
    await settle();
    const stored = await db.dataSource.query<{ id: string }[]>(
      'SELECT id FROM changes WHERE record_id = $1 AND id <> $2 ORDER BY at, id',
      [recordId, cursor.id],
    );
    expect(back.events.map((event) => event.changeId)).toEqual(stored.map((row) => row.id));
  }, 30_000);

  it('should tell and replay a timeline’s linked activities, only those the subscriber may see', async () => {
    const organizationId = await createOrganization('Replayed Org');
    const hidden = await createActivity('Hidden again', 'PRIVATE', organizationId);
    const shown = await createActivity('Shown again', 'EVERYONE', organizationId);
    const watcher = connect({ token: users.outsider });
    const live = watcher.subscribe<Event>(TIMELINE_CHANGED, { recordId: organizationId });
    await subscribed(1);
    const rename = (id: string, subject: string) =>
      ok(url, users.author, `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }`, {
        input: { id, version: 1, subject },
      });
    await rename(hidden, 'Hidden, renamed');
    await rename(shown, 'Shown, renamed');
    const [seen] = await live.atLeast(1);
    expect(seen).toMatchObject({ recordId: shown, action: 'UPDATE' });
    await watcher.dispose();

    const later = await createActivity('Shown later', 'EVERYONE', organizationId);
    await createActivity('Hidden later', 'TEAM', organizationId);
    await rename(later, 'Shown later, renamed');
    const back = connect({ token: users.outsider }).subscribe<Event>(TIMELINE_CHANGED, {
      recordId: organizationId,
      after: seen.changeId,
    });
    await back.until((event) => event.recordId === later && event.action === 'UPDATE');
    await settle();
    expect(new Set(back.events.map((event) => event.recordId))).toEqual(new Set([organizationId, later]));
  });

  it('should tell, once the instance listens again, a change committed while its LISTEN connection was lost', async () => {
    const received = connect({ token: users.mate }).subscribe<Event>(RECORD_CHANGED, { kinds: ['ORGANIZATION'] });
    await subscribed(1);
    const before = await createOrganization('Before the cut');
    await received.until((event) => event.recordId === before);
    if (onPostgres) {
      const [cut] = await db.dataSource.query<{ done: boolean }[]>(
        `SELECT bool_and(pg_terminate_backend(pid)) AS done FROM pg_stat_activity
         WHERE application_name = 'liaison-live' AND datname = current_database()`,
      );
      expect(cut.done).toBe(true);
    }
    const during = await createOrganization('During the cut');
    await received.until((event) => event.recordId === during, 10_000);
    const after = await createOrganization('After the cut');
    await received.until((event) => event.recordId === after, 10_000);
    await settle();
    expect(received.events.map((event) => event.recordId)).toEqual([before, during, after]);
  });

  it('should bring a change made through one instance to a subscriber of another', async () => {
    // On PostgreSQL a second instance with its own connections; the embedded database has one instance.
    const secondDb: TestDatabase = onPostgres
      ? { ...db, dataSource: createAppDataSource({ url: db.url, poolSize: 2 }), drop: async () => {} }
      : db;
    if (onPostgres) await secondDb.dataSource.initialize();
    const second = onPostgres ? await startTestServer(secondDb, { live: true }) : server;
    try {
      const received = connect({ token: users.mate }, second.url).subscribe<Event>(RECORD_CHANGED, {
        kinds: ['ORGANIZATION'],
      });
      await subscribed(1, secondDb.dataSource);
      const id = await createOrganization('Across instances');
      expect((await received.atLeast(1)).map((event) => event.recordId)).toEqual([id]);
      expect(second.url === url).toBe(!onPostgres);
    } finally {
      if (onPostgres) {
        await Promise.all(clients.splice(0).map((client) => client.dispose()));
        await second.stop();
        await secondDb.dataSource.destroy();
      }
    }
  });
});

describe('live updates through Redis', () => {
  const redis = { url: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', channel: `liaison-test:${process.pid}` };
  let db: TestDatabase;
  let secondDb: TestDatabase;
  let first: TestServer;
  let second: TestServer;
  let client: LiveClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Two instances on one database, told of each other's changes by Redis alone.
    secondDb = onPostgres
      ? { ...db, dataSource: createAppDataSource({ url: db.url, poolSize: 2 }), drop: async () => {} }
      : db;
    if (onPostgres) await secondDb.dataSource.initialize();
    first = await startTestServer(db, { live: { redis } });
    second = onPostgres ? await startTestServer(secondDb, { live: { redis } }) : first;
  });
  afterAll(async () => {
    await client?.dispose();
    if (second !== first) await second.stop();
    await first.stop();
    if (secondDb !== db) await secondDb.dataSource.destroy();
    await db.drop();
  });

  it('should bring a change to the subscribers of every instance, only those who may see it', async () => {
    const teamA = (await createTeam(db.dataSource)).id;
    const teamB = (await createTeam(db.dataSource)).id;
    const author = (await createUser(db.dataSource, { teamIds: [teamA] })).token;
    const outsider = (await createUser(db.dataSource, { teamIds: [teamB] })).token;
    client = liveClient(second.url, { token: outsider });
    const received = client.subscribe<Event>(RECORD_CHANGED, { kinds: ['ACTIVITY', 'ORGANIZATION'] });
    await subscriptionsOpen(second === first ? db.dataSource : secondDb.dataSource, 1);
    const create = (visibility: string) =>
      ok<{ createActivity: { id: string } }>(first.url, author, CREATE_ACTIVITY, {
        input: { kind: 'CALL', subject: `A ${visibility} call`, visibility, teamId: teamA },
      });
    const hidden = (await create('TEAM')).createActivity.id;
    const organization = await ok<{ createOrganization: { id: string } }>(first.url, author, CREATE_ORGANIZATION, {
      name: 'Through Redis',
    });
    const events = await received.until((event) => event.recordId === organization.createOrganization.id);
    expect(events.map((event) => event.recordId)).not.toContain(hidden);
    expect(events.map((event) => event.action)).toEqual(['CREATE']);
  });
});
