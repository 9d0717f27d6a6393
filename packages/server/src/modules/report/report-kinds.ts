import type { SelectQueryBuilder } from 'typeorm';
import { maySeeContactDetails } from '../contact/contact.policy';
import { ACTIVITY_OVERDUE, activityQuery } from '../activity/activity.service';
import { contactQuery } from '../contact/contact.service';
import { documentQuery } from '../document/document.service';
import { needQuery } from '../need/need.service';
import { OPEN_NEED_STATUSES } from '../need/need.entity';
import { organizationQuery } from '../organization/organization.service';
import { projectQuery } from '../project/project.service';
import { OPEN_TASK, projectTasksQuery, TASK_OVERDUE } from '../project-work/project-work.service';
import {
  categoryField,
  enumName,
  ownedRecordFields,
  tagsJoin,
  type ReportField,
  type ReportKindDefinition,
} from './report-field';
import { PIPELINE_REPORT_KINDS } from './pipeline-report-kinds';

/** Links to live projects, through the link table of the participant: role and project status. */
function projectLink(table: string, column: string): string {
  return `LEFT JOIN (${table} pl JOIN projects lp ON lp.id = pl.project_id AND lp.deleted_at IS NULL) ON pl.${column} = r.rid`;
}

const PROJECT_PARTICIPATION_FIELDS: ReportField[] = [
  categoryField('project.role', 'Project role', 'pl.role', 'roles', { link: 'projects', nest: 'inProjects' }),
  categoryField('project.status', 'Project status', 'lp.status', 'statuses', { link: 'projects', nest: 'inProjects' }),
];

const visibilityField = (alias: string): ReportField => ({
  name: 'visibility',
  label: 'Visibility',
  type: 'enum',
  sql: `${alias}.visibility`,
  drill: (key) => ({ visibility: enumName(key) }),
});

const booleanField = (name: string, label: string, sql: string, filterKey: string): ReportField => ({
  name,
  label,
  type: 'boolean',
  sql,
  drill: (key) => ({ [filterKey]: key === 'true' }),
});

const asQuery = (query: SelectQueryBuilder<object>) => query as unknown as SelectQueryBuilder<never>;

/** Every kind of record a report can count, by its name in `ReportKind`. */
export const REPORT_KINDS: Record<string, ReportKindDefinition> = {
  ACTIVITY: {
    alias: 'a',
    list: 'activities',
    filterType: 'ActivityFilter',
    query: (source, viewer, filter) => asQuery(activityQuery(source, viewer, filter)),
    links: {
      tags: tagsJoin('activity_id'),
      organizations: `LEFT JOIN (activity_links al JOIN organizations lo ON lo.id = al.organization_id AND lo.deleted_at IS NULL) ON al.activity_id = r.rid`,
    },
    fields: [
      ...ownedRecordFields('a'),
      categoryField('kind', 'Kind', 'a.kind', 'kinds'),
      categoryField('status', 'Status', 'a.status', 'statuses'),
      visibilityField('a'),
      booleanField('overdue', 'Overdue', ACTIVITY_OVERDUE, 'overdue'),
      {
        name: 'happensAt',
        label: 'When',
        type: 'date',
        sql: 'coalesce(a.starts_at, a.due_at)',
        range: (from, to) => ({ from, to }),
      },
      {
        name: 'durationMinutes',
        label: 'Duration (minutes)',
        type: 'number',
        sql: 'extract(epoch from (a.ends_at - a.starts_at)) / 60',
      },
      {
        name: 'organization',
        label: 'Concerned organization',
        type: 'organization',
        sql: 'lo.id',
        link: 'organizations',
        drill: (key) => ({ concerning: { organizationId: key } }),
      },
      categoryField(
        'organization.country',
        'Country of the concerned organization',
        'lo.country',
        'concerningCountries',
        {
          link: 'organizations',
          enum: false,
        },
      ),
    ],
  },
  DOCUMENT: {
    alias: 'd',
    list: 'documents',
    filterType: 'DocumentFilter',
    query: (source, viewer, filter) => asQuery(documentQuery(source, viewer, filter)),
    links: { tags: tagsJoin('document_id') },
    fields: [...ownedRecordFields('d'), categoryField('kind', 'Kind', 'd.kind', 'kinds'), visibilityField('d')],
  },
  NEED: {
    alias: 'n',
    list: 'needs',
    filterType: 'NeedFilter',
    query: (source, _viewer, filter) => asQuery(needQuery(source, filter)),
    links: {
      tags: tagsJoin('need_id'),
      organization: 'LEFT JOIN needs ln ON ln.id = r.rid LEFT JOIN organizations lo ON lo.id = ln.organization_id',
    },
    fields: [
      ...ownedRecordFields('n'),
      categoryField('category', 'Category', 'n.category', 'categories'),
      categoryField('status', 'Status', 'n.status', 'statuses'),
      categoryField('priority', 'Priority', 'n.priority', 'priorities'),
      booleanField('open', 'Open', `n.status IN (${OPEN_NEED_STATUSES.map((s) => `'${s}'`).join(', ')})`, 'open'),
      {
        name: 'ageDays',
        label: 'Age (days)',
        type: 'number',
        sql: 'extract(epoch from (now() - n.created_at)) / 86400',
      },
      {
        name: 'organization',
        label: 'Organization',
        type: 'organization',
        sql: 'lo.id',
        link: 'organization',
        drill: (key) => ({ organizationId: key }),
      },
      categoryField('organization.country', 'Country', 'lo.country', 'countries', {
        link: 'organization',
        enum: false,
      }),
      categoryField('organization.kind', 'Organization kind', 'lo.kind', 'organizationKinds', { link: 'organization' }),
    ],
  },
  ORGANIZATION: {
    alias: 'o',
    list: 'organizations',
    filterType: 'OrganizationFilter',
    query: (source, _viewer, filter) => asQuery(organizationQuery(source, filter)),
    links: { tags: tagsJoin('organization_id'), projects: projectLink('project_organizations', 'organization_id') },
    fields: [
      ...ownedRecordFields('o'),
      categoryField('kind', 'Kind', 'o.kind', 'kinds'),
      categoryField('country', 'Country', 'o.country', 'countries', { enum: false }),
      ...PROJECT_PARTICIPATION_FIELDS,
    ],
  },
  CONTACT: {
    alias: 'c',
    list: 'contacts',
    filterType: 'ContactFilter',
    query: (source, viewer, filter) =>
      asQuery(contactQuery(source, filter, { searchDetails: maySeeContactDetails(viewer) })),
    links: {
      tags: tagsJoin('contact_id'),
      organizations: `LEFT JOIN (affiliations af JOIN organizations lo ON lo.id = af.organization_id AND lo.deleted_at IS NULL) ON af.contact_id = r.rid`,
      projects: projectLink('project_contacts', 'contact_id'),
    },
    fields: [
      ...ownedRecordFields('c'),
      categoryField('country', 'Country', 'c.country', 'countries', { enum: false }),
      categoryField('consentBasis', 'Consent basis', 'c.consent_basis', 'consentBasis'),
      booleanField('hasConsent', 'With consent', 'c.consent_basis IS NOT NULL', 'hasConsent'),
      categoryField(
        'organization.kind',
        'Kind of the affiliated organization',
        'lo.kind',
        'affiliatedOrganizationKinds',
        {
          link: 'organizations',
        },
      ),
      {
        name: 'organization',
        label: 'Affiliated organization',
        type: 'organization',
        sql: 'lo.id',
        link: 'organizations',
        drill: (key) => ({ affiliatedWith: { organizationId: key } }),
      },
      ...PROJECT_PARTICIPATION_FIELDS,
    ],
  },
  PROJECT: {
    alias: 'p',
    list: 'projects',
    filterType: 'ProjectFilter',
    query: (source, _viewer, filter) => asQuery(projectQuery(source, filter)),
    links: { tags: tagsJoin('project_id') },
    fields: [
      ...ownedRecordFields('p'),
      categoryField('kind', 'Kind', 'p.kind', 'kinds'),
      categoryField('status', 'Status', 'p.status', 'statuses'),
    ],
  },
  PROJECT_TASK: {
    alias: 't',
    list: 'projectTasks',
    filterType: 'ProjectTaskFilter',
    query: (source, _viewer, filter) => asQuery(projectTasksQuery(source, filter)),
    links: {},
    fields: [
      {
        name: 'assignee',
        label: 'Assignee',
        type: 'user',
        sql: 't.assignee_id',
        drill: (key) => ({ assigneeIds: [key] }),
      },
      {
        name: 'team',
        label: 'Team of the project',
        type: 'team',
        sql: 'p.team_id',
        drill: (key) => ({ teamIds: [key] }),
      },
      categoryField('status', 'Status', 't.status', 'statuses'),
      booleanField('open', 'Open', OPEN_TASK, 'open'),
      booleanField('overdue', 'Overdue', TASK_OVERDUE, 'overdue'),
    ],
  },
  ...PIPELINE_REPORT_KINDS,
};
