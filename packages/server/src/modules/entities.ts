import { Activity } from './activity/activity.entity';
import { ActivityLink } from './activity/activity-link.entity';
import { ActivityContact, ActivityUser } from './activity/activity-participant.entity';
import { Change } from './shared/change.entity';
import { Affiliation } from './contact/affiliation.entity';
import { Contact } from './contact/contact.entity';
import { Document } from './document/document.entity';
import { DocumentFile } from './document/document-file.entity';
import { DocumentLink } from './document/document-link.entity';
import { Need } from './need/need.entity';
import { Organization } from './organization/organization.entity';
import { Milestone } from './project-work/milestone.entity';
import { Project } from './project/project.entity';
import { ProjectContact, ProjectOrganization } from './project-link/project-link.entity';
import { ProjectTask } from './project-work/project-task.entity';
import { Tag } from './tag/tag.entity';
import { Tagging } from './tag/tagging.entity';
import { Team } from './team/team.entity';
import { ApiToken } from './token/api-token.entity';
import { TeamMembership } from './team/team-membership.entity';
import { User } from './user/user.entity';
import { RateLimitCounter } from '../core/http/rate-limit.entity';
import { OidcPayload } from './demo-idp/oidc-payload.entity';
import { Session } from './session/session.entity';
import { SignInRequest } from './session/sign-in-request.entity';
import { NotificationPreferences } from './preference/notification-preferences.entity';
import { PrivacyRequest } from './privacy/privacy-request.entity';
import { KIND_MODULES } from './registry/record-registry';

/** Every entity of the data model, for the data source. */
export const entities = [
  User,
  Team,
  TeamMembership,
  Organization,
  Contact,
  Affiliation,
  Project,
  ProjectContact,
  ProjectOrganization,
  ProjectTask,
  Milestone,
  Activity,
  ActivityContact,
  ActivityUser,
  ActivityLink,
  Document,
  DocumentFile,
  DocumentLink,
  Need,
  Tag,
  Tagging,
  Change,
  ApiToken,
  Session,
  SignInRequest,
  RateLimitCounter,
  OidcPayload,
  NotificationPreferences,
  PrivacyRequest,
  ...KIND_MODULES.flatMap((module) => module.entities),
];
