import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('should default to the embedded database on port 4000', () => {
    const config = loadConfig({ INIT_CWD: '/srv/liaison' });
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ url: undefined, poolSize: 10, dataDir: '/srv/liaison/data' });
    expect(config.demoData).toBe(true);
    expect(config.env).toBe('development');
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
    ['NODE_ENV', 'staging', /NODE_ENV must be development, production or test/],
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
});
