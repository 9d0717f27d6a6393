import ICAL from 'ical.js';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { Activity } from '../activity/activity.entity';
import { ActivityUser } from '../activity/activity-participant.entity';
import { foldLine, icalText } from './icalendar';

const RANGE = `query($filter: ActivityFilter) {
  activities(filter: $filter, first: 500) { nodes { subject } }
}`;

const LONG_SUBJECT = 'Réunion de coordination: «données ouvertes», budget; suivi — ' + 'é'.repeat(40);

describe('calendar: the range query and the .ics export', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let owner: { id: string; token: string };
  let teammate: string;
  let outsider: string;
  let admin: string;
  let viewer: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    const m = db.dataSource.manager;
    const teamA = (await createTeam(db.dataSource, { name: 'Alpha' })).id;
    const teamB = (await createTeam(db.dataSource, { name: 'Beta' })).id;
    const o = await createUser(db.dataSource, { role: 'editor', teamIds: [teamA] });
    owner = { id: o.user.id, token: o.token };
    const t = await createUser(db.dataSource, { role: 'editor', teamIds: [teamA] });
    teammate = t.user.id;
    const x = await createUser(db.dataSource, { role: 'editor', teamIds: [teamB] });
    outsider = x.user.id;
    admin = (await createUser(db.dataSource, { role: 'admin' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer', teamIds: [teamA] })).token;

    const activity = (values: Partial<Activity>) =>
      m.save(m.create(Activity, { kind: 'call', status: 'planned', visibility: 'everyone', ...values }));
    await activity({
      kind: 'meeting',
      subject: LONG_SUBJECT,
      description: 'Agenda:\n1. money, time; people\\places',
      location: 'Room 4, Building B',
      startsAt: new Date('2031-03-10T09:00:00Z'),
      endsAt: new Date('2031-03-10T10:30:00Z'),
      ownerId: owner.id,
      teamId: teamA,
    });
    await activity({
      kind: 'todo',
      subject: 'Send the minutes',
      status: 'done',
      dueAt: new Date('2031-03-12T17:00:00Z'),
      ownerId: owner.id,
    });
    await activity({ kind: 'event', subject: 'Open day', dueAt: new Date('2031-03-20T00:00:00Z'), ownerId: owner.id });
    await activity({ subject: 'Too late', startsAt: new Date('2031-04-01T00:00:00Z'), ownerId: owner.id });
    await activity({
      kind: 'email',
      subject: 'Not a calendar kind',
      startsAt: new Date('2031-03-11T08:00:00Z'),
      ownerId: owner.id,
    });
    await activity({
      subject: 'Teammate call',
      startsAt: new Date('2031-03-11T14:00:00Z'),
      ownerId: teammate,
      visibility: 'team',
      teamId: teamA,
    });
    await activity({ subject: 'Outsider call', startsAt: new Date('2031-03-13T14:00:00Z'), ownerId: outsider });
    const hidden = await activity({
      subject: 'Hidden private call',
      startsAt: new Date('2031-03-14T14:00:00Z'),
      ownerId: outsider,
      visibility: 'private',
    });
    // The owner takes part in the outsider's private call, yet may not see it.
    await m.save(m.create(ActivityUser, { activityId: hidden.id, userId: owner.id }));
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const subjects = async (filter: Record<string, unknown>, token = owner.token) =>
    (await ok<{ activities: { nodes: { subject: string }[] } }>(url, token, RANGE, { filter })).activities.nodes
      .map((n) => n.subject)
      .sort();
  const march = {
    from: '2031-03-01T00:00:00Z',
    to: '2031-04-01T00:00:00Z',
    kinds: ['CALL', 'MEETING', 'EVENT', 'TODO'],
  };

  it('should list a range of calendar kinds for me, my team and everyone, hidden ones left out', async () => {
    expect(await subjects({ ...march, mine: true })).toEqual([LONG_SUBJECT, 'Open day', 'Send the minutes'].sort());
    expect(await subjects({ ...march, myTeams: true })).toEqual(
      [LONG_SUBJECT, 'Open day', 'Send the minutes', 'Teammate call'].sort(),
    );
    expect(await subjects(march)).toEqual(
      [LONG_SUBJECT, 'Open day', 'Outsider call', 'Send the minutes', 'Teammate call'].sort(),
    );
    expect(await subjects({ ...march, kinds: ['TODO'] })).toEqual(['Send the minutes']);
    expect(await subjects(march, admin)).toContain('Hidden private call');
  });

  it('should answer the range query in one SQL statement', async () => {
    const statements = async (query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
        body: JSON.stringify({ query, variables }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      return Number(response.headers.get('x-sql-statements'));
    };
    await statements('{ __typename }');
    const baseline = await statements('{ __typename }');
    expect(await statements(RANGE, { filter: { ...march, myTeams: true } })).toBe(baseline + 1);
  });

  const ics = (query: string, headers: Record<string, string> = { authorization: `Bearer ${owner.token}` }) =>
    fetch(`${url}/calendar.ics${query}`, { headers });

  it("should export one's own activities as valid iCalendar, the hidden one never", async () => {
    const response = await ics('?from=2031-03-01&to=2031-04-01');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('.ics');
    const text = await response.text();
    // CRLF everywhere, no line over 75 octets.
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(text).not.toContain('Hidden private call');

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent');
    const todos = calendar.getAllSubcomponents('vtodo');
    expect(events.map((e) => e.getFirstPropertyValue('summary')).sort()).toEqual([LONG_SUBJECT, 'Open day'].sort());

    const meeting = events.find((e) => e.getFirstPropertyValue('summary') === LONG_SUBJECT)!;
    expect(meeting.getFirstPropertyValue('description')).toBe('Agenda:\n1. money, time; people\\places');
    expect(meeting.getFirstPropertyValue('location')).toBe('Room 4, Building B');
    expect((meeting.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2031-03-10T09:00:00.000Z',
    );
    expect((meeting.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2031-03-10T10:30:00.000Z',
    );
    expect(meeting.getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(meeting.getFirstPropertyValue('uid')).toMatch(/^activity-[0-9a-f-]{36}@liaison$/);

    const openDay = events.find((e) => e.getFirstPropertyValue('summary') === 'Open day')!;
    const day = openDay.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect([day.isDate, day.toString()]).toEqual([true, '2031-03-20']);

    expect(todos).toHaveLength(1);
    expect(todos[0].getFirstPropertyValue('summary')).toBe('Send the minutes');
    expect(todos[0].getFirstPropertyValue('status')).toBe('COMPLETED');
    expect((todos[0].getFirstPropertyValue('due') as ICAL.Time).toJSDate().toISOString()).toBe(
      '2031-03-12T17:00:00.000Z',
    );

    // The same activity keeps its UID from one export to the next.
    const again = await (await ics('?from=2031-03-01&to=2031-04-01')).text();
    expect(again).toBe(text);
  });

  it('should let the owner reschedule with the version shown, and refuse a stale version and a viewer', async () => {
    const [todo] = (
      await ok<{ activities: { nodes: { id: string; version: number }[] } }>(
        url,
        owner.token,
        `query($filter: ActivityFilter) { activities(filter: $filter) { nodes { id version } } }`,
        { filter: { ...march, kinds: ['TODO'] } },
      )
    ).activities.nodes;
    const RESCHEDULE = `mutation($input: UpdateActivityInput!) { updateActivity(input: $input) { version dueAt } }`;
    const moved = { id: todo.id, version: todo.version, dueAt: '2031-03-13T17:00:00.000Z' };
    expect((await failure(url, viewer, RESCHEDULE, { input: moved })).code).toBe('FORBIDDEN');
    const saved = await ok<{ updateActivity: { version: number; dueAt: string } }>(url, owner.token, RESCHEDULE, {
      input: moved,
    });
    expect(saved.updateActivity).toEqual({ version: todo.version + 1, dueAt: '2031-03-13T17:00:00.000Z' });
    expect((await failure(url, owner.token, RESCHEDULE, { input: moved })).code).toBe('CONFLICT');
  });

  it('should refuse a bad range or no credentials', async () => {
    expect((await ics('?from=2031-03-01', {})).status).toBe(401);
    for (const query of ['?from=yesterday', '?from=2031-03-01&to=2031-02-01', '?from=2020-01-01&to=2031-01-01']) {
      const response = await ics(query);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
    }
  });

  it('should escape text and fold long lines on character boundaries', () => {
    expect(icalText('a,b;c\\d\r\ne\nf\u0001')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    const folded = foldLine(`SUMMARY:${'€'.repeat(40)}`);
    const parts = folded.split('\r\n');
    expect(parts.every((part) => Buffer.byteLength(part) <= 75)).toBe(true);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(parts.map((part, i) => (i ? part.slice(1) : part)).join('')).toBe(`SUMMARY:${'€'.repeat(40)}`);
  });
});
