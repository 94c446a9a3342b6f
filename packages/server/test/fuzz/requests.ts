/**
 * One arbitrary per route: valid requests built from its schemas, and requests wrong in one part
 * (body value, body text, content type, query, path id, method, origin). Ids and versions stay
 * symbolic ("a live record, its current version") until the runner resolves them against the
 * records that exist at that moment, so writes with the right version reach the handlers.
 */
import fc from 'fast-check';
import {
  encodeLoosely,
  mutate,
  nastyBodyText,
  nastyPathSegment,
  nastyQueryString,
  nastyQueryValue,
  OVERSIZED_BODY,
  WRONG_CONTENT_TYPES,
} from './mutations';
import type { ParamSpec, RouteSpec } from './routes';
import { arbitraryFor } from './schema-arbitrary';

/** A path parameter: a record that exists, one that was deleted, or literal (encoded) text. */
export type PathValue = { live: number } | { gone: true } | { raw: string };

/** What a write's `version` (body or query) should be once the record is known. */
export type VersionChoice = 'current' | 'stale' | 'as-generated';

export type Body = { json: unknown } | { text: string } | undefined;

export interface FuzzRequest {
  /** Which mutation made it, for the failure message. */
  kind: string;
  method: string;
  path: Record<string, PathValue>;
  /** Pairs to encode, or a raw query string. */
  query: [string, string][] | { raw: string };
  body: Body;
  /** undefined: application/json when there is a body; null: no content-type header at all. */
  contentType?: string | null;
  /** Replaces the same-origin headers, e.g. a cross-site Sec-Fetch-Site. */
  headers?: Record<string, string>;
  version: VersionChoice;
}

type Part = Omit<FuzzRequest, 'kind' | 'method' | 'version'>;

const queryText = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(queryText);
  if (value === null || value === undefined) return [''];
  return [typeof value === 'string' ? value : JSON.stringify(value)];
};

function validQuery(params: ParamSpec[]): fc.Arbitrary<[string, string][]> {
  const entries = params.map((p) => {
    const value = arbitraryFor(p.schema, `query.${p.name}`);
    const pair = value.map((v) => [p.name, v] as const);
    // Optional parameters absent half the time: each present one is another chance to be refused.
    return p.required ? pair : fc.option(pair, { freq: 1 });
  });
  return fc
    .tuple(...entries)
    .map((pairs) =>
      pairs
        .filter((pair): pair is readonly [string, unknown] => pair !== null)
        .flatMap(([name, value]) => queryText(value).map((text): [string, string] => [name, text])),
    );
}

function validPath(params: ParamSpec[]): fc.Arbitrary<Record<string, PathValue>> {
  const values = params.map((p) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.nat(100).map((live): PathValue => ({ live })) },
      { weight: 1, arbitrary: fc.constant<PathValue>({ gone: true }) },
      {
        weight: 1,
        arbitrary: arbitraryFor(p.schema, `path.${p.name}`).map(
          (v): PathValue => ({ raw: encodeLoosely(String(v)) }),
        ),
      },
    ),
  );
  return fc
    .tuple(...values)
    .map((list) => Object.fromEntries(params.map((p, i) => [p.name, list[i] as PathValue])));
}

function validBody(route: RouteSpec): fc.Arbitrary<Body> {
  if (!route.body) return fc.constant(undefined);
  return arbitraryFor(route.body.schema, 'body').map((json) => ({ json }));
}

/** Weighted choices of how this route's request goes wrong (only the parts it has). */
function mutatedParts(route: RouteSpec, valid: Part): fc.Arbitrary<[string, Part]>[] {
  const out: fc.Arbitrary<[string, Part]>[] = [];
  const part = (kind: string, arbitrary: fc.Arbitrary<Partial<Part>>) =>
    out.push(arbitrary.map((changes): [string, Part] => [kind, { ...valid, ...changes }]));
  const bodySchema = route.body?.schema;
  if (bodySchema && valid.body && 'json' in valid.body) {
    const json = valid.body.json;
    for (let i = 0; i < 3; i++)
      part(
        'body value',
        mutate(bodySchema, json).map((v) => ({ body: { json: v } })),
      );
    part(
      'body text',
      nastyBodyText(json).map((text) => ({ body: { text } })),
    );
    part('oversized body', fc.constant({ body: { text: OVERSIZED_BODY } }));
    part(
      'content type',
      fc
        .oneof(fc.constantFrom<string | null>(...WRONG_CONTENT_TYPES, null))
        .map((contentType) => ({ contentType })),
    );
    part('no body', fc.constant({ body: undefined, contentType: 'application/json' }));
  } else {
    // Routes without a body get one anyway: it must be ignored or refused, never crash.
    part(
      'unexpected body',
      nastyBodyText({ a: 1 }).map((text) => ({ body: { text } })),
    );
  }
  if (route.query.length > 0 && Array.isArray(valid.query)) {
    const names = route.query.map((p) => p.name);
    const pairs = valid.query;
    part(
      'query value',
      fc.tuple(fc.constantFrom(...names), nastyQueryValue).map(([name, value]) => ({
        query: [...pairs.filter(([n]) => n !== name), [name, value] as [string, string]],
      })),
    );
    part(
      'query repeated',
      fc
        .constantFrom(...names)
        .map((name) => ({ query: [...pairs, [name, '1'], [name, '2']] as [string, string][] })),
    );
    part(
      'query missing',
      fc.constantFrom(...names).map((name) => ({ query: pairs.filter(([n]) => n !== name) })),
    );
  }
  part(
    'query junk',
    nastyQueryString.map((raw) => ({ query: { raw } })),
  );
  part(
    'query unknown key',
    fc.string({ maxLength: 10 }).map((k) => ({
      query: [...(Array.isArray(valid.query) ? valid.query : []), [encodeLoosely(k) || 'x', '1']] as [
        string,
        string,
      ][],
    })),
  );
  for (const p of route.pathParams) {
    part(
      'path id',
      nastyPathSegment.map((raw) => ({ path: { ...valid.path, [p.name]: { raw } } })),
    );
  }
  part(
    'headers',
    fc
      .constantFrom<Record<string, string>[]>(
        { 'sec-fetch-site': 'cross-site' },
        { 'sec-fetch-site': 'same-site' },
        { origin: 'null' },
        { origin: 'http://evil.example' },
        { host: 'evil.example' },
        { host: '' },
        { cookie: 'a=b' },
        { accept: 'text/html' },
      )
      .map((headers) => ({ headers })),
  );
  return out;
}

const OTHER_METHODS = ['HEAD', 'OPTIONS', 'PATCH', 'PUT', 'DELETE', 'POST', 'GET', 'TRACE'];

/** Valid and mutated requests for `route`, about 40% valid. */
export function requestArbitrary(route: RouteSpec): fc.Arbitrary<FuzzRequest> {
  const validPart = fc.record({
    path: validPath(route.pathParams),
    query: validQuery(route.query),
    body: validBody(route),
  });
  const version = fc.constantFrom<VersionChoice>('current', 'current', 'stale', 'as-generated');
  return fc.tuple(validPart, version).chain(([valid, versionChoice]) => {
    const base = { method: route.method, version: versionChoice };
    const validRequest = fc.constant<FuzzRequest>({ kind: 'valid', ...base, ...valid });
    const mutations = mutatedParts(route, valid).map((arbitrary) =>
      arbitrary.map(([kind, part]): FuzzRequest => ({ kind, ...base, ...part })),
    );
    const otherMethod = fc
      .constantFrom(...OTHER_METHODS.filter((m) => m !== route.method))
      .map((method): FuzzRequest => ({ kind: 'method', ...base, ...valid, method }));
    return fc.oneof(
      { weight: 8, arbitrary: validRequest },
      { weight: 10, arbitrary: fc.oneof(...mutations) },
      { weight: 1, arbitrary: otherMethod },
    );
  });
}
