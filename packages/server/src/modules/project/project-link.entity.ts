import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { LinkEntity } from '../../core/db/record.entity';
import { graphqlEnum } from '../../core/graphql/enums';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from './project.entity';

export const PROJECT_ROLES = [
  'coordinator',
  'partner',
  'spokesperson',
  'principal_investigator',
  'contact_point',
  'member',
  'funder',
  'host',
  'other',
] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];
export const ProjectRoleEnum = graphqlEnum(
  PROJECT_ROLES,
  'ProjectRole',
  'The part a contact or organization plays in a project.',
);

/** What a link to a project says, whoever is linked. */
abstract class ProjectLink extends LinkEntity {
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Column({ type: 'text' })
  role: ProjectRole;

  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Column({ type: 'date', nullable: true })
  until: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/** A contact's role in a project. */
@Entity('project_contacts')
export class ProjectContact extends ProjectLink {
  @Column({ type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;
}

/** An organization's role in a project. */
@Entity('project_organizations')
export class ProjectOrganization extends ProjectLink {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;
}
