import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { pageOf } from '../../core/db/paging';
import type { GraphQLContext } from '../../core/graphql/context';
import { ConnectionType, PageArgs } from '../../core/graphql/pagination';
import { DeleteRecordInput, RestoreRecordInput } from '../shared/record-inputs';
import { deleteRecord, restoreRecord } from '../shared/record-mutations';
import { mutation } from '../shared/transaction';
import { OwnedRecordFieldsResolver } from '../team/owned-fields.resolver';
import { Dashboard, DashboardWidget } from './dashboard.entity';
import { visibleSavedReport } from './dashboard.relations';
import { SavedReport } from './saved-report.entity';
import { CreateDashboardInput, DashboardFilter, UpdateDashboardInput } from './dashboard.inputs';
import {
  DASHBOARD,
  DASHBOARD_ORDERING,
  createDashboard,
  dashboardQuery,
  dashboardToEdit,
  updateDashboard,
} from './dashboard.service';

@ObjectType()
class DashboardConnection extends ConnectionType(Dashboard) {}

@Resolver(() => Dashboard)
export class DashboardResolver extends OwnedRecordFieldsResolver(Dashboard) {
  @Authorized()
  @Query(() => Dashboard, { nullable: true, description: 'One dashboard you may see; null when there is none.' })
  dashboard(@Arg('id', () => ID, { description: 'The dashboard.' }) id: string, @Ctx() context: GraphQLContext) {
    return dashboardQuery(context.dataSource, context.viewer).andWhere('d.id = :id', { id }).getOne();
  }

  @Authorized()
  @Query(() => DashboardConnection, {
    description: 'The dashboards you may see (yours, your teams’, everyone’s), by name; trashed ones are left out.',
  })
  dashboards(
    @Args() page: PageArgs,
    @Arg('filter', () => DashboardFilter, { nullable: true, description: 'Which ones to list.' })
    filter: DashboardFilter | undefined,
    @Ctx() context: GraphQLContext,
  ) {
    return pageOf(dashboardQuery(context.dataSource, context.viewer, filter), DASHBOARD_ORDERING, page);
  }

  @Authorized('editor')
  @Mutation(() => Dashboard, {
    description: 'Makes a dashboard, owned by you; PRIVATE unless shared.',
  })
  createDashboard(
    @Arg('input', { description: 'The new dashboard.' }) input: CreateDashboardInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => createDashboard(manager, context.viewer!, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Dashboard, {
    description: 'Changes a dashboard (its owner or an admin); CONFLICT when `version` is stale.',
  })
  updateDashboard(
    @Arg('input', { description: 'What changes, and the version edited.' }) input: UpdateDashboardInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, (manager, actor) => updateDashboard(manager, context.viewer!, input, actor));
  }

  @Authorized('editor')
  @Mutation(() => Dashboard, { description: 'Moves a dashboard to the trash (its owner or an admin).' })
  deleteDashboard(
    @Arg('input', { description: 'The dashboard to trash.' }) input: DeleteRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, async (manager, actor) => {
      await dashboardToEdit(manager, context.viewer!, input.id);
      return deleteRecord(manager, DASHBOARD, input.id, input.version, actor);
    });
  }

  @Authorized('editor')
  @Mutation(() => Dashboard, { description: 'Brings a dashboard back from the trash (its owner or an admin).' })
  restoreDashboard(
    @Arg('input', { description: 'The dashboard to restore.' }) input: RestoreRecordInput,
    @Ctx() context: GraphQLContext,
  ) {
    return mutation(context, async (manager, actor) => {
      await dashboardToEdit(manager, context.viewer!, input.id, true);
      return restoreRecord(manager, DASHBOARD, input.id, actor);
    });
  }
}

/** A widget's saved report, shown only to who may see it. */
@Resolver(() => DashboardWidget)
export class DashboardWidgetResolver {
  @FieldResolver(() => SavedReport, {
    nullable: true,
    description: 'The saved report it shows, when you may see it (and it is not in the trash).',
  })
  savedReport(@Root() widget: DashboardWidget, @Ctx() context: GraphQLContext) {
    return widget.savedReportId ? visibleSavedReport(context, widget.savedReportId) : null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may see what it shows: false for a saved report hidden from you or in the trash (it shows nothing then).',
  })
  async visible(@Root() widget: DashboardWidget, @Ctx() context: GraphQLContext): Promise<boolean> {
    return widget.savedReportId ? Boolean(await visibleSavedReport(context, widget.savedReportId)) : true;
  }
}
