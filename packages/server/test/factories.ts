import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role } from '../src/core/auth/roles';
import { TokenScope } from '../src/modules/token/api-token.entity';
import { issueToken } from '../src/modules/token/api-token.service';
import { User } from '../src/modules/user/user.entity';
import { Team } from '../src/modules/team/team.entity';
import { TeamMembership } from '../src/modules/team/team-membership.entity';

let counter = 0;
const next = () => ++counter;

/** A user of the given role with a personal API token. */
export async function createUser(
  dataSource: DataSource,
  options: { role?: Role; name?: string; email?: string; teamIds?: string[]; scope?: TokenScope } = {},
): Promise<{ user: User; token: string }> {
  const n = next();
  const user = await dataSource.manager.save(
    dataSource.manager.create(User, {
      issuer: 'https://idp.test',
      subject: randomUUID(),
      name: options.name ?? `User ${n}`,
      email: options.email ?? `user${n}-${randomUUID().slice(0, 8)}@example.org`,
      role: options.role ?? 'editor',
    }),
  );
  for (const teamId of options.teamIds ?? []) {
    await dataSource.manager.save(dataSource.manager.create(TeamMembership, { teamId, userId: user.id }));
  }
  const { secret } = await issueToken(dataSource.manager, user.id, {
    name: 'tests',
    scope: options.scope ?? TokenScope.WRITE,
  });
  return { user, token: secret };
}

export async function createTeam(dataSource: DataSource, values: Partial<Team> = {}): Promise<Team> {
  const n = next();
  return dataSource.manager.save(
    dataSource.manager.create(Team, { code: `TEAM_${n}_${randomUUID().slice(0, 4)}`, name: `Team ${n}`, ...values }),
  );
}
