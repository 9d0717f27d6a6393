import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { LinkEntity } from '../../core/db/record.entity';
import { Contact } from '../contact/contact.entity';
import { Organization } from '../organization/organization.entity';
import { Project } from '../project/project.entity';
import { ProjectRoleEnum, type ProjectRole } from '../project/project-roles';

/** What a link to a project says, whoever is linked. */
@ObjectType()
export abstract class ProjectLink extends LinkEntity {
  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Project;

  @Field(() => ProjectRoleEnum, { description: 'The part played in the project.' })
  @Column({ type: 'text' })
  role: ProjectRole;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Since when.' })
  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Until when; never before `since`.' })
  @Column({ type: 'date', nullable: true })
  until: string | null;

  @Field(() => String, { nullable: true, description: 'A free note about the link.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/** A contact's role in a project. */
@ObjectType('ProjectContactLink', { description: 'A contact taking part in a project, in a role.' })
@Entity('project_contacts')
export class ProjectContact extends ProjectLink {
  @Column({ type: 'uuid' })
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: Contact;
}

/** An organization's role in a project. */
@ObjectType('ProjectOrganizationLink', { description: 'An organization taking part in a project, in a role.' })
@Entity('project_organizations')
export class ProjectOrganization extends ProjectLink {
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;
}

/** The link attributes clients edit. */
export const PROJECT_LINK_FIELDS = ['role', 'since', 'until', 'note'] as const satisfies readonly (keyof ProjectLink)[];
