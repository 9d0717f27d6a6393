import { TOPICS } from './demo-catalog';
import { DAY, HISTORY_START, REFERENCE_DATE, isoDate, isoTime } from './demo-random';
import { OUTREACH, PARTNERSHIP, type DemoPipeline, type DemoStage } from './demo-pipelines';
import { ChunkBuffer, OWNED_COLUMNS, userOf, type DemoWorld, type TableChunk } from './demo-world';

const OPPORTUNITIES_PER_SCALE = 60;
/** Every third opportunity is a partnership; the others are outreach engagements. */
const PARTNERSHIP_EVERY = 3;

const COLUMNS = [
  ...OWNED_COLUMNS,
  'visibility',
  'title',
  'pipeline_id',
  'stage_id',
  'organization_id',
  'project_id',
  'expected_value',
  'expected_date',
  'next_step',
  'lost_reason',
  'stage_entered_at',
];
const CONTACT_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'created_by_id',
  'updated_by_id',
  'version',
  'opportunity_id',
  'contact_id',
  'role',
];
const CHANGE_COLUMNS = [
  'id',
  'opportunity_id',
  'from_stage_id',
  'to_stage_id',
  'changed_at',
  'changed_by_id',
  'reason',
  'cause',
];

const NEXT_STEPS = [
  'Send the onboarding guide',
  'Schedule a technical call',
  'Invite to the next training webinar',
  'Share the service catalogue',
  'Prepare the resource request',
  'Follow up on the pilot results',
  'Draft the collaboration agreement',
];
const LOST_REASONS = [
  'No funding this year',
  'Chose a commercial cloud',
  'No answer after three reminders',
  'Needs covered nationally',
];
const ROLES = ['champion', 'decision maker', 'technical contact', 'community manager'];

/**
 * How far opportunity `n` got: the stages it went through, decided by `n` alone, so that the
 * counts are known ahead. Most are still open, some established or agreed, some lost on the way.
 */
function pathOf(n: number, pipeline: DemoPipeline): DemoStage[] {
  // Partnerships are every third opportunity: count them among themselves.
  const k = pipeline === PARTNERSHIP ? Math.floor(n / PARTNERSHIP_EVERY) : n;
  const open = pipeline.stages.filter((stage) => stage.kind === 'open');
  const won = pipeline.stages.find((stage) => stage.kind === 'won')!;
  const lost = pipeline.stages.find((stage) => stage.kind === 'lost')!;
  const fate = (k * 7) % 10;
  if (fate < 6) return open.slice(0, 1 + (k % open.length));
  if (fate < 8) return [...open, won];
  return [...open.slice(0, 1 + (k % (open.length - 1))), lost];
}

const pipelineOf = (n: number) => (n % PARTNERSHIP_EVERY === 0 ? PARTNERSHIP : OUTREACH);

/** Engagements and partnerships of organizations, each with its contact and its stage history over three years. */
export function* generateOpportunities(world: DemoWorld): Generator<TableChunk> {
  const r = world.random;
  const o = world.orgs;
  const out = new ChunkBuffer([
    ['opportunities', COLUMNS],
    ['opportunity_contacts', CONTACT_COLUMNS],
    ['stage_changes', CHANGE_COLUMNS],
  ]);
  const withContacts = world.ids.organizations.map((_, index) => index).filter((index) => o.contacts[index].length > 0);
  const total = OPPORTUNITIES_PER_SCALE * world.scale;
  for (let n = 0; n < total; n++) {
    const pipeline = pipelineOf(n);
    const path = pathOf(n, pipeline);
    const org = r.pick(withContacts);
    const team = o.team[org];
    const owner = userOf(world, team);
    const topic = r.pick(TOPICS);
    // Each stage lasts one to twelve weeks, ending before the reference date.
    const gaps = path.slice(1).map(() => r.int(7, 84) * DAY);
    const span = gaps.reduce((sum, gap) => sum + gap, 0);
    let at = r.time(HISTORY_START, REFERENCE_DATE - span - DAY);
    const id = r.uuid();
    const final = path.at(-1)!;
    const times: number[] = [];
    const lostReason = final.kind === 'lost' ? r.pick(LOST_REASONS) : null;
    for (const [step, stage] of path.entries()) {
      if (step > 0) at += gaps[step - 1];
      times.push(at);
      out.push('stage_changes', [
        r.uuid(),
        id,
        step > 0 ? path[step - 1].id : null,
        stage.id,
        isoTime(at),
        owner,
        stage.kind === 'lost' ? lostReason : null,
        step === 0 ? 'create' : 'manual',
      ]);
    }
    const projects = o.projects[org];
    const projectIndex = projects.length && r.chance(0.3) ? r.pick(projects) : null;
    const closed = final.kind !== 'open';
    out.push('opportunities', [
      id,
      isoTime(times[0]),
      isoTime(times.at(-1)!),
      owner,
      owner,
      path.length,
      owner,
      world.ids.teams[team],
      r.chance(0.85) ? 'everyone' : 'team',
      pipeline === OUTREACH ? `${o.name[org]}: ${topic} onboarding` : `${o.name[org]} partnership on ${topic}`,
      pipeline.id,
      final.id,
      world.ids.organizations[org],
      projectIndex === null ? null : world.ids.projects[projectIndex],
      pipeline.unit === 'money' ? r.int(2, 60) * 5000 : r.int(5, 250),
      closed ? isoDate(times.at(-1)!) : isoDate(times.at(-1)! + r.int(30, 240) * DAY),
      closed ? null : r.pick(NEXT_STEPS),
      lostReason,
      isoTime(times.at(-1)!),
    ]);
    out.push('opportunity_contacts', [
      r.uuid(),
      isoTime(times[0]),
      isoTime(times[0]),
      owner,
      owner,
      1,
      id,
      world.ids.contacts[r.pick(o.contacts[org])],
      r.pick(ROLES),
    ]);
    if (out.full) yield* out.flush();
  }
  yield* out.flush();
}

export function opportunityCounts(scale: number): Record<string, number> {
  const total = OPPORTUNITIES_PER_SCALE * scale;
  let changes = 0;
  for (let n = 0; n < total; n++) changes += pathOf(n, pipelineOf(n)).length;
  return { opportunities: total, opportunity_contacts: total, stage_changes: changes };
}
