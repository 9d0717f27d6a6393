import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { recordChanges, type Actor } from './audit-writer';
import type { Change } from './change.entity';
import { onCommittedChanges } from './committed-changes';

const ACTOR: Actor = { userId: null, requestId: 'test' };
const entry = (recordId: string) => ({ recordType: 'Organization', recordId, action: 'update' as const });

describe('changes announced after commit', () => {
  let db: TestDatabase;
  let heard: Change[][];
  let stop: () => void;

  beforeAll(async () => {
    db = await createTestDatabase();
    stop = onCommittedChanges(db.dataSource, (changes) => heard.push(changes));
  });
  beforeEach(() => (heard = []));
  afterAll(async () => {
    stop();
    await db.drop();
  });

  it('should tell a transaction’s changes once, after it commits, with their ids and time', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await db.dataSource.transaction(async (manager) => {
      await recordChanges(manager, ACTOR, [entry(a)]);
      await recordChanges(manager, ACTOR, [entry(b)]);
      expect(heard).toEqual([]);
    });
    expect(heard).toHaveLength(1);
    expect(heard[0].map((change) => change.recordId)).toEqual([a, b]);
    expect(heard[0][0].id).toMatch(/^[0-9a-f-]{36}$/);
    expect(heard[0][0].at).toBeInstanceOf(Date);
  });

  it('should tell nothing of a transaction that rolls back', async () => {
    await expect(
      db.dataSource.transaction(async (manager) => {
        await recordChanges(manager, ACTOR, [entry(randomUUID())]);
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(heard).toEqual([]);
  });

  it('should leave out the changes of a savepoint rolled back inside a committed transaction', async () => {
    const [kept, dropped, after] = [randomUUID(), randomUUID(), randomUUID()];
    await db.dataSource.transaction(async (manager) => {
      await recordChanges(manager, ACTOR, [entry(kept)]);
      await manager
        .transaction(async (inner) => {
          await recordChanges(inner, ACTOR, [entry(dropped)]);
          throw new Error('inner refused');
        })
        .catch(() => undefined);
      await recordChanges(manager, ACTOR, [entry(after)]);
    });
    expect(heard.map((changes) => changes.map((change) => change.recordId))).toEqual([[kept, after]]);
    const stored = await db.dataSource.query('SELECT record_id FROM changes WHERE record_id = ANY($1)', [
      [kept, dropped, after],
    ]);
    expect(stored).toHaveLength(2);
  });
});
