/**
 * The built-in reports: presets of the same spec any client may send, written as the variables
 * of `report(spec:)` (GraphQL enum names, ISO dates). Periods are relative to `now`.
 *
 * The funnel of a pipeline is a report over `STAGE_ENTRY` (each stage each opportunity entered)
 * grouped by stage: COUNT is how many entered, AVG of `advanced` the share that went further,
 * MEDIAN of `daysInStage` the time they spent there; each row drills into the opportunities
 * that entered that stage.
 */
import type { DataSource } from 'typeorm';

/** The pipelines every database starts with, by id, when they are still there under their names. */
export interface DefaultPipelines {
  outreach?: string;
  partnership?: string;
}

export async function defaultPipelines(dataSource: DataSource): Promise<DefaultPipelines> {
  const rows: { id: string; name: string }[] = await dataSource.query(
    `SELECT id, lower(name) AS name FROM pipelines WHERE lower(name) IN ('outreach', 'partnership')`,
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.id]));
}

export interface BuiltInReport {
  id: string;
  title: string;
  description: string;
  /** How it shows best: bar, stacked, line, area, pie, funnel, heatmap, number, table or pivot. */
  chart: string;
  spec: Record<string, unknown>;
}

type Spec = Record<string, unknown>;

/** The first instant (UTC) of the quarter `offset` quarters from the one holding `now`. */
function quarterStart(now: Date, offset = 0): Date {
  const quarter = Math.floor(now.getUTCMonth() / 3) + offset;
  return new Date(Date.UTC(now.getUTCFullYear(), quarter * 3, 1));
}

function monthsBack(now: Date, months: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
}

const nextMonth = (now: Date) => monthsBack(now, -1);

const OPEN_TODOS = { kinds: ['TODO'], statuses: ['PLANNED'] };
const COUNT = { function: 'COUNT' };

/** One figure recorded this month, beside the month before. */
function recordedThisMonth(kind: 'ACTIVITY' | 'DOCUMENT' | 'NEED' | 'CONTACT', now: Date): Spec {
  return {
    kind,
    groupBy: [],
    period: {
      field: 'createdAt',
      from: monthsBack(now, 0).toISOString(),
      to: nextMonth(now).toISOString(),
      compareWithPrevious: true,
    },
  };
}

function recording(kind: 'ACTIVITY' | 'DOCUMENT', now: Date): Spec {
  return {
    kind,
    groupBy: [{ field: 'team' }, { field: 'createdAt', bucket: 'MONTH' }],
    measures: [COUNT, { function: 'COUNT', perTeamMember: true }],
    period: { field: 'createdAt', from: monthsBack(now, 11).toISOString(), to: nextMonth(now).toISOString() },
    limit: 500,
  };
}

/** Project tasks still to do, per assignee or per team of their project, overdue first. */
function workloadOfTasks(by: 'assignee' | 'team'): Spec {
  return {
    kind: 'PROJECT_TASK',
    projectTaskFilter: { open: true },
    groupBy: [{ field: by }, { field: 'overdue' }],
    orderBy: [
      { dimension: 1, direction: 'DESC' },
      { measure: 0, direction: 'DESC' },
    ],
  };
}

/** How many entered each stage, the share that went further, the median and mean days spent there. */
const FUNNEL_MEASURES = [
  COUNT,
  { function: 'AVG', field: 'advanced' },
  { function: 'MEDIAN', field: 'daysInStage' },
  { function: 'AVG', field: 'daysInStage' },
];

/** The induction funnel of the outreach pipeline, grouped by stage and maybe one more dimension. */
function induction(pipelines: DefaultPipelines, more: Spec[] = [], rest: Spec = {}): Spec {
  return {
    kind: 'STAGE_ENTRY',
    ...(pipelines.outreach ? { opportunityFilter: { entered: { pipelineId: pipelines.outreach } } } : {}),
    groupBy: [{ field: 'stage' }, ...more],
    measures: FUNNEL_MEASURES,
    limit: 500,
    ...rest,
  };
}

export function builtInReports(now = new Date(), pipelines: DefaultPipelines = {}): BuiltInReport[] {
  const thisQuarter = { from: quarterStart(now).toISOString(), to: quarterStart(now, 1).toISOString() };
  const open = { open: true };
  return [
    {
      id: 'recording-activities',
      title: 'Activities recorded per team and month',
      description: 'Activities recorded in the last 12 months, per team (NGI), absolute and per team member.',
      chart: 'stacked',
      spec: recording('ACTIVITY', now),
    },
    {
      id: 'recording-documents',
      title: 'Documents recorded per team and month',
      description: 'Documents recorded in the last 12 months, per team, absolute and per team member.',
      chart: 'stacked',
      spec: recording('DOCUMENT', now),
    },
    {
      id: 'recording-trend',
      title: 'Recording this quarter against the last',
      description: 'Activities recorded per team this quarter, beside the quarter before: the trend.',
      chart: 'bar',
      spec: {
        kind: 'ACTIVITY',
        groupBy: [{ field: 'team' }],
        measures: [COUNT, { function: 'COUNT', perTeamMember: true }],
        period: { field: 'createdAt', ...thisQuarter, compareWithPrevious: true },
      },
    },
    {
      id: 'recording-users',
      title: 'Activities recorded per user and week',
      description: 'Who recorded how much this quarter, week by week.',
      chart: 'heatmap',
      spec: {
        kind: 'ACTIVITY',
        groupBy: [{ field: 'owner' }, { field: 'createdAt', bucket: 'WEEK' }],
        period: { field: 'createdAt', ...thisQuarter },
        limit: 2000,
      },
    },
    {
      id: 'needs-category-status',
      title: 'Open needs by category and status',
      description: 'Needs still to be met, per category, split by status.',
      chart: 'stacked',
      spec: { kind: 'NEED', needFilter: open, groupBy: [{ field: 'category' }, { field: 'status' }], pivot: 1 },
    },
    {
      id: 'needs-country',
      title: 'Open needs by country',
      description: 'Needs of organizations still to be met, per country, with their average age in days.',
      chart: 'bar',
      spec: {
        kind: 'NEED',
        needFilter: open,
        groupBy: [{ field: 'organization.country' }],
        measures: [COUNT, { function: 'AVG', field: 'ageDays' }],
        orderBy: [{ measure: 0, direction: 'DESC' }],
      },
    },
    {
      id: 'needs-organization-kind',
      title: 'Open needs by kind of organization, and their age',
      description: 'Needs still to be met per kind of organization: how many, their average and greatest age in days.',
      chart: 'bar',
      spec: {
        kind: 'NEED',
        needFilter: open,
        groupBy: [{ field: 'organization.kind' }],
        measures: [COUNT, { function: 'AVG', field: 'ageDays' }, { function: 'MAX', field: 'ageDays' }],
      },
    },
    {
      id: 'coverage-organizations',
      title: 'Organizations per country and kind',
      description: 'Where we know organizations, and of which kind.',
      chart: 'stacked',
      spec: { kind: 'ORGANIZATION', groupBy: [{ field: 'country' }, { field: 'kind' }], pivot: 1, limit: 2000 },
    },
    {
      id: 'coverage-contacts',
      title: 'Contacts per country and kind of organization',
      description:
        'Contacts by their country and the kind of organization they work at (a contact counts once per kind).',
      chart: 'stacked',
      spec: { kind: 'CONTACT', groupBy: [{ field: 'country' }, { field: 'organization.kind' }], pivot: 1, limit: 2000 },
    },
    {
      id: 'coverage-consent',
      title: 'Contacts with a recorded consent',
      description: 'How many contacts have a legal basis recorded, per basis.',
      chart: 'pie',
      spec: { kind: 'CONTACT', groupBy: [{ field: 'consentBasis' }] },
    },
    {
      id: 'participation-organizations',
      title: 'Organizations per project role and status',
      description: 'Organizations taking part in projects, per role and project status.',
      chart: 'stacked',
      spec: { kind: 'ORGANIZATION', groupBy: [{ field: 'project.role' }, { field: 'project.status' }], pivot: 1 },
    },
    {
      id: 'participation-contacts',
      title: 'Contacts per project role and status',
      description: 'Contacts taking part in projects, per role and project status.',
      chart: 'stacked',
      spec: { kind: 'CONTACT', groupBy: [{ field: 'project.role' }, { field: 'project.status' }], pivot: 1 },
    },
    {
      id: 'workload-users',
      title: 'Open to-dos per user, overdue first',
      description: 'Planned to-dos per owner, the overdue ones first.',
      chart: 'stacked',
      spec: {
        kind: 'ACTIVITY',
        activityFilter: OPEN_TODOS,
        groupBy: [{ field: 'owner' }, { field: 'overdue' }],
        orderBy: [
          { dimension: 1, direction: 'DESC' },
          { measure: 0, direction: 'DESC' },
        ],
      },
    },
    {
      id: 'workload-teams',
      title: 'Open to-dos per team, overdue first',
      description: 'Planned to-dos per team, the overdue ones first.',
      chart: 'stacked',
      spec: {
        kind: 'ACTIVITY',
        activityFilter: OPEN_TODOS,
        groupBy: [{ field: 'team' }, { field: 'overdue' }],
        orderBy: [
          { dimension: 1, direction: 'DESC' },
          { measure: 0, direction: 'DESC' },
        ],
      },
    },
    {
      id: 'workload-tasks-users',
      title: 'Open project tasks per assignee, overdue first',
      description: 'Project tasks still to do (open or in progress) per assignee, the overdue ones first.',
      chart: 'stacked',
      spec: workloadOfTasks('assignee'),
    },
    {
      id: 'workload-tasks-teams',
      title: 'Open project tasks per team, overdue first',
      description: 'Project tasks still to do per team of their project, the overdue ones first.',
      chart: 'stacked',
      spec: workloadOfTasks('team'),
    },
    {
      id: 'overlaps',
      title: 'Organizations worked by two teams in the same month',
      description:
        'Organizations that activities of two teams or more concerned in the same month, in the last 12 months.',
      chart: 'table',
      spec: {
        kind: 'ACTIVITY',
        groupBy: [{ field: 'organization' }, { field: 'happensAt', bucket: 'MONTH' }],
        measures: [{ function: 'COUNT_DISTINCT', field: 'team', minimum: 2 }, COUNT],
        period: { field: 'happensAt', from: monthsBack(now, 11).toISOString(), to: nextMonth(now).toISOString() },
        orderBy: [
          { measure: 0, direction: 'DESC' },
          { dimension: 1, direction: 'DESC' },
        ],
        limit: 500,
      },
    },
    {
      id: 'activities-recorded',
      title: 'Activities recorded',
      description: 'Activities recorded this month, beside the month before.',
      chart: 'number',
      spec: recordedThisMonth('ACTIVITY', now),
    },
    {
      id: 'documents-recorded',
      title: 'Documents recorded',
      description: 'Documents recorded this month, beside the month before.',
      chart: 'number',
      spec: recordedThisMonth('DOCUMENT', now),
    },
    {
      id: 'needs-recorded',
      title: 'Needs recorded',
      description: 'Needs recorded this month, beside the month before.',
      chart: 'number',
      spec: recordedThisMonth('NEED', now),
    },
    {
      id: 'contacts-recorded',
      title: 'Contacts recorded',
      description: 'Contacts recorded this month, beside the month before.',
      chart: 'number',
      spec: recordedThisMonth('CONTACT', now),
    },
    {
      id: 'induction-effectiveness',
      title: 'Induction effectiveness',
      description:
        'Outreach: how many engagements entered each stage, the share that went on further (%), and the median and average days spent there.',
      chart: 'funnel',
      spec: induction(pipelines),
    },
    {
      id: 'induction-teams',
      title: 'Induction effectiveness per team',
      description: 'The outreach funnel of each team: entries per stage, conversion and time in stage.',
      chart: 'stacked',
      spec: induction(pipelines, [{ field: 'team' }]),
    },
    {
      id: 'induction-quarters',
      title: 'Induction effectiveness per quarter',
      description:
        'Cohorts: the outreach funnel of the engagements recorded in each quarter of the last two years, with conversion and time in stage.',
      chart: 'stacked',
      spec: induction(pipelines, [{ field: 'createdAt', bucket: 'QUARTER' }], {
        period: {
          field: 'createdAt',
          from: quarterStart(now, -7).toISOString(),
          to: quarterStart(now, 1).toISOString(),
        },
      }),
    },
    {
      id: 'pipeline-value',
      title: 'Pipeline',
      description:
        'Open opportunities: their expected value (in each pipeline’s unit) by stage and month they are expected to close, this quarter and the next four.',
      chart: 'stacked',
      spec: {
        kind: 'OPPORTUNITY',
        opportunityFilter: { stageKinds: ['OPEN'] },
        groupBy: [{ field: 'stage' }, { field: 'expectedDate', bucket: 'MONTH' }],
        measures: [{ function: 'SUM', field: 'expectedValue' }, COUNT],
        period: {
          field: 'expectedDate',
          from: quarterStart(now).toISOString(),
          to: quarterStart(now, 5).toISOString(),
        },
        limit: 500,
      },
    },
    {
      id: 'pipeline-outcomes',
      title: 'Won and lost, with reasons',
      description: 'Opportunities that ended, per pipeline: won, or lost and why.',
      chart: 'table',
      spec: {
        kind: 'OPPORTUNITY',
        opportunityFilter: { stageKinds: ['WON', 'LOST'] },
        groupBy: [{ field: 'pipeline' }, { field: 'outcome' }, { field: 'lostReason' }],
      },
    },
  ];
}
