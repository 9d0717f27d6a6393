import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('should default to the embedded database on port 4000', () => {
    const config = loadConfig({ INIT_CWD: '/srv/liaison' });
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ url: undefined, poolSize: 10, dataDir: '/srv/liaison/data' });
    expect(config.demoData).toBe(true);
    expect(config.env).toBe('development');
    expect(config.uploadMaxBytes).toBe(25 * 1024 * 1024);
    expect(config.trustProxy).toEqual(['loopback']);
  });

  it('should read the trusted proxies, or none', () => {
    expect(loadConfig({ TRUST_PROXY: '172.28.0.10, 10.0.0.0/8,::1' }).trustProxy).toEqual([
      '172.28.0.10',
      '10.0.0.0/8',
      '::1',
    ]);
    expect(loadConfig({ TRUST_PROXY: 'none' }).trustProxy).toEqual([]);
  });

  it('should fan live updates out through the database unless REDIS_URL names a Redis', () => {
    expect(loadConfig({}).live).toEqual({ redis: undefined });
    expect(loadConfig({ REDIS_URL: 'redis://cache:6379/0' }).live).toEqual({
      redis: { url: 'redis://cache:6379/0', channel: 'liaison:changes' },
    });
    expect(loadConfig({ REDIS_URL: 'rediss://cache', REDIS_CHANNEL: 'crm:changes' }).live.redis?.channel).toBe(
      'crm:changes',
    );
  });

  it('should read the upload limit in megabytes', () => {
    expect(loadConfig({ UPLOAD_MAX_MB: '100' }).uploadMaxBytes).toBe(100 * 1024 * 1024);
  });

  it('should read PostgreSQL settings', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db.example.org/liaison', DATABASE_POOL_SIZE: '25' });
    expect(config.database.url).toBe('postgres://db.example.org/liaison');
    expect(config.database.poolSize).toBe(25);
  });

  it.each([
    ['PORT', 'abc', /^Invalid configuration: PORT must be an integer between 0 and 65535 \(got "abc"\)$/],
    ['PORT', '70000', /PORT must be an integer/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/],
    ['DATABASE_POOL_SIZE', '0', /DATABASE_POOL_SIZE must be an integer between 1 and 500/],
    ['LIAISON_DEMO_DATA', 'maybe', /LIAISON_DEMO_DATA must be true or false/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of/],
    ['REDIS_URL', 'http://cache', /REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/],
    ['REDIS_CHANNEL', 'a b', /REDIS_CHANNEL must be 1 to 100 letters/],
    ['NODE_ENV', 'staging', /NODE_ENV must be development, production or test/],
    ['UPLOAD_MAX_MB', '0', /UPLOAD_MAX_MB must be an integer between 1 and 1024/],
    ['TRUST_PROXY', 'true', /TRUST_PROXY must be none or a comma-separated list/],
    ['TRUST_PROXY', '10.0.0.0/33', /TRUST_PROXY must be none/],
    ['TRUST_PROXY', 'loopback,proxy.example.org', /TRUST_PROXY must be none/],
  ])('should reject %s=%s naming the variable', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('should keep an absolute data folder as it is', () => {
    expect(loadConfig({ LIAISON_DATA_DIR: '/var/lib/liaison', INIT_CWD: '/srv' }).database.dataDir).toBe(
      '/var/lib/liaison',
    );
  });

  it('should treat empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).database.url).toBeUndefined();
  });

  describe('sign-in, sessions and rate limits', () => {
    it('should default to the built-in demo provider, two idle hours, a week at most', () => {
      const config = loadConfig({});
      expect(config.signIn).toEqual({
        publicUrl: undefined,
        oidc: undefined,
        session: { idleTimeoutMs: 120 * 60_000, absoluteTimeoutMs: 7 * 24 * 3_600_000 },
        claims: {
          adminEmails: [],
          roleClaim: undefined,
          roleMap: undefined,
          teamClaim: undefined,
          teamPattern: undefined,
        },
      });
      expect(config.rateLimit).toEqual({ windowMs: 60_000, graphql: 600, auth: 30 });
    });

    it('should read an external provider and the claim rules', () => {
      const config = loadConfig({
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://liaison.example.org/',
        OIDC_ISSUER: 'https://aai.egi.eu/auth/realms/egi',
        OIDC_CLIENT_ID: 'liaison',
        OIDC_CLIENT_SECRET: 's3cret',
        OIDC_SCOPES: 'openid profile email eduperson_entitlement',
        ADMIN_EMAILS: 'Boss@Example.org, deputy@example.org',
        OIDC_ROLE_CLAIM: 'eduperson_entitlement',
        OIDC_ROLE_MAP: 'urn:mace:egi.eu:group:liaison:role=manager#aai.egi.eu=admin,urn:x=editor',
        OIDC_TEAM_CLAIM: 'eduperson_entitlement',
        OIDC_TEAM_PATTERN: '^urn:mace:egi.eu:group:([^:]+):role=member',
        SESSION_IDLE_MINUTES: '30',
        SESSION_MAX_HOURS: '12',
        RATE_LIMIT_WINDOW_SECONDS: '10',
        RATE_LIMIT_GRAPHQL: '0',
        RATE_LIMIT_AUTH: '5',
      });
      expect(config.signIn).toEqual({
        publicUrl: 'https://liaison.example.org',
        oidc: {
          issuer: 'https://aai.egi.eu/auth/realms/egi',
          clientId: 'liaison',
          clientSecret: 's3cret',
          scopes: ['openid', 'profile', 'email', 'eduperson_entitlement'],
        },
        session: { idleTimeoutMs: 30 * 60_000, absoluteTimeoutMs: 12 * 3_600_000 },
        claims: {
          adminEmails: ['boss@example.org', 'deputy@example.org'],
          roleClaim: 'eduperson_entitlement',
          roleMap: { 'urn:mace:egi.eu:group:liaison:role=manager#aai.egi.eu': 'admin', 'urn:x': 'editor' },
          teamClaim: 'eduperson_entitlement',
          teamPattern: '^urn:mace:egi.eu:group:([^:]+):role=member',
        },
      });
      expect(config.rateLimit).toEqual({ windowMs: 10_000, graphql: 0, auth: 5 });
    });

    it('should refuse production without an external provider, in one line', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://liaison.example.org' })).toThrow(
        new ConfigError(
          'Invalid configuration: OIDC_ISSUER must be set when NODE_ENV=production (the built-in demo sign-in is for development only)',
        ),
      );
      expect(() =>
        loadConfig({ NODE_ENV: 'production', OIDC_ISSUER: 'https://idp.example.org', OIDC_CLIENT_ID: 'x' }),
      ).toThrow('PUBLIC_URL must be set when NODE_ENV=production');
    });

    it.each([
      [
        'PUBLIC_URL',
        'https://liaison.example.org/app',
        /PUBLIC_URL must be an http:\/\/ or https:\/\/ URL without a path/,
      ],
      ['PUBLIC_URL', 'liaison.example.org', /PUBLIC_URL must be an http/],
      ['OIDC_ISSUER', 'ftp://idp.example.org', /OIDC_ISSUER must be an http:\/\/ or https:\/\/ URL \(got "ftp/],
      ['OIDC_SCOPES', 'email profile', /OIDC_SCOPES must include openid/],
      ['OIDC_ROLE_MAP', 'staff=boss', /OIDC_ROLE_MAP must be a comma-separated list of value=role pairs/],
      [
        'OIDC_TEAM_PATTERN',
        '^no-group$',
        /OIDC_TEAM_PATTERN must be a regular expression with exactly one capture group/,
      ],
      ['OIDC_TEAM_PATTERN', '([', /OIDC_TEAM_PATTERN must be a regular expression/],
      ['ADMIN_EMAILS', 'boss@example.org, nobody', /ADMIN_EMAILS must be a comma-separated list of email addresses/],
      ['SESSION_IDLE_MINUTES', '0', /SESSION_IDLE_MINUTES must be an integer between 1 and 525600/],
      ['SESSION_MAX_HOURS', 'week', /SESSION_MAX_HOURS must be an integer/],
      ['RATE_LIMIT_GRAPHQL', '-1', /RATE_LIMIT_GRAPHQL must be an integer between 0 and 1000000/],
      ['RATE_LIMIT_WINDOW_SECONDS', '0', /RATE_LIMIT_WINDOW_SECONDS must be an integer between 1 and 86400/],
    ])('should reject %s=%s naming the variable', (name, value, message) => {
      expect(() => loadConfig({ [name]: value })).toThrow(message);
    });

    it.each([
      [{ OIDC_ISSUER: 'https://idp.example.org' }, 'OIDC_CLIENT_ID must be set with OIDC_ISSUER'],
      [{ OIDC_CLIENT_ID: 'liaison' }, 'OIDC_ISSUER must be set with OIDC_CLIENT_ID'],
      [{ OIDC_ROLE_MAP: 'staff=editor' }, 'OIDC_ROLE_CLAIM must be set with OIDC_ROLE_MAP'],
      [{ OIDC_TEAM_PATTERN: '^(.*)$' }, 'OIDC_TEAM_CLAIM must be set with OIDC_TEAM_PATTERN'],
      [
        { SESSION_IDLE_MINUTES: '120', SESSION_MAX_HOURS: '1' },
        'SESSION_IDLE_MINUTES must not be longer than SESSION_MAX_HOURS',
      ],
    ])('should reject the combination %j', (env, message) => {
      expect(() => loadConfig(env)).toThrow(`Invalid configuration: ${message}`);
    });

    it('should never print the client secret', () => {
      let message = '';
      try {
        loadConfig({ OIDC_ISSUER: 'https://idp.example.org', OIDC_CLIENT_SECRET: 'hunter2-secret', PORT: 'x' });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Invalid configuration: PORT/);
      expect(message).not.toContain('hunter2-secret');
    });
  });
});
