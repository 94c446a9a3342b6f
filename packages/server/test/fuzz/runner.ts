/**
 * Sends fuzz requests through `inject` and judges the answers. Keeps a few real records per
 * collection (created through the API's own POST), tracks their versions from the responses, and
 * replaces any the fuzzer deletes, so ids and versions in requests point at live data.
 */

import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { FuzzRequest } from './requests';
import type { RouteSpec } from './routes';
import { arbitraryFor } from './schema-arbitrary';

/** By API convention a write carries the version it edits under this name (PUT body, DELETE query). */
const VERSION = 'version';
const RECORDS_PER_COLLECTION = 4;

/**
 * A stack frame as Node prints it: "at fn (/path/file.ts:12:3)", "at file:///x.js:1:2",
 * "at node:internal/timers:5:7". Anchored on the file and line, so prose ("at stake") never matches.
 */
const STACK_FRAME =
  /\bat (?:async )?(?:[^\s()"]+ \()?(?:(?:file:\/\/)?[\w./\\@-]*\.[cm]?[jt]sx?|node:[\w/]+):\d+:\d+/;

interface LiveRecord {
  id: string;
  version: number;
}

export interface Sent {
  method: string;
  url: string;
  /** The body as sent, so text the client wrote itself is not mistaken for a leak. */
  payload: string | undefined;
  response: LightMyRequestResponse;
}

/** The collection a templated path belongs to: /api/stories/{id}/versions → /api/stories. */
const collectionOf = (path: string): string => path.split('/{')[0] ?? path;

export class Runner {
  private readonly records = new Map<string, LiveRecord[]>();
  private readonly gone = new Map<string, string>();
  private seeds = 1;

  constructor(
    private readonly app: FastifyInstance,
    private readonly specs: RouteSpec[],
    private readonly headers: Record<string, string>,
  ) {}

  /** Creates the records each collection's item routes point at, through its POST route. */
  async seed(): Promise<void> {
    for (const route of this.specs) {
      if (route.pathParams.length === 0) continue;
      const collection = collectionOf(route.path);
      if (this.records.has(collection)) continue;
      const create = this.specs.find((s) => s.method === 'POST' && s.path === collection && s.body);
      if (!create) continue;
      const records: LiveRecord[] = [];
      for (let i = 0; i < RECORDS_PER_COLLECTION; i++) records.push(await this.create(create));
      this.records.set(collection, records);
      // A record that existed and was deleted: its routes must say 404, not fall over.
      const doomed = await this.create(create);
      const removed = await this.inject('DELETE', `${collection}/${doomed.id}?${VERSION}=${doomed.version}`);
      if (removed.response.statusCode >= 300)
        throw new Error(`could not delete a seed record in ${collection}`);
      this.gone.set(collection, doomed.id);
    }
  }

  /** A valid body from the POST schema, retried until one passes the refinements JSON Schema lacks. */
  private async create(route: RouteSpec): Promise<LiveRecord> {
    const schema = route.body?.schema ?? {};
    const arbitrary = arbitraryFor(schema, 'seed');
    for (let attempt = 0; attempt < 200; attempt++) {
      // One at a time: bodies can be large, and the first few usually pass.
      const [body] = fc.sample(arbitrary, { numRuns: 1, seed: this.seeds++ });
      const sent = await this.inject('POST', route.path, JSON.stringify(body));
      const created = sent.response.statusCode === 201 ? sent.response.json() : undefined;
      if (typeof created?.id === 'string' && typeof created[VERSION] === 'number') {
        return { id: created.id, version: created[VERSION] };
      }
    }
    throw new Error(`none of 200 generated bodies created a record through POST ${route.path}`);
  }

  /** Same-origin JSON unless `overrides` say otherwise; a content-type of '' means none at all. */
  private async inject(
    method: string,
    url: string,
    payload?: string,
    overrides: Record<string, string> = {},
  ): Promise<Sent> {
    const headers: Record<string, string> = {
      ...this.headers,
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      ...overrides,
    };
    if (headers['content-type'] === '') delete headers['content-type'];
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
    return { method, url, payload, response };
  }

  /** Resolves the symbolic ids and versions, sends the request, and keeps the records current. */
  async send(route: RouteSpec, request: FuzzRequest): Promise<Sent> {
    const collection = collectionOf(route.path);
    const live = this.records.get(collection) ?? [];
    let target: LiveRecord | undefined;
    const path = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
      const value = request.path[name];
      if (!value) return '';
      if ('raw' in value) return value.raw;
      if ('gone' in value) return encodeURIComponent(this.gone.get(collection) ?? 'gone');
      target = live[value.live % Math.max(1, live.length)];
      return target ? encodeURIComponent(target.id) : 'none';
    });
    const version = target && this.versionFor(target, request);
    const query = Array.isArray(request.query)
      ? request.query.map(([k, v]) => [k, k === VERSION && version !== undefined ? String(version) : v])
      : request.query;
    const search = Array.isArray(query)
      ? query.map(([k, v]) => `${k}=${encodeQueryValue(v ?? '')}`).join('&')
      : query.raw;
    let body = request.body;
    if (version !== undefined && body && 'json' in body && isRecord(body.json) && VERSION in body.json) {
      body = { json: { ...body.json, [VERSION]: version } };
    }
    const payload = body === undefined ? undefined : 'text' in body ? body.text : JSON.stringify(body.json);
    const headers: Record<string, string> = { ...request.headers };
    if (request.contentType === null) headers['content-type'] = '';
    else if (request.contentType !== undefined) headers['content-type'] = request.contentType;
    const sent = await this.inject(
      request.method,
      search === '' ? path : `${path}?${search}`,
      payload,
      headers,
    );
    if (target) await this.track(route, collection, target, request.method, sent.response);
    return sent;
  }

  private versionFor(record: LiveRecord, request: FuzzRequest): number | undefined {
    if (request.version === 'current') return record.version;
    // Both directions: a version already replaced, and one not yet written.
    if (request.version === 'stale') return record.version > 1 ? record.version - 1 : record.version + 1;
    return undefined;
  }

  private async track(
    route: RouteSpec,
    collection: string,
    record: LiveRecord,
    method: string,
    response: LightMyRequestResponse,
  ): Promise<void> {
    if (route.path !== `${collection}/{id}`) return;
    if (method === 'PUT' && response.statusCode === 200) record.version = response.json()[VERSION];
    if (method === 'DELETE' && response.statusCode < 300) {
      const live = this.records.get(collection) ?? [];
      const create = this.specs.find((s) => s.method === 'POST' && s.path === collection);
      this.gone.set(collection, record.id);
      const replacement = create ? await this.create(create) : undefined;
      this.records.set(
        collection,
        live.flatMap((r) => (r === record ? (replacement ? [replacement] : []) : [r])),
      );
    }
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Generated values are encoded; mutated ones that are already percent-text pass through. */
function encodeQueryValue(value: string): string {
  return /^[A-Za-z0-9%._~-]*$/.test(value) ? value : encodeURIComponentLoose(value);
}

function encodeURIComponentLoose(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return encodeURIComponent(value.replace(/\p{Cs}/gu, '\ufffd'));
  }
}

/** Everything a response must be, whatever was sent. Returns what is wrong, or undefined. */
export function problemWith({ method, url, payload, response }: Sent): string | undefined {
  const status = response.statusCode;
  if (status >= 500) return `status ${status}: ${response.body.slice(0, 500)}`;
  // Bodies echo the client's own text (a story, a Zod message quoting a value): only a frame the
  // request did not contain is a leak.
  const frame = STACK_FRAME.exec(response.body)?.[0];
  if (frame && !`${url}\n${payload ?? ''}`.includes(frame)) {
    return `stack trace text in the body: ${frame.slice(0, 300)}`;
  }
  if (status < 400 || method === 'HEAD') return undefined;
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return `status ${status} with a body that is not JSON: ${response.body.slice(0, 200)}`;
  }
  const error = isRecord(body) ? body.error : undefined;
  if (!isRecord(error) || typeof error.code !== 'string' || typeof error.message !== 'string') {
    return `status ${status} without the {error:{code,message}} shape: ${response.body.slice(0, 300)}`;
  }
  return undefined;
}
