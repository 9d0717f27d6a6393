import type { EntityManager } from 'typeorm';
import { hasRole } from '../../core/auth/roles';
import type { Viewer } from '../../core/auth/viewer';
import { ForbiddenError, NotFoundError } from '../../core/graphql/errors';
import { ImportJob } from './import-job.entity';

/** Editors and admins see every import (the history of the data is everyone's). */
export async function findImportJob(manager: EntityManager, id: string, lock = false): Promise<ImportJob> {
  const job = await manager.findOne(ImportJob, {
    where: { id },
    ...(lock ? { lock: { mode: 'pessimistic_write' } } : {}),
  });
  if (!job) throw new NotFoundError('ImportJob', id);
  return job;
}

/** Only who started an import, or an admin, may cancel or undo it. */
export async function importJobToManage(manager: EntityManager, viewer: Viewer, id: string): Promise<ImportJob> {
  const job = await findImportJob(manager, id, true);
  if (job.createdById !== viewer.userId && !hasRole(viewer.role, 'admin')) {
    throw new ForbiddenError('Only who started this import, or an admin, may cancel or undo it');
  }
  return job;
}
