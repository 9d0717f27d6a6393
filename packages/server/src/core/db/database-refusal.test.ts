import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { databaseRefusal } from './database-refusal';

describe('databaseRefusal', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  async function refusalOf(sql: string) {
    const error = await db.dataSource.query(sql).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).not.toBeNull();
    return databaseRefusal(error);
  }

  it.each([
    ["SELECT 'ten'::int", '22P02'],
    ['SELECT 1 / 0', '22012'],
    ["SELECT '2026-13-45'::date", '22008'],
    ["SELECT 'x' ~ '('", '2201B'],
    ["SELECT repeat('x', 10)::varchar(2)::char(1)::int", '22P02'],
  ])('should call the data exception of %s bad input', async (sql, code) => {
    expect(await refusalOf(sql)).toEqual({
      code: 'BAD_USER_INPUT',
      status: 400,
      message: `A value is not valid for the database (${code})`,
    });
  });

  it('should call a duplicate a conflict and a missing parent bad input', async () => {
    await db.dataSource.query("INSERT INTO teams (code, name) VALUES ('DUP', 'One')");
    expect(await refusalOf("INSERT INTO teams (code, name) VALUES ('DUP', 'Two')")).toMatchObject({
      code: 'CONFLICT',
      status: 409,
    });
    expect(
      await refusalOf('INSERT INTO team_memberships (team_id, user_id) VALUES (gen_random_uuid(), gen_random_uuid())'),
    ).toMatchObject({ code: 'BAD_USER_INPUT', status: 400 });
  });

  it('should leave any other failure a server fault', async () => {
    expect(await refusalOf('SELECT * FROM no_such_table')).toBeNull();
    expect(databaseRefusal(new Error('not from the database'))).toBeNull();
  });
});
