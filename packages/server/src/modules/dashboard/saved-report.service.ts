import type { GraphQLSchema } from 'graphql';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../core/auth/viewer';
import type { Ordering } from '../../core/db/paging';
import { BadUserInputError } from '../../core/graphql/errors';
import { filterAsJson } from '../report/list-filter-json';
import { checkSpec } from '../report/report-spec';
import type { ReportSpecInput } from '../report/report.inputs';
import type { Actor } from '../shared/audit-writer';
import type { RecordKind } from '../shared/record-kind';
import { createRecord, updateRecord } from '../shared/record-mutations';
import { SAVED_REPORT_FIELDS, SavedReport } from './saved-report.entity';
import type { CreateSavedReportInput, SavedReportFilter, UpdateSavedReportInput } from './saved-report.inputs';
import { checkSharing, toChange, visibleTo } from '../shared/sharing';

export const SAVED_REPORT: RecordKind<SavedReport> = {
  entity: SavedReport,
  type: 'SavedReport',
  fields: SAVED_REPORT_FIELDS,
  table: 'saved_reports',
  freeText: ['name', 'description'],
  title: 'r.name',
  owned: true,
  visibility: true,
  trash: true,
};

/** A spec is a report's description, not a place to store documents. */
const MAX_SPEC_LENGTH = 20_000;

/** Saved reports the viewer may see, as a query aliased `s`. */
export function savedReportQuery(
  source: DataSource | EntityManager,
  viewer: Viewer | null,
  filter?: SavedReportFilter,
): SelectQueryBuilder<SavedReport> {
  const query = visibleTo(source.getRepository(SavedReport).createQueryBuilder('s'), 's', viewer, filter?.mine);
  if (filter?.kind) query.andWhere(`s.spec ->> 'kind' = :kind`, { kind: filter.kind });
  return query;
}

/** By name. */
export const SAVED_REPORT_ORDERING: Ordering = [
  ['lower(s.name)', 'ASC'],
  ['s.id', 'ASC'],
];

/**
 * The spec as it is stored: checked by the report query's own rules (BAD_USER_INPUT naming the
 * problem, nothing stored), then kept as a client sends it to `report(spec:)`: enumeration
 * values by their API names, dates as ISO strings.
 */
function storedSpec(schema: GraphQLSchema, spec: ReportSpecInput): Record<string, unknown> {
  try {
    checkSpec(spec);
  } catch (error) {
    if (error instanceof BadUserInputError) throw prefixed(error);
    throw error;
  }
  const stored = filterAsJson(schema, 'ReportSpecInput', spec as never);
  if (JSON.stringify(stored).length > MAX_SPEC_LENGTH) {
    throw BadUserInputError.field('spec', `must be at most ${MAX_SPEC_LENGTH} characters as JSON`);
  }
  return stored;
}

/** The spec's field errors, named as fields of `spec`. */
function prefixed(error: BadUserInputError): BadUserInputError {
  const fields = error.extensions.fields as Record<string, string[]> | undefined;
  if (!fields) return error;
  const renamed = Object.fromEntries(Object.entries(fields).map(([field, messages]) => [`spec.${field}`, messages]));
  return new BadUserInputError(`spec.${error.message}`, renamed);
}

export async function createSavedReport(
  manager: EntityManager,
  schema: GraphQLSchema,
  viewer: Viewer,
  input: CreateSavedReportInput,
  actor: Actor,
): Promise<SavedReport> {
  const { spec, ...rest } = input;
  checkSharing(viewer, rest);
  const values: Partial<SavedReport> = { ...rest, spec: storedSpec(schema, spec), chart: input.chart ?? 'table' };
  return createRecord(manager, SAVED_REPORT, { ...values, ownerId: actor.userId }, actor);
}

/** A saved report the viewer may change (live, or trashed to restore it); NOT_FOUND or FORBIDDEN otherwise. */
export async function savedReportToEdit(manager: EntityManager, viewer: Viewer, id: string, trashed = false) {
  const query = savedReportQuery(manager, viewer).withDeleted().andWhere('s.id = :id', { id });
  query.andWhere(trashed ? 's.deleted_at IS NOT NULL' : 's.deleted_at IS NULL');
  return toChange(viewer, await query.getOne(), 'SavedReport', id);
}

export async function updateSavedReport(
  manager: EntityManager,
  schema: GraphQLSchema,
  viewer: Viewer,
  input: UpdateSavedReportInput,
  actor: Actor,
): Promise<SavedReport> {
  const { id, version, spec, ...rest } = input;
  for (const field of ['name', 'spec', 'chart', 'visibility'] as const) {
    if (input[field] === null) throw BadUserInputError.field(field, 'cannot be removed');
  }
  const current = await savedReportToEdit(manager, viewer, id);
  checkSharing(viewer, rest, current);
  const patch: Partial<SavedReport> = { ...rest, ...(spec ? { spec: storedSpec(schema, spec) } : {}) };
  return updateRecord(manager, SAVED_REPORT, id, version, patch, actor);
}
