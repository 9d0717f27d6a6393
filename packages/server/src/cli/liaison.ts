import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../core/config/config';
import { DataDirInUseError } from '../core/db/data-dir-lock';
import { migrateUp } from '../core/db/migrate';
import { ROLES, type Role } from '../core/auth/roles';
import { createAppDataSource } from '../database';
import { TokenScope } from '../modules/token/api-token.entity';
import { issueToken } from '../modules/token/api-token.service';
import { findOrCreateOperatorUser } from '../modules/user/operator-user.service';

const HOW_TO_RUN = `On the embedded database (no DATABASE_URL), run it while the server is stopped, then start the
server again; with DATABASE_URL, run it at any time with the server's settings.`;

const USAGE = `usage: npm run liaison -- token create --email EMAIL [--role admin|editor|viewer] [--name NAME]
                                    [--scope read|write] [--expires-in-days N]

Creates the user if no user has this email (with the given role, viewer by default), otherwise
uses it (raising its role to --role when given), and prints a new API token for it.

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

async function main(argv: string[]): Promise<void> {
  const [noun, verb, ...rest] = argv;
  if (noun === 'token' && verb === 'create') return tokenCreate(rest);
  throw new UsageError(noun ? `unknown command: ${[noun, verb].filter(Boolean).join(' ')}` : 'no command given');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const help = error instanceof UsageError ? USAGE : error instanceof DataDirInUseError ? HOW_TO_RUN : undefined;
  process.stderr.write(help ? `${message}\n\n${help}\n` : `${message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
