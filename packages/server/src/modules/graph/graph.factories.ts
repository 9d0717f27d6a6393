import type { DataSource } from 'typeorm';
import type { Visibility } from '../../core/auth/visibility';
import { ActivityContact, ActivityUser } from '../activity/activity-participant.entity';
import { Activity } from '../activity/activity.entity';
import { Affiliation } from '../contact/affiliation.entity';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { ProjectContact, ProjectOrganization } from '../project-link/project-link.entity';
import type { ProjectRole } from '../project/project-roles';
import { Project } from '../project/project.entity';

/** Builds small graphs of records and links for the graph tests. */
export function graphFactory(dataSource: DataSource) {
  const m = dataSource.manager;
  return {
    organization: (name: string, values: Partial<Organization> = {}) =>
      m.save(m.create(Organization, { name, kind: 'university', ...values })),
    contact: (name: string, values: Partial<Contact> = {}) =>
      m.save(m.create(Contact, { firstName: name, lastName: 'Test', ...values })),
    project: (name: string, values: Partial<Project> = {}) =>
      m.save(m.create(Project, { name, kind: 'national', ...values })),
    affiliate: (contact: Contact, organization: Organization, values: Partial<Affiliation> = {}) =>
      m.save(
        m.create(Affiliation, { contactId: contact.id, organizationId: organization.id, role: 'staff', ...values }),
      ),
    linkContact: (project: Project, contact: Contact, role: ProjectRole, values: Partial<ProjectContact> = {}) =>
      m.save(m.create(ProjectContact, { projectId: project.id, contactId: contact.id, role, ...values })),
    linkOrganization: (project: Project, organization: Organization, role: ProjectRole) =>
      m.save(m.create(ProjectOrganization, { projectId: project.id, organizationId: organization.id, role })),
    /** A done meeting on `date` between staff and contacts, seen by `visibility`. */
    async meeting(
      userIds: string[],
      contacts: Contact[],
      values: { visibility?: Visibility; ownerId?: string; teamId?: string; date?: string } = {},
    ): Promise<Activity> {
      const activity = await m.save(
        m.create(Activity, {
          kind: 'meeting',
          subject: 'Meeting',
          status: 'done',
          startsAt: new Date(`${values.date ?? '2025-01-15'}T10:00:00Z`),
          visibility: values.visibility ?? 'everyone',
          ownerId: values.ownerId ?? null,
          teamId: values.teamId ?? null,
        }),
      );
      for (const userId of userIds) await m.save(m.create(ActivityUser, { activityId: activity.id, userId }));
      for (const contact of contacts) {
        await m.save(m.create(ActivityContact, { activityId: activity.id, contactId: contact.id }));
      }
      return activity;
    },
  };
}
