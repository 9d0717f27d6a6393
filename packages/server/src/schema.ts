import type { GraphQLSchema } from 'graphql';
import { buildGraphQLSchema } from './core/graphql/build-schema';
import { activityResolvers } from './modules/activity/activity.module';
import { auditResolvers } from './modules/audit/audit.module';
import { MergeResolver } from './modules/merge/merge.resolver';
import { documentResolvers } from './modules/document/document.module';
import { AffiliationResolver } from './modules/contact/affiliation.resolver';
import { ContactResolver } from './modules/contact/contact.resolver';
import { OrganizationContactsResolver } from './modules/contact/organization-contacts.resolver';
import { ExpertContactsResolver } from './modules/contact/expert-contacts.resolver';
import { OrganizationResolver } from './modules/organization/organization.resolver';
import { ReportResolver } from './modules/report/report.resolver';
import { PrivacyResolver } from './modules/privacy/privacy.resolver';
import { PrivacyRequestResolver } from './modules/privacy/privacy-request.resolver';
import { preferenceResolvers } from './modules/preference/preference.module';
import { SearchResolver } from './modules/search/search.resolver';
import { SimilarContactResolver, SimilarOrganizationResolver } from './modules/search/similar.resolver';
import { ApiTokenResolver } from './modules/token/api-token.resolver';
import { VersionResolver } from './modules/system/version.resolver';
import { MeResolver } from './modules/session/me.resolver';
import { AuthInfoResolver } from './modules/session/auth-info.resolver';
import { BulkResolver } from './modules/bulk/bulk.resolver';
import { graphResolvers } from './modules/graph/graph.module';
import { projectResolvers } from './modules/project/project.module';
import { projectLinkResolvers } from './modules/project-link/project-link.module';
import { projectWorkResolvers } from './modules/project-work/project-work.module';
import { needResolvers } from './modules/need/need.module';
import { tagResolvers } from './modules/tag/tag.module';
import { taggingResolvers } from './modules/tagging/tagging.module';
import { teamResolvers } from './modules/team/team.module';
import { userResolvers } from './modules/user/user.module';
import { KIND_MODULES } from './modules/registry/record-registry';

/** The application's GraphQL schema: every domain's resolvers. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildGraphQLSchema([
    VersionResolver,
    MeResolver,
    AuthInfoResolver,
    OrganizationResolver,
    ApiTokenResolver,
    PrivacyResolver,
    PrivacyRequestResolver,
    ...preferenceResolvers,
    ...activityResolvers,
    ...documentResolvers,
    ContactResolver,
    AffiliationResolver,
    OrganizationContactsResolver,
    ExpertContactsResolver,
    SearchResolver,
    SimilarOrganizationResolver,
    SimilarContactResolver,
    ...needResolvers,
    ...tagResolvers,
    ...taggingResolvers,
    ...teamResolvers,
    ...userResolvers,
    BulkResolver,
    ...projectResolvers,
    ...projectLinkResolvers,
    ...projectWorkResolvers,
    ...auditResolvers,
    MergeResolver,
    ...graphResolvers,
    ReportResolver,
    ...KIND_MODULES.flatMap((module) => module.resolvers),
  ]);
}
