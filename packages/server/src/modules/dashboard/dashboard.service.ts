import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError } from '../../core/graphql/errors';
import { builtInReports } from '../report/built-in-reports';
import type { Actor } from '../shared/audit-writer';
import type { RecordKind } from '../shared/record-kind';
import { createRecord, updateRecord } from '../shared/record-mutations';
import {
  DASHBOARD_FIELDS,
  Dashboard,
  NO_FILTERS,
  type DashboardFilters,
  type DashboardWidget,
} from './dashboard.entity';
import {
  GRID_COLUMNS,
  type CreateDashboardInput,
  type DashboardFilter,
  type DashboardFiltersInput,
  type DashboardWidgetInput,
  type UpdateDashboardInput,
} from './dashboard.inputs';
import { savedReportQuery } from './saved-report.service';
import { checkSharing, toChange, visibleTo } from '../shared/sharing';

export const DASHBOARD: RecordKind<Dashboard> = {
  entity: Dashboard,
  type: 'Dashboard',
  fields: DASHBOARD_FIELDS,
  table: 'dashboards',
  freeText: ['name', 'description'],
  title: 'r.name',
  owned: true,
  visibility: true,
  trash: true,
};

/** Dashboards the viewer may see, as a query aliased `d`. */
export function dashboardQuery(
  source: DataSource | EntityManager,
  viewer: Viewer | null,
  filter?: DashboardFilter,
): SelectQueryBuilder<Dashboard> {
  return visibleTo(source.getRepository(Dashboard).createQueryBuilder('d'), 'd', viewer, filter?.mine);
}

/** By name. */
export const DASHBOARD_ORDERING: Ordering = [
  ['lower(d.name)', 'ASC'],
  ['d.id', 'ASC'],
];

/** Each given filter, the others empty. */
function storedFilters(input: DashboardFiltersInput | undefined): DashboardFilters {
  return {
    period: input?.period ?? NO_FILTERS.period,
    teamIds: [...new Set(input?.teamIds ?? [])],
    countries: [...new Set(input?.countries ?? [])],
    tagIds: [...new Set(input?.tagIds ?? [])],
  };
}

/**
 * The widgets as stored: each with the one field its kind uses, inside the grid. A saved report
 * newly placed must be one the viewer may see (the same answer whether it is hidden or absent);
 * one already on the dashboard stays, whoever may see it now.
 */
async function storedWidgets(
  manager: EntityManager,
  viewer: Viewer,
  inputs: DashboardWidgetInput[],
  current: DashboardWidget[] = [],
): Promise<DashboardWidget[]> {
  const builtIn = new Set(builtInReports().map((report) => report.id));
  const kept = new Set(current.map((widget) => widget.savedReportId).filter(Boolean));
  const widgets = inputs.map((input, index): DashboardWidget => {
    const at = `widgets[${index}]`;
    if (input.x + input.w > GRID_COLUMNS)
      throw BadUserInputError.field(`${at}.w`, `x + w must be at most ${GRID_COLUMNS}`);
    const place = { title: input.title?.trim() || null, x: input.x, y: input.y, w: input.w, h: input.h };
    const others = (['savedReportId', 'builtInReportId', 'markdown'] as const).filter((field) => input[field] != null);
    const only = (field: (typeof others)[number]) => {
      const extra = others.find((other) => other !== field);
      if (extra)
        throw BadUserInputError.field(`${at}.${extra}`, `does not apply to a ${input.kind.toUpperCase()} widget`);
      if (input[field] == null || !String(input[field]).trim()) {
        throw BadUserInputError.field(`${at}.${field}`, `is needed for a ${input.kind.toUpperCase()} widget`);
      }
    };
    switch (input.kind) {
      case 'saved_report':
        only('savedReportId');
        return { kind: input.kind, savedReportId: input.savedReportId, ...place };
      case 'built_in_report':
        only('builtInReportId');
        if (!builtIn.has(input.builtInReportId!)) {
          throw BadUserInputError.field(
            `${at}.builtInReportId`,
            `is not a built-in report; known: ${[...builtIn].join(', ')}`,
          );
        }
        return { kind: input.kind, builtInReportId: input.builtInReportId, ...place };
      default:
        only('markdown');
        return { kind: input.kind, markdown: input.markdown, ...place };
    }
  });
  const placed = [
    ...new Set(widgets.map((w) => w.savedReportId).filter((id): id is string => Boolean(id) && !kept.has(id))),
  ];
  if (placed.length) {
    const seen = await savedReportQuery(manager, viewer)
      .andWhere('s.id IN (:...placed)', { placed })
      .select('s.id')
      .getMany();
    const visible = new Set(seen.map((report) => report.id));
    const index = widgets.findIndex(
      (w) => w.savedReportId && placed.includes(w.savedReportId) && !visible.has(w.savedReportId),
    );
    if (index >= 0) {
      throw BadUserInputError.field(`widgets[${index}].savedReportId`, 'is not a saved report you may see');
    }
  }
  return widgets;
}

export async function createDashboard(
  manager: EntityManager,
  viewer: Viewer,
  input: CreateDashboardInput,
  actor: Actor,
): Promise<Dashboard> {
  const { widgets, filters, ...rest } = input;
  checkSharing(viewer, rest);
  const values: Partial<Dashboard> = {
    ...rest,
    widgets: await storedWidgets(manager, viewer, widgets ?? []),
    filters: storedFilters(filters),
  };
  return createRecord(manager, DASHBOARD, { ...values, ownerId: actor.userId }, actor);
}

/** A dashboard the viewer may change (live, or trashed to restore it); NOT_FOUND or FORBIDDEN otherwise. */
export async function dashboardToEdit(manager: EntityManager, viewer: Viewer, id: string, trashed = false) {
  const query = dashboardQuery(manager, viewer).withDeleted().andWhere('d.id = :id', { id });
  query.andWhere(trashed ? 'd.deleted_at IS NOT NULL' : 'd.deleted_at IS NULL');
  return toChange(viewer, await query.getOne(), 'Dashboard', id);
}

export async function updateDashboard(
  manager: EntityManager,
  viewer: Viewer,
  input: UpdateDashboardInput,
  actor: Actor,
): Promise<Dashboard> {
  const { id, version, widgets, filters, ...rest } = input;
  for (const field of ['name', 'widgets', 'filters', 'visibility'] as const) {
    if (input[field] === null) throw BadUserInputError.field(field, 'cannot be removed');
  }
  const current = await dashboardToEdit(manager, viewer, id);
  checkSharing(viewer, rest, current);
  const patch: Partial<Dashboard> = {
    ...rest,
    ...(widgets ? { widgets: await storedWidgets(manager, viewer, widgets, current.widgets) } : {}),
    ...(filters ? { filters: storedFilters(filters) } : {}),
  };
  return updateRecord(manager, DASHBOARD, id, version, patch, actor);
}
