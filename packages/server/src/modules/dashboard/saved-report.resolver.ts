import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, ID, Info, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { deleteRecord, restoreRecord } from '../shared/record-mutations';
import { mutation } from '../shared/transaction';
import { OwnedRecordFieldsResolver } from '../team/owned-fields.resolver';
import { SavedReport } from './saved-report.entity';
import { CreateSavedReportInput, SavedReportFilter, UpdateSavedReportInput } from './saved-report.inputs';
import {
  SAVED_REPORT,
  SAVED_REPORT_ORDERING,
  createSavedReport,
  savedReportQuery,
  savedReportToEdit,
  updateSavedReport,
} from './saved-report.service';

@ObjectType()
class SavedReportConnection extends ConnectionType(SavedReport) {}

@Resolver(() => SavedReport)
export class SavedReportResolver extends OwnedRecordFieldsResolver(SavedReport) {
  @Authorized()
  @Query(() => SavedReport, { nullable: true, description: 'One saved report you may see; null when there is none.' })
  savedReport(@Arg('id', () => ID, { description: 'The saved report.' }) id: string, @Ctx() context: GraphQLContext) {
    return savedReportQuery(context.dataSource, context.viewer).andWhere('s.id = :id', { id }).getOne();
  }

  @Authorized()
  @Query(() => SavedReportConnection, {
    description: 'The saved reports you may see (yours, your teams’, everyone’s), by name; trashed ones are left out.',
  })
  savedReports(
    @Args() page: PageArgs,
    @Arg('filter', () => SavedReportFilter, { nullable: true, description: 'Which ones to list.' })
    filter: SavedReportFilter | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(savedReportQuery(context.dataSource, context.viewer, filter), SAVED_REPORT_ORDERING, page);
  }

  @Authorized('editor')
  @Mutation(() => SavedReport, {
    description: 'Saves a report, owned by you; PRIVATE unless shared. A spec `report` would refuse is refused.',
  })
  createSavedReport(
    @Arg('input', { description: 'The new saved report.' }) input: CreateSavedReportInput,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return mutation(context, (manager, actor) =>
      createSavedReport(manager, info.schema, context.viewer!, input, actor),
    );
  }

  @Authorized('editor')
  @Mutation(() => SavedReport, {
    description: 'Changes a saved report (its owner or an admin); CONFLICT when `version` is stale.',
  })
  updateSavedReport(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateSavedReportInput,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return mutation(context, (manager, actor) =>
      updateSavedReport(manager, info.schema, context.viewer!, input, actor),
    );
  }

  @Authorized('editor')
  @Mutation(() => SavedReport, { description: 'Moves a saved report to the trash (its owner or an admin).' })
  deleteSavedReport(
    @Arg('input', { description: 'The saved report to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, async (manager, actor) => {
      await savedReportToEdit(manager, context.viewer!, input.id);
      return deleteRecord(manager, SAVED_REPORT, input.id, input.version, actor);
    });
  }

  @Authorized('editor')
  @Mutation(() => SavedReport, { description: 'Brings a saved report back from the trash (its owner or an admin).' })
  restoreSavedReport(
    @Arg('input', { description: 'The saved report to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, async (manager, actor) => {
      await savedReportToEdit(manager, context.viewer!, input.id, true);
      return restoreRecord(manager, SAVED_REPORT, input.id, actor);
    });
  }
}
