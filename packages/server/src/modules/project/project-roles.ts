import { graphqlEnum } from '../../core/graphql/enums';

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
