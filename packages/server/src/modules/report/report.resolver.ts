import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../core/graphql/context';
import { REPORT_KINDS } from './report-kinds';
import { ReportFunction, ReportKind, ReportSpecInput } from './report.inputs';
import { cachedReport } from './report-cache';
import { runReport } from './report.service';
import { builtInReports, defaultPipelines } from './built-in-reports';
import { BuiltInReportType, Report, ReportFieldInfo } from './report.types';

@Resolver()
export class ReportResolver {
  @Authorized()
  @Query(() => Report, {
    description:
      'Counts and measures records you may see, grouped as the spec says, in one statement; each row carries the list filter of exactly its records. BAD_USER_INPUT names what a spec gets wrong or asks too much.',
  })
  report(
    @Arg('spec', () => ReportSpecInput, { description: 'What to compute.' }) spec: ReportSpecInput,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return cachedReport(context.dataSource, context.viewer, spec, () =>
      runReport(context.dataSource, info.schema, context.viewer, spec),
    );
  }

  @Authorized()
  @Query(() => [BuiltInReportType], { description: 'The reports that come with Liaison, as specs.' })
  async builtInReports(@Ctx() context: GraphQLContext): Promise<BuiltInReportType[]> {
    return builtInReports(new Date(), await defaultPipelines(context.dataSource));
  }

  @Authorized()
  @Query(() => [ReportFieldInfo], { description: 'The fields a report over this kind may group by or measure.' })
  reportFields(
    @Arg('kind', () => ReportKind, { description: 'The kind of record.' }) kind: ReportKind,
  ): ReportFieldInfo[] {
    return REPORT_KINDS[kind].fields.map((field) => ({
      name: field.name,
      label: field.label,
      type: field.type,
      groupable: field.type === 'date' || (Boolean(field.drill) && field.type !== 'number'),
      functions: field.link
        ? []
        : field.type === 'number'
          ? [
              ReportFunction.COUNT_DISTINCT,
              ReportFunction.SUM,
              ReportFunction.AVG,
              ReportFunction.MIN,
              ReportFunction.MAX,
              ReportFunction.MEDIAN,
            ]
          : field.type === 'date'
            ? [ReportFunction.COUNT_DISTINCT, ReportFunction.MIN, ReportFunction.MAX]
            : [ReportFunction.COUNT_DISTINCT],
    }));
  }
}
