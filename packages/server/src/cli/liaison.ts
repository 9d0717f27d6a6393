import 'reflect-metadata';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../core/config/config';
import { DataDirInUseError } from '../core/db/data-dir-lock';
import { migrateUp } from '../core/db/migrate';
import { ROLES, type Role } from '../core/auth/roles';
import { createAppDataSource } from '../database';
import { TokenScope } from '../modules/token/api-token.entity';
import { issueToken } from '../modules/token/api-token.service';
import { findOrCreateOperatorUser } from '../modules/user/operator-user.service';
import { User } from '../modules/user/user.entity';
import { IMPORT_KINDS, ON_DUPLICATE, type ImportKind, type OnDuplicate } from '../modules/import/import-job.entity';
import { queueFileImport } from '../modules/import/import.service';
import { claimImportJob, runImportJob } from '../modules/import/import-runner';
import { writeErrorReport } from '../modules/import/import-report';

const HOW_TO_RUN = `On the embedded database (no DATABASE_URL), run it while the server is stopped, then start the
server again; with DATABASE_URL, run it at any time with the server's settings.`;

const USAGE = `usage: npm run liaison -- token create --email EMAIL [--role admin|editor|viewer] [--name NAME]
                                    [--scope read|write] [--expires-in-days N]
       npm run liaison -- import FILE --kind organizations|contacts [--format csv] [--dry-run]
                                    [--mapping mapping.json] [--on-duplicate skip|update|create]
                                    [--source SYSTEM] [--email EMAIL] [--errors REPORT.csv]

token create: creates the user if no user has this email (with the given role, viewer by
default), otherwise uses it (raising its role to --role when given), and prints a new API token.

import: imports a CSV file (UTF-8 or Windows-1252, any delimiter) as the import of the API does,
prints its counts and writes its error report (FILE.errors.csv unless --errors says where). The
history names the user of --email (an editor or admin), or the system. The mapping file is a
JSON object from column to field; without it the columns are mapped by their names.

${HOW_TO_RUN}`;

class UsageError extends Error {}

async function tokenCreate(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string', default: 'operator token' },
      scope: { type: 'string', default: 'write' },
      'expires-in-days': { type: 'string' },
    },
    strict: true,
  });
  if (!values.email || !/^[^@\s]+@[^@\s]+$/.test(values.email))
    throw new UsageError('--email must be an email address');
  if (values.role && !ROLES.includes(values.role as Role))
    throw new UsageError('--role must be admin, editor or viewer');
  if (!['read', 'write'].includes(values.scope!)) throw new UsageError('--scope must be read or write');
  const days = values['expires-in-days'] === undefined ? undefined : Number(values['expires-in-days']);
  if (days !== undefined && !(Number.isInteger(days) && days > 0))
    throw new UsageError('--expires-in-days must be a positive whole number');

  const config = loadConfig(process.env);
  const dataSource = createAppDataSource(config.database);
  await dataSource.initialize();
  try {
    await migrateUp(dataSource);
    const { user, secret } = await dataSource.transaction(async (manager) => {
      const user = await findOrCreateOperatorUser(manager, values.email!, values.role as Role | undefined);
      const { secret } = await issueToken(manager, user.id, {
        name: values.name!,
        scope: values.scope === 'read' ? TokenScope.READ : TokenScope.WRITE,
        expiresAt: days ? new Date(Date.now() + days * 86_400_000) : null,
      });
      return { user, secret };
    });
    process.stderr.write(`token for ${user.email} (${user.role}); it is shown only this once:\n`);
    process.stdout.write(`${secret}\n`);
  } finally {
    await dataSource.destroy();
  }
}

function readMapping(file: string | undefined): Record<string, string> | undefined {
  if (!file) return undefined;
  let mapping: unknown;
  try {
    mapping = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--mapping: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!mapping || typeof mapping !== 'object' || Array.isArray(mapping)) {
    throw new UsageError('--mapping must be a JSON object from column to field');
  }
  return mapping as Record<string, string>;
}

async function importer(dataSource: DataSource, email: string | undefined): Promise<string | null> {
  if (!email) return null;
  const user = await dataSource
    .getRepository(User)
    .createQueryBuilder('u')
    .where('lower(u.email) = lower(:email)', { email })
    .getOne();
  if (!user || user.role === 'viewer') throw new UsageError(`--email must name an editor or an admin`);
  return user.id;
}

async function importFile(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      kind: { type: 'string' },
      format: { type: 'string', default: 'csv' },
      'dry-run': { type: 'boolean', default: false },
      mapping: { type: 'string' },
      'on-duplicate': { type: 'string', default: 'skip' },
      source: { type: 'string' },
      email: { type: 'string' },
      errors: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError('name one file to import');
  if (!IMPORT_KINDS.includes(values.kind as ImportKind))
    throw new UsageError('--kind must be organizations or contacts');
  if (values.format !== 'csv') throw new UsageError('--format must be csv');
  if (!ON_DUPLICATE.includes(values['on-duplicate'] as OnDuplicate)) {
    throw new UsageError('--on-duplicate must be skip, update or create');
  }
  const mapping = readMapping(values.mapping);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const config = loadConfig(process.env);
  const dataSource = createAppDataSource(config.database);
  await dataSource.initialize();
  try {
    await migrateUp(dataSource);
    const userId = await importer(dataSource, values.email);
    const actor = { userId, requestId: null };
    const queued = await dataSource.transaction((manager) =>
      queueFileImport(
        manager,
        path.basename(file),
        bytes,
        {
          kind: values.kind as ImportKind,
          mapping,
          onDuplicate: values['on-duplicate'] as OnDuplicate,
          dryRun: values['dry-run'],
          source: values.source,
        },
        actor,
      ),
    );
    const claimed = await claimImportJob(dataSource, queued.id);
    if (!claimed) throw new Error(`import ${queued.id} was taken by a running server; follow it there`);
    const job = await runImportJob(dataSource, claimed);
    const report = values.errors ?? `${file}.errors.csv`;
    writeFileSync(report, '');
    const problems = await writeErrorReport(dataSource, job.id, (chunk) => appendFileSync(report, chunk));
    const what = job.dryRun ? 'dry run (nothing written)' : 'import';
    process.stdout.write(
      `${what} ${job.id}: ${job.status}${job.error ? ` (${job.error})` : ''}\n` +
        `rows ${job.rowsDone} of ${job.rowsTotal ?? '?'} (${job.encoding}, delimiter ${JSON.stringify(job.delimiter)}, source ${job.source})\n` +
        `created ${job.createdCount}, updated ${job.updatedCount}, skipped ${job.skippedCount}, rejected ${job.rejectedCount}\n` +
        `error report: ${path.resolve(report)} (${problems} problems)\n`,
    );
    if (job.status !== 'done') process.exitCode = 1;
  } finally {
    await dataSource.destroy();
  }
}

async function main(argv: string[]): Promise<void> {
  const [noun, verb, ...rest] = argv;
  if (noun === 'token' && verb === 'create') return tokenCreate(rest);
  if (noun === 'import') return importFile([verb, ...rest].filter((arg) => arg !== undefined));
  throw new UsageError(noun ? `unknown command: ${[noun, verb].filter(Boolean).join(' ')}` : 'no command given');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const help = error instanceof UsageError ? USAGE : error instanceof DataDirInUseError ? HOW_TO_RUN : undefined;
  process.stderr.write(help ? `${message}\n\n${help}\n` : `${message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
