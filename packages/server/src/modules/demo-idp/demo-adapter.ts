import { randomBytes, generateKeyPairSync } from 'node:crypto';
import type { Adapter, AdapterPayload } from 'oidc-provider';
import type { DataSource } from 'typeorm';

type Row = { payload: AdapterPayload | string; consumed_at: Date | string | null };

const epoch = (value: Date | string) => Math.floor(new Date(value).getTime() / 1000);

/**
 * oidc-provider's storage in PostgreSQL (table `oidc_payloads`): sessions, interactions, grants,
 * codes and tokens survive a restart, and a consumed code is consumed for every instance.
 */
export class PostgresOidcAdapter implements Adapter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly model: string,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO oidc_payloads (model, id, payload, grant_id, user_code, uid, expires_at)
       VALUES ($1, $2, $3::jsonb, $4, $5, $6,
               CASE WHEN $7::float8 IS NULL THEN NULL ELSE now() + make_interval(secs => $7::float8) END)
       ON CONFLICT (model, id) DO UPDATE SET payload = EXCLUDED.payload, grant_id = EXCLUDED.grant_id,
         user_code = EXCLUDED.user_code, uid = EXCLUDED.uid, expires_at = EXCLUDED.expires_at`,
      [
        this.model,
        id,
        JSON.stringify(payload),
        payload.grantId ?? null,
        payload.userCode ?? null,
        payload.uid ?? null,
        expiresIn ?? null,
      ],
    );
    if (Math.random() < 0.01) {
      await this.dataSource.query('DELETE FROM oidc_payloads WHERE expires_at <= now()');
    }
  }

  find(id: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('id = $2', id);
  }

  findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('uid = $2', uid);
  }

  findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findWhere('user_code = $2', userCode);
  }

  async consume(id: string): Promise<void> {
    await this.dataSource.query('UPDATE oidc_payloads SET consumed_at = now() WHERE model = $1 AND id = $2', [
      this.model,
      id,
    ]);
  }

  async destroy(id: string): Promise<void> {
    await this.dataSource.query('DELETE FROM oidc_payloads WHERE model = $1 AND id = $2', [this.model, id]);
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM oidc_payloads WHERE grant_id = $1', [grantId]);
  }

  private async findWhere(condition: string, value: string): Promise<AdapterPayload | undefined> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT payload, consumed_at FROM oidc_payloads
       WHERE model = $1 AND ${condition} AND (expires_at IS NULL OR expires_at > now())`,
      [this.model, value],
    );
    const row = rows[0];
    if (!row) return undefined;
    const payload = typeof row.payload === 'string' ? (JSON.parse(row.payload) as AdapterPayload) : row.payload;
    return row.consumed_at ? { ...payload, consumed: epoch(row.consumed_at) } : payload;
  }
}

/** The demo provider's own secrets: its signing key, cookie keys and the client secret. */
export interface DemoSecrets {
  signingKey: Record<string, unknown>;
  cookieKeys: string[];
  clientSecret: string;
}

export function newDemoSecrets(): DemoSecrets {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    signingKey: {
      ...privateKey.export({ format: 'jwk' }),
      kid: randomBytes(8).toString('hex'),
      use: 'sig',
      alg: 'ES256',
    },
    cookieKeys: [randomBytes(32).toString('base64url')],
    clientSecret: randomBytes(32).toString('base64url'),
  };
}

/**
 * The secrets every instance shares, made by the first one: kept in `oidc_payloads` under a
 * model name oidc-provider never uses.
 */
export async function loadDemoSecrets(dataSource: DataSource): Promise<DemoSecrets> {
  await dataSource.query(
    `INSERT INTO oidc_payloads (model, id, payload) VALUES ('LiaisonDemoSecrets', 'current', $1::jsonb)
     ON CONFLICT (model, id) DO NOTHING`,
    [JSON.stringify(newDemoSecrets())],
  );
  const rows: { payload: DemoSecrets | string }[] = await dataSource.query(
    `SELECT payload FROM oidc_payloads WHERE model = 'LiaisonDemoSecrets' AND id = 'current'`,
  );
  const payload = rows[0].payload;
  return typeof payload === 'string' ? (JSON.parse(payload) as DemoSecrets) : payload;
}
