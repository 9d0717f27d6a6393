import type { SelectQueryBuilder } from 'typeorm';
import type { OpportunityFilter } from '../opportunity/opportunity.inputs';
import { opportunityQuery } from '../opportunity/opportunity.service';
import { uniqueParameter } from '../shared/record-filter';
import {
  categoryField,
  ownedRecordFields,
  tagsJoin,
  type ListFilter,
  type ReportField,
  type ReportKindDefinition,
} from './report-field';

/** The kind (OPEN, WON, LOST) of the stage an opportunity is at now. */
const CURRENT_STAGE_KIND = '(SELECT ks.kind FROM pipeline_stages ks WHERE ks.id = o.stage_id)';

/** A day as the list filters take it (YYYY-MM-DD), in a time zone. */
const dayIn = (instant: string | Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );

/** What an opportunity is and where it stands, shared by both kinds. */
const opportunityFields: ReportField[] = [
  ...ownedRecordFields('o'),
  categoryField('outcome', 'Stage kind (open, won, lost)', CURRENT_STAGE_KIND, 'stageKinds'),
  categoryField('lostReason', 'Lost reason', 'o.lost_reason', 'lostReasons', { enum: false }),
];

/**
 * Each stage an opportunity entered, once per stage: when it first entered it, the days of its
 * stays there that ended (a stay ends at the next stage change in the same pipeline; one still
 * going, or ended by a move to another pipeline, counts no time), and 100 when it once left it
 * for a further stage of that pipeline that is not LOST, else 0 (so AVG is the conversion rate
 * in %). Read from consecutive stage_changes rows with one window (`lead`), in one pass.
 */
const STAGE_STAYS = `(SELECT h.opportunity_id, h.stage_id, h.pipeline_id,
    min(h.changed_at) AS entered_at,
    sum(extract(epoch from (h.left_at - h.changed_at))) / 86400 AS days,
    CASE WHEN bool_or(h.next_position > h.position AND h.next_kind <> 'lost') THEN 100 ELSE 0 END AS advanced
  FROM (SELECT sc.opportunity_id, sc.to_stage_id AS stage_id, st.pipeline_id, st.position, sc.changed_at,
      lead(sc.changed_at) OVER stays AS left_at,
      lead(st.position) OVER stays AS next_position,
      lead(st.kind) OVER stays AS next_kind
    FROM stage_changes sc JOIN pipeline_stages st ON st.id = sc.to_stage_id
    WINDOW stays AS (PARTITION BY sc.opportunity_id, st.pipeline_id ORDER BY sc.changed_at, sc.id)) h
  GROUP BY h.opportunity_id, h.stage_id, h.pipeline_id)`;

const asQuery = (query: SelectQueryBuilder<object>) => query as unknown as SelectQueryBuilder<never>;

/** Opportunities, and the stages they went through, as report kinds. */
export const PIPELINE_REPORT_KINDS: Record<string, ReportKindDefinition> = {
  OPPORTUNITY: {
    alias: 'o',
    list: 'opportunities',
    filterType: 'OpportunityFilter',
    query: (source, viewer, filter) => asQuery(opportunityQuery(source, viewer, filter as OpportunityFilter)),
    links: {
      tags: tagsJoin('opportunity_id'),
      organization:
        'LEFT JOIN opportunities lop ON lop.id = r.rid LEFT JOIN organizations lo ON lo.id = lop.organization_id',
    },
    fields: [
      ...opportunityFields,
      {
        name: 'pipeline',
        label: 'Pipeline',
        type: 'pipeline',
        sql: 'o.pipeline_id',
        drill: (key) => ({ pipelineId: key }),
      },
      { name: 'stage', label: 'Stage', type: 'stage', sql: 'o.stage_id', drill: (key) => ({ stageIds: [key] }) },
      {
        name: 'organization',
        label: 'Organization',
        type: 'organization',
        sql: 'o.organization_id',
        drill: (key) => ({ organizationId: key }),
      },
      categoryField('organization.country', 'Country of the organization', 'lo.country', 'countries', {
        link: 'organization',
        enum: false,
      }),
      {
        name: 'project',
        label: 'Project',
        type: 'project',
        sql: 'o.project_id',
        drill: (key) => ({ projectId: key }),
      },
      { name: 'expectedValue', label: 'Expected value', type: 'number', sql: 'o.expected_value' },
      {
        name: 'expectedDate',
        label: 'Expected date',
        type: 'date',
        // A day, read as midnight where the report is cut, so that its bucket is that day's.
        sql: 'o.expected_date::timestamp AT TIME ZONE $TZ',
        range: (from, to, timeZone) => ({ expectedAfter: dayIn(from, timeZone), expectedBefore: dayIn(to, timeZone) }),
      },
      {
        name: 'stageDays',
        label: 'Days in its stage',
        type: 'number',
        sql: 'extract(epoch from (now() - o.stage_entered_at)) / 86400',
      },
    ],
  },
  STAGE_ENTRY: {
    alias: 'o',
    list: 'opportunities',
    filterType: 'OpportunityFilter',
    // Rows are an opportunity's entries into stages: the list's `entered` filter narrows these rows
    // (the very rows that filter reads), the rest of the filter and the visibility the opportunities.
    query: (source, viewer, filter) => {
      const { entered, ...rest } = (filter ?? {}) as OpportunityFilter;
      const query = opportunityQuery(source, viewer, rest as OpportunityFilter);
      const conditions = ['se.opportunity_id = o.id'];
      const parameters: ListFilter = {};
      const bind = (sql: string, value: unknown) => {
        const p = uniqueParameter('entry');
        parameters[p] = value;
        conditions.push(sql.replace('?', `:${Array.isArray(value) ? '...' : ''}${p}`));
      };
      if (entered?.pipelineId) bind('se.pipeline_id = ?', entered.pipelineId);
      if (entered?.stageIds?.length) bind('se.stage_id IN (?)', entered.stageIds);
      if (entered?.from) bind('se.entered_at >= ?', entered.from);
      if (entered?.to) bind('se.entered_at < ?', entered.to);
      return asQuery(query.innerJoin(STAGE_STAYS, 'se', conditions.join(' AND '), parameters));
    },
    links: { tags: tagsJoin('opportunity_id') },
    requires: 'stage',
    fields: [
      ...opportunityFields,
      {
        name: 'pipeline',
        label: 'Pipeline',
        type: 'pipeline',
        sql: 'se.pipeline_id',
        drill: (key) => ({ entered: { pipelineId: key } }),
      },
      {
        name: 'stage',
        label: 'Stage entered',
        type: 'stage',
        sql: 'se.stage_id',
        drill: (key) => ({ entered: { stageIds: [key] } }),
      },
      {
        name: 'enteredAt',
        label: 'First entered the stage',
        type: 'date',
        sql: 'se.entered_at',
        range: (from, to) => ({ entered: { from, to } }),
      },
      { name: 'daysInStage', label: 'Days in the stage', type: 'number', sql: 'se.days' },
      { name: 'advanced', label: 'Went further (%)', type: 'number', sql: 'se.advanced' },
    ],
  },
};
