/**
 * Ways a value, a query string, a path segment or a body can be wrong. Values are mutated with
 * the schema in hand (a type it does not admit, a required key gone, a key it does not know…);
 * raw texts are what no JSON serialiser would produce (broken JSON, poisoned keys, deep nesting).
 */
import fc from 'fast-check';
import { type JsonSchema, typesOf } from './schema-arbitrary';

/** Strings that have broken servers before: NUL, lone surrogates, BOMs, RTL, injection-looking text. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '   ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\udc00\ud800',
  '😀'.repeat(60),
  'e\u0301\u0301\u0301',
  '\u202eevil',
  '\ufeffbom',
  '\r\n\t',
  "'; drop table stories; --",
  '" or 1=1 --',
  '%',
  '%00',
  '\\',
  '<script>alert(1)</script>',
  'null',
  'undefined',
  '0',
  '-1',
  '1e309',
  'NaN',
  'Infinity',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
];

const nastyString = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
  // Over every limit we have (titles 200, texts 20,000) but under the 1 MiB body limit. Past
  // 20,001 chars as words: one huge token is quadratic in core's tokenizer (see the fuzz report).
  fc.constantFrom(201, 501, 20_001).map((n) => 'x'.repeat(n)),
  fc.constantFrom(100_000, 500_000).map((n) => 'word '.repeat(n / 5)),
  fc.constantFrom(10_001).map((n) => '\u0000\ud800'.repeat(n)),
);

/**
 * Arrays or objects nested deep inside a value, for validators that recurse. Kept shallow enough
 * for fast-check to print a counterexample; the parser gets 20,000 levels as raw text instead.
 */
export const deepNesting = fc.tuple(fc.constantFrom(10, 100, 300), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
  return value;
});

const ANY_TYPE: Record<string, fc.Arbitrary<unknown>> = {
  string: nastyString,
  number: fc.oneof(
    fc.constantFrom(0, -1, 1.5, -0.0001, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, 2 ** 53),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  ),
  boolean: fc.boolean(),
  null: fc.constant(null),
  array: fc.oneof(fc.constant([]), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 })),
  object: fc.oneof(
    fc.constant({}),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })),
  ),
};

/** A value of a JSON type the schema does not admit (or anything, when it admits them all). */
export function wrongType(schema: JsonSchema): fc.Arbitrary<unknown> {
  const admitted = typesOf(schema);
  const others = Object.entries(ANY_TYPE)
    .filter(([type]) => !admitted.has(type))
    .map(([, arbitrary]) => arbitrary);
  return others.length === 0 ? fc.jsonValue() : fc.oneof(...others);
}

const EXTRA_KEYS = fc.oneof(
  fc.constantFrom('constructor', 'prototype', 'toString', 'hasOwnProperty', 'id', 'version', 'createdAt', ''),
  fc.string({ maxLength: 12 }),
);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` (which `schema` accepts) changed in one place so that it most likely does not. */
export function mutate(schema: JsonSchema, value: unknown, depth = 0): fc.Arbitrary<unknown> {
  const whole = [
    { weight: 3, arbitrary: wrongType(schema) },
    { weight: 2, arbitrary: nastyString as fc.Arbitrary<unknown> },
    { weight: 1, arbitrary: deepNesting },
  ];
  const inside: { weight: number; arbitrary: fc.Arbitrary<unknown> }[] = [];
  const properties = schema.properties ?? {};
  if (isPlainObject(value) && depth < 4) {
    const present = Object.keys(value).filter((key) => key in properties);
    if (present.length > 0) {
      const nested = fc.constantFrom(...present).chain((key) =>
        mutate(properties[key] ?? {}, value[key], depth + 1).map((changed) => ({
          ...value,
          [key]: changed,
        })),
      );
      inside.push({ weight: 6, arbitrary: nested });
    }
    const required = (schema.required ?? []).filter((key) => key in value);
    if (required.length > 0) {
      const dropped = fc.constantFrom(...required).map((key) => {
        const { [key]: _gone, ...rest } = value;
        return rest;
      });
      inside.push({ weight: 2, arbitrary: dropped });
    }
    const extra = fc
      .tuple(EXTRA_KEYS, fc.jsonValue({ maxDepth: 2 }))
      .filter(([key]) => !(key in properties))
      .map(([key, v]) => ({ ...value, [key]: v }));
    inside.push({ weight: 2, arbitrary: extra });
    // Every property the schema knows, each of a wrong type: many details in one error.
    const allWrong = fc.record(
      Object.fromEntries(Object.entries(properties).map(([key, sub]) => [key, wrongType(sub)])),
    );
    inside.push({ weight: 1, arbitrary: allWrong });
  }
  if (Array.isArray(value) && schema.items && depth < 4) {
    const items = schema.items;
    if (value.length > 0) {
      const nested = fc
        .nat(value.length - 1)
        .chain((i) => mutate(items, value[i], depth + 1).map((changed) => value.with(i, changed)));
      inside.push({ weight: 4, arbitrary: nested });
      inside.push({ weight: 1, arbitrary: fc.constant([...value, ...value]) });
    }
    const over = (schema.maxItems ?? 1000) + 1;
    inside.push({
      weight: 1,
      arbitrary: fc.constant(
        Array.from({ length: over }, (_, i) => value[i % Math.max(1, value.length)] ?? 'x'),
      ),
    });
  }
  return fc.oneof(...whole, ...inside);
}

/** Query values that are wrong as text: not numbers, not dates, empty, huge, percent junk. */
export const nastyQueryValue = fc.oneof(
  fc.constantFrom(
    '',
    'abc',
    '-1',
    '0',
    '1.5',
    '1e3',
    '0x10',
    'NaN',
    'Infinity',
    '-Infinity',
    '%20%205',
    '9'.repeat(400),
    'true',
    '%00',
    '%ED%A0%80',
    '2026-13-45T99:99:99Z',
    '2026-01-01',
    '%5B%5D',
  ),
  fc.string({ maxLength: 30 }).map(encodeLoosely),
  fc.constantFrom(501, 5000).map((n) => 'q'.repeat(n)),
);

/** Raw query strings (after `?`) that no form would build. */
export const nastyQueryString = fc.constantFrom(
  '%zz',
  '&&&',
  '=',
  '==1',
  'a[b]=c',
  '__proto__[polluted]=1',
  'constructor[prototype][polluted]=1',
  '__proto__=1',
  'limit',
  'limit=1&limit=2',
  'version=1&version=2',
  ';;',
  '%00=%00',
  `${'k'.repeat(5000)}=1`,
);

/** Path segments that are not ids: traversal, encodings, overlong UTF-8, over the length limit. */
export const nastyPathSegment = fc.oneof(
  fc.constantFrom(
    '%00',
    '%zz',
    '%2F',
    '..',
    '.',
    '%2E%2E',
    '%ED%A0%80',
    '%C0%AF',
    '%20',
    '__proto__',
    'constructor',
    'null',
    '0',
    '-1',
    'a'.repeat(101),
    'a'.repeat(5000),
    '%F0%9F%98%80',
    "'%20or%201=1",
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).map(encodeLoosely),
);

/**
 * encodeURIComponent, except that a lone surrogate (which it refuses) becomes the bytes a sloppy
 * client would send for it (CESU-8), i.e. invalid UTF-8 on the wire.
 */
export function encodeLoosely(text: string): string {
  let out = '';
  for (const ch of text) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      out += '%ED%A0%80';
    }
  }
  return out;
}

/** Bodies that are not JSON, or JSON that Fastify must refuse (poisoned keys), or a limit buster. */
export function nastyBodyText(valid: unknown): fc.Arbitrary<string> {
  const json = JSON.stringify(valid) ?? '{}';
  const inner = isPlainObject(valid) && Object.keys(valid).length > 0 ? `,${json.slice(1)}` : '}';
  return fc.oneof(
    fc.constantFrom(
      '',
      '{',
      '{"a":}',
      "{'title':'x'}",
      'undefined',
      'NaN',
      '[1,]',
      '{"a":1,}',
      `${json}garbage`,
      `${json}${json}`,
      `\ufeff${json}`,
      '\u0000',
      'null',
      '[]',
      '1',
      '"just a string"',
      'true',
      `{"__proto__":{"polluted":true}${inner}`,
      `{"constructor":{"prototype":{"polluted":true}}${inner}`,
      `[${json}]`,
      `{"a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
      `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`,
    ),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.nat(json.length).map((cut) => json.slice(0, cut)),
  );
}

/** Over the default 1 MiB body limit: must be 413, not a crash and not a parse of half of it. */
export const OVERSIZED_BODY = `{"title":"${'x'.repeat(1_100_000)}"}`;

export const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/json;',
  'application/jsonx',
  'application/vnd.api+json',
  '*/*',
  ';',
] as const;
