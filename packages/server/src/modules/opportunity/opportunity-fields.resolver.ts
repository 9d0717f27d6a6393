import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { Contact } from '../contact/contact.entity';
import { Need } from '../need/need.entity';
import { Organization } from '../organization/organization.entity';
import { Pipeline } from '../pipeline/pipeline.entity';
import { PipelineStage } from '../pipeline/pipeline-stage.entity';
import { Project } from '../project/project.entity';
import { recordById } from '../shared/record-loaders';
import { OwnedRecordFieldsResolver } from '../team/owned-fields.resolver';
import { userById } from '../user/author-fields.resolver';
import { User } from '../user/user.entity';
import { Opportunity } from './opportunity.entity';
import { OpportunityContact } from './opportunity-contact.entity';
import { contactsOfOpportunity, needLinksOfOpportunity, stageChangesOfOpportunity } from './opportunity.relations';
import { StageChange } from './stage-change.entity';

const DAY = 24 * 60 * 60 * 1000;

/** Whole days since a time. */
const daysSince = (time: Date, now = Date.now()) => Math.max(0, Math.floor((now - time.getTime()) / DAY));

@Resolver(() => Opportunity)
export class OpportunityFieldsResolver extends OwnedRecordFieldsResolver(Opportunity) {
  @FieldResolver(() => Pipeline, { description: 'The pipeline it moves through.' })
  pipeline(@Root() opportunity: Opportunity, @Ctx() context: GraphQLContext) {
    return recordById(context, Pipeline).load(opportunity.pipelineId);
  }

  @FieldResolver(() => PipelineStage, { description: 'Its current stage.' })
  stage(@Root() opportunity: Opportunity, @Ctx() context: GraphQLContext) {
    return recordById(context, PipelineStage).load(opportunity.stageId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization being brought on board.' })
  organization(@Root() opportunity: Opportunity, @Ctx() context: GraphQLContext) {
    return opportunity.organizationId ? recordById(context, Organization).load(opportunity.organizationId) : null;
  }

  @FieldResolver(() => Project, { nullable: true, description: 'The project being brought on board.' })
  project(@Root() opportunity: Opportunity, @Ctx() context: GraphQLContext) {
    return opportunity.projectId ? recordById(context, Project).load(opportunity.projectId) : null;
  }

  @FieldResolver(() => [OpportunityContact], { description: 'Its main contacts with their roles.' })
  contacts(@Root() opportunity: Opportunity, @Ctx() context: GraphQLContext) {
    return contactsOfOpportunity(context).load(opportunity.id);
  }

  @FieldResolver(() => [Need], { description: 'The needs it addresses (trashed ones left out).' })
  async needs(@Root() opportunity: Opportunity, @Ctx() context: GraphQLContext) {
    const links = await needLinksOfOpportunity(context).load(opportunity.id);
    const needs = await recordById(context, Need).loadMany(links.map((link) => link.needId));
    return needs.filter((need): need is Need => need instanceof Need && !need.deletedAt);
  }

  @FieldResolver(() => [StageChange], { description: 'Every stage it entered, oldest first: its stage history.' })
  stageChanges(@Root() opportunity: Opportunity, @Ctx() context: GraphQLContext) {
    return stageChangesOfOpportunity(context).load(opportunity.id);
  }

  @FieldResolver(() => Int, { description: 'Whole days since it entered its current stage.' })
  daysInStage(@Root() opportunity: Opportunity) {
    return daysSince(opportunity.stageEnteredAt);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether it has stayed in its open stage longer than the stage’s rotting age.',
  })
  async isRotting(@Root() opportunity: Opportunity, @Ctx() context: GraphQLContext) {
    const stage = await recordById(context, PipelineStage).load(opportunity.stageId);
    if (!stage || stage.kind !== 'open' || stage.rottingDays === null) return false;
    return daysSince(opportunity.stageEnteredAt) >= stage.rottingDays;
  }
}

@Resolver(() => OpportunityContact)
export class OpportunityContactResolver {
  @FieldResolver(() => Contact, { nullable: true, description: 'The contact (null if gone).' })
  contact(@Root() link: OpportunityContact, @Ctx() context: GraphQLContext) {
    return recordById(context, Contact).load(link.contactId);
  }
}

@Resolver(() => StageChange)
export class StageChangeResolver {
  @FieldResolver(() => PipelineStage, { nullable: true, description: 'The stage it left; null when it was created.' })
  fromStage(@Root() change: StageChange, @Ctx() context: GraphQLContext) {
    return change.fromStageId ? recordById(context, PipelineStage).load(change.fromStageId) : null;
  }

  @FieldResolver(() => PipelineStage, { description: 'The stage it entered.' })
  toStage(@Root() change: StageChange, @Ctx() context: GraphQLContext) {
    return recordById(context, PipelineStage).load(change.toStageId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who changed it (null for the system or a gone account).' })
  changedBy(@Root() change: StageChange, @Ctx() context: GraphQLContext) {
    return userById(context, change.changedById);
  }
}
