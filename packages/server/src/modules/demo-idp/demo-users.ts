import type { DataSource } from 'typeorm';
import { diffOf, recordChanges, type Actor } from '../shared/audit-writer';
import { syncTeams } from '../team/team-membership.service';
import { OPERATOR_ISSUER } from '../user/operator-user.service';
import { User } from '../user/user.entity';
import { DEMO_ACCOUNTS } from './demo-accounts';

const MADE_FIELDS = ['issuer', 'subject', 'email', 'name', 'role'] as const;

/**
 * Makes the demo accounts users before their first sign-in, in their roles and teams, so that
 * colleagues find them in every picker (owners, participants, assignees) from the start. Each is
 * made as a user of the command line, by its email, which its first demo sign-in adopts (the
 * provider vouches for the email). An account whose email any user has, even deactivated or
 * erased, is left alone. Answers how many were made.
 */
export async function ensureDemoUsers(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    let made = 0;
    for (const account of DEMO_ACCOUNTS) {
      const known: unknown[] = await manager.query('SELECT 1 FROM users WHERE lower(email) = lower($1)', [
        account.email,
      ]);
      if (known.length > 0) continue;
      const user = await manager.save(
        manager.create(User, {
          issuer: OPERATOR_ISSUER,
          subject: account.email.toLowerCase(),
          email: account.email,
          name: account.name,
          role: account.role,
        }),
      );
      const actor: Actor = { userId: user.id, requestId: null };
      await recordChanges(manager, actor, [
        { recordType: 'User', recordId: user.id, action: 'create', diff: diffOf(null, user as never, MADE_FIELDS) },
      ]);
      await syncTeams(
        manager,
        user.id,
        account.teams.map((code) => code.toLowerCase()),
        actor,
      );
      made++;
    }
    return made;
  });
}
