/**
 * Response headers: a strict CSP and friends on every response, no-store on the API, and never a
 * CORS header, preflights included. Also the shared-server Host rules.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';
import { allowedHosts } from '../src/http/security';
import { forEachDatabase } from './databases';
import { appFor, HOST, JSON_SAME_ORIGIN, SAME_ORIGIN } from './http-app';

function csp(response: LightMyRequestResponse): Map<string, string> {
  const header = String(response.headers['content-security-policy'] ?? '');
  return new Map(
    header
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name = '', ...values] = d.split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
  );
}

forEachDatabase('HTTP security headers', (getStorage) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appFor(getStorage());
    // A route that tries to open CORS, standing in for a careless future plugin.
    app.get('/api/test/cors-attempt', (_request, reply) =>
      reply.header('Access-Control-Allow-Origin', '*').send({ ok: true }),
    );
  });
  afterAll(() => app.close());

  const responses = () => [
    app.inject({ method: 'GET', url: '/', headers: SAME_ORIGIN }),
    app.inject({ method: 'GET', url: '/api/health', headers: SAME_ORIGIN }),
    app.inject({ method: 'GET', url: '/api/stories', headers: SAME_ORIGIN }),
    app.inject({ method: 'GET', url: '/api/openapi.json', headers: SAME_ORIGIN }),
    app.inject({ method: 'GET', url: '/api/no-such-thing', headers: SAME_ORIGIN }),
    app.inject({
      method: 'GET',
      url: '/api/test/cors-attempt',
      headers: { ...SAME_ORIGIN, origin: 'http://attacker.example' },
    }),
    app.inject({ method: 'POST', url: '/api/stories', headers: JSON_SAME_ORIGIN, payload: '{bad' }),
    app.inject({ method: 'GET', url: '/api/health', headers: { host: 'attacker.example:4317' } }),
    app.inject({
      method: 'OPTIONS',
      url: '/api/stories',
      headers: {
        host: HOST,
        origin: 'http://attacker.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    }),
    app.inject({
      method: 'OPTIONS',
      url: '/api/stories',
      headers: { host: HOST, origin: `http://${HOST}`, 'access-control-request-method': 'PUT' },
    }),
  ];

  it('never sends an Access-Control-* header, on any response, preflights included', async () => {
    for (const response of await Promise.all(responses())) {
      const cors = Object.keys(response.headers).filter((h) => h.toLowerCase().startsWith('access-control-'));
      expect(cors, `${response.statusCode} ${response.body.slice(0, 80)}`).toEqual([]);
    }
  });

  it('answers a preflight with an error, never a 2xx', async () => {
    const all = await Promise.all(responses());
    for (const preflight of all.slice(-2)) expect(preflight.statusCode).toBeGreaterThanOrEqual(400);
  });

  it('sends a CSP without inline scripts or external hosts, and no framing, on every response', async () => {
    for (const response of await Promise.all(responses())) {
      const policy = csp(response);
      expect(policy.get('default-src')).toBe("'self'");
      expect(policy.get('script-src')).toBe("'self'");
      expect(policy.get('frame-ancestors')).toBe("'none'");
      expect(policy.get('object-src')).toBe("'none'");
      for (const value of policy.values()) {
        expect(value).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      }
      expect(policy.has('upgrade-insecure-requests')).toBe(false);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('marks every API response Cache-Control: no-store, errors included', async () => {
    for (const response of await Promise.all(responses())) {
      if (response.body.startsWith('<!doctype')) continue;
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });
});

describe('shared-server mode Host rules', () => {
  const hosts = (env: Record<string, string>) =>
    allowedHosts(loadConfig({ ONSITE_PORT: '4317', ONSITE_DATA_DIR: '/tmp/x', ...env }), 4317);

  it('in local mode accepts exactly the loopback names with our port', () => {
    expect([...hosts({})].sort()).toEqual(['127.0.0.1:4317', '[::1]:4317', 'localhost:4317']);
  });

  it('adds the configured host when it is not loopback, bracketing IPv6', () => {
    expect(hosts({ ONSITE_HOST: '192.168.1.10' }).has('192.168.1.10:4317')).toBe(true);
    expect(hosts({ ONSITE_HOST: 'fd00::1' }).has('[fd00::1]:4317')).toBe(true);
  });

  it('never adds a wildcard bind address; names come from ONSITE_ALLOWED_HOSTS', () => {
    const set = hosts({ ONSITE_HOST: '0.0.0.0', ONSITE_ALLOWED_HOSTS: 'Onsite.Example.com, box.lan:4317' });
    expect(set.has('0.0.0.0:4317')).toBe(false);
    expect(set.has('onsite.example.com')).toBe(true);
    expect(set.has('box.lan:4317')).toBe(true);
    expect(set.has('attacker.example:4317')).toBe(false);
  });

  it('accepts bare names only when our port is 80', () => {
    const config = loadConfig({ ONSITE_PORT: '80', ONSITE_DATA_DIR: '/tmp/x' });
    expect(allowedHosts(config, 80).has('localhost')).toBe(true);
    expect(hosts({}).has('localhost')).toBe(false);
  });
});
