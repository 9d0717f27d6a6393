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
import { mutation } from '../shared/transaction';
import { User } from '../user/user.entity';
import { userById } from '../user/author-fields.resolver';
import { ImportJob, ImportProgress } from './import-job.entity';
import { ImportRow } from './import-row.entity';
import { PreviewImportInput, StartImportInput } from './import.inputs';
import { findImportJob, importJobToManage } from './import.policy';
import { kickImports } from './import-runner';
import { cancelImport, importProgress, previewImport, startImport } from './import.service';
import { ImportPreview, UndoImportResult } from './import.types';
import { undoImport } from './import-undo.service';

@ObjectType()
class ImportJobConnection extends ConnectionType(ImportJob) {}

@ObjectType()
class ImportRowConnection extends ConnectionType(ImportRow) {}

/** Imports are for editors and admins: viewers may not write, so they have nothing to import. */
@Resolver(() => ImportJob)
export class ImportResolver {
  @Authorized('editor')
  @Query(() => ImportPreview, {
    description:
      'Reads a file without importing it: its encoding, delimiter, columns with suggested fields and first rows as they would be stored.',
  })
  previewImport(
    @Arg('input', { description: 'The file and how to read it.' }) input: PreviewImportInput,
    @Ctx() context: GraphQLContext,
  ) {
    return previewImport(context.dataSource.manager, input, context.viewer!);
  }

  @Authorized('editor')
  @Query(() => ImportJob, { nullable: true, description: 'One import; null when there is none.' })
  async importJob(@Arg('id', () => ID, { description: 'The import.' }) id: string, @Ctx() context: GraphQLContext) {
    return findImportJob(context.dataSource.manager, id).catch(() => null);
  }

  @Authorized('editor')
  @Query(() => ImportJobConnection, { description: 'Imports, the latest first.' })
  importJobs(@Args() page: PageArgs, @Ctx() context: GraphQLContext) {
    const query = context.dataSource.getRepository(ImportJob).createQueryBuilder('j');
    return pageOf(
      query,
      [
        ['j.created_at', 'DESC'],
        ['j.id', 'DESC'],
      ],
      page,
    );
  }

  @Authorized('editor')
  @Query(() => ImportRowConnection, {
    description:
      'The rows of an import that have problems (rejected, or written with a warning), in file order. Also as CSV at /files/imports/:id/errors.csv.',
  })
  async importErrors(
    @Arg('jobId', () => ID, { description: 'The import.' }) jobId: string,
    @Args() page: PageArgs,
    @Ctx() context: GraphQLContext,
  ) {
    await findImportJob(context.dataSource.manager, jobId);
    const query = context.dataSource
      .getRepository(ImportRow)
      .createQueryBuilder('r')
      .where('r.job_id = :jobId', { jobId })
      .andWhere(`r.errors <> '[]'::jsonb`);
    return pageOf(query, [['r.row_number', 'ASC']], page);
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who started it (null for the system or a removed account).',
  })
  startedBy(@Root() job: ImportJob, @Ctx() context: GraphQLContext) {
    return userById(context, job.createdById);
  }

  @FieldResolver(() => ImportProgress, { description: 'Rows done, rate and time left.' })
  progress(@Root() job: ImportJob): ImportProgress {
    return importProgress(job);
  }

  @Authorized('editor')
  @Mutation(() => ImportJob, {
    description:
      'Starts importing a file in the background (or counting what it would do, with dryRun); follow it with importJob.',
  })
  async startImport(
    @Arg('input', { description: 'The file and how to import it.' }) input: StartImportInput,
    @Ctx() context: GraphQLContext,
  ) {
    const job = await mutation(context, (manager, actor) => startImport(manager, input, context.viewer!, actor));
    void kickImports(context.dataSource);
    return job;
  }

  @Authorized('editor')
  @Mutation(() => ImportJob, { description: 'Stops an import; what it wrote stays (undo it to take that back).' })
  cancelImport(@Arg('id', () => ID, { description: 'The import.' }) id: string, @Ctx() context: GraphQLContext) {
    return mutation(context, async (manager) =>
      cancelImport(manager, await importJobToManage(manager, context.viewer!, id)),
    );
  }

  @Authorized('editor')
  @Mutation(() => UndoImportResult, {
    description:
      'Undoes an import: created records go to the trash, updated ones get their former values; those changed since are kept and listed. Only by who started it or an admin.',
  })
  undoImport(@Arg('id', () => ID, { description: 'The import.' }) id: string, @Ctx() context: GraphQLContext) {
    return mutation(context, async (manager, actor) =>
      undoImport(manager, await importJobToManage(manager, context.viewer!, id), actor),
    );
  }
}
