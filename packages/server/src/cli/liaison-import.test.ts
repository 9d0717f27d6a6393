import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { createAppDataSource } from '../database';

const packageRoot = path.resolve(__dirname, '../..');

function liaison(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/cli/liaison.ts', ...args], {
    cwd: packageRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
}

/** Latin-1 text as Windows-1252 bytes, as a spreadsheet on Windows saves it. */
const windows1252 = (text: string) => Buffer.from(text, 'latin1');

describe('npm run liaison -- import', () => {
  let db: TestDatabase | undefined;
  let dir: string;
  let env: Record<string, string>;
  let dataSource: DataSource | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'liaison-import-'));
    if (process.env.TEST_DATABASE_URL) {
      db = await createTestDatabase({ migrate: false });
      await db.dataSource.destroy();
      env = { DATABASE_URL: db.url! };
    } else {
      env = { LIAISON_DATA_DIR: path.join(dir, 'data') };
    }
  });
  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses bad arguments with the usage and exit code 2', () => {
    const run = liaison(['import', path.join(dir, 'none.csv'), '--kind', 'planets'], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--kind must be organizations or contacts[\s\S]*usage: npm run liaison/);
  });

  it('dry-runs, then imports a Windows-1252 file with a mapping, printing the counts and the error report path', async () => {
    const file = path.join(dir, 'Organisationen.csv');
    writeFileSync(
      file,
      windows1252(
        'Firma;Land;Stadt\r\nUniversität Wien;Österreich;Wien\r\nÉcole Polytechnique;France;Palaiseau\r\nNirgendwo GmbH;Narnia;\r\n',
      ),
    );
    const mapping = path.join(dir, 'mapping.json');
    writeFileSync(mapping, JSON.stringify({ Firma: 'name', Land: 'country', Stadt: 'city' }));

    const dry = liaison(['import', file, '--kind', 'organizations', '--mapping', mapping, '--dry-run'], env);
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('dry run (nothing written)');
    expect(dry.stdout).toContain('rows 3 of 3 (windows-1252, delimiter ";", source csv)');
    expect(dry.stdout).toContain('created 2, updated 0, skipped 0, rejected 1');

    const report = path.join(dir, 'report.csv');
    const real = liaison(
      ['import', file, '--kind', 'organizations', '--mapping', mapping, '--errors', report, '--on-duplicate', 'update'],
      env,
    );
    expect(real.status).toBe(0);
    expect(real.stdout).toContain('created 2, updated 0, skipped 0, rejected 1');
    expect(real.stdout).toContain(`error report: ${report} (1 problems)`);
    expect(readFileSync(report, 'utf8')).toBe(
      '\ufeffRow,Outcome,Column,Reason\r\n4,rejected,Land,"""Narnia"" is not a country name or ISO code"\r\n',
    );

    dataSource = createAppDataSource({ url: env.DATABASE_URL, dataDir: env.LIAISON_DATA_DIR });
    await dataSource.initialize();
    expect(await dataSource.query(`SELECT name, country, city FROM organizations ORDER BY city`)).toEqual([
      { name: 'École Polytechnique', country: 'FR', city: 'Palaiseau' },
      { name: 'Universität Wien', country: 'AT', city: 'Wien' },
    ]);
    const [{ changes }] = await dataSource.query(
      `SELECT count(*)::int AS changes FROM changes WHERE record_type = 'Organization' AND action = 'create' AND actor_id IS NULL`,
    );
    expect(changes).toBe(2);
  });
});
