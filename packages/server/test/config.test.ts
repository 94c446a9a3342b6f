/** Environment → Config: defaults per DESIGN.md, and one clear line for each bad value. */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, isLoopbackHost, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('defaults to 127.0.0.1:4317, ~/.onsite, SQLite, a 1 MiB body limit and quiet logs', () => {
    expect(loadConfig({})).toEqual({
      port: 4317,
      host: '127.0.0.1',
      dataDir: join(homedir(), '.onsite'),
      databaseUrl: undefined,
      bodyLimit: 1_048_576,
      logLevel: 'warn',
      allowedHosts: [],
    });
  });

  it('reads every variable, treating empty ones as unset', () => {
    const config = loadConfig({
      ONSITE_PORT: '8080',
      ONSITE_HOST: '0.0.0.0',
      ONSITE_DATA_DIR: '/srv/onsite',
      ONSITE_DATABASE_URL: 'postgres://onsite@db:5432/onsite',
      ONSITE_BODY_LIMIT: '2048',
      ONSITE_LOG_LEVEL: 'info',
      ONSITE_ALLOWED_HOSTS: 'Onsite.Example.com, ,box.lan:8080',
    });
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/srv/onsite', bodyLimit: 2048 });
    expect(config.databaseUrl).toBe('postgres://onsite@db:5432/onsite');
    expect(config.allowedHosts).toEqual(['onsite.example.com', 'box.lan:8080']);
    expect(loadConfig({ ONSITE_PORT: '', ONSITE_DATABASE_URL: '' })).toMatchObject({
      port: 4317,
      databaseUrl: undefined,
    });
  });

  it.each([
    [{ ONSITE_PORT: 'eighty' }, 'ONSITE_PORT must be a whole number from 0 to 65535 (got "eighty")'],
    [{ ONSITE_PORT: '70000' }, 'ONSITE_PORT must be at most 65535 (got "70000")'],
    [{ ONSITE_PORT: '-1' }, 'ONSITE_PORT must be a whole number from 0 to 65535 (got "-1")'],
    [{ ONSITE_BODY_LIMIT: '10' }, 'ONSITE_BODY_LIMIT must be at least 1024 (got "10")'],
    [
      { ONSITE_LOG_LEVEL: 'loud' },
      'ONSITE_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ],
    [
      { ONSITE_HOST: 'evil host' },
      'ONSITE_HOST must be a host name or IP address (e.g. 127.0.0.1) (got "evil host")',
    ],
  ])('refuses %o with one line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  it('never echoes a database URL, which may hold a password', () => {
    let error: unknown;
    try {
      loadConfig({ ONSITE_DATABASE_URL: 'mysql://root:hunter2@db/onsite' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain('ONSITE_DATABASE_URL must be a postgres:// or postgresql:// URL');
    expect(String(error)).not.toContain('hunter2');
  });
});

describe('isLoopbackHost', () => {
  it.each(['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2'])('%s is loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true);
  });
  it.each(['0.0.0.0', '192.168.1.10', 'onsite.example.com', '127.0.0.1.example.com'])('%s is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false);
  });
});
