/**
 * JSON Schema (the subset @fastify/swagger emits from our Zod schemas) → fast-check arbitrary of
 * values the schema accepts. A keyword outside the subset throws instead of being ignored: a new
 * schema feature must be taught here, never silently fuzzed as if it were something else.
 */
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
  examples?: unknown[];
}

/** Keywords that describe but do not constrain; everything else must be understood. */
const ANNOTATIONS = new Set([
  'description',
  'default',
  'title',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
]);
const KNOWN = new Set<string>([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'anyOf',
  'oneOf',
  'nullable',
]);
const FORMATS = new Set(['uuid', 'date-time', 'date']);

/** Longest string we generate at random; the schema's maxLength itself is hit by a filler. */
const SHORT = 24;

export function assertSupported(schema: JsonSchema, where: string): void {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key) && !ANNOTATIONS.has(key)) {
      throw new Error(
        `${where}: JSON Schema keyword "${key}" is not supported by the fuzzer; teach schema-arbitrary.ts`,
      );
    }
  }
  if (schema.format !== undefined && !FORMATS.has(schema.format)) {
    throw new Error(`${where}: string format "${schema.format}" is not supported by the fuzzer`);
  }
}

/** Mostly words a person would type (they pass hidden refinements such as "not blank"), some any Unicode. */
const text = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .oneof(
      { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 .,-]*$/) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: SHORT }) },
    )
    .filter((s) => s.length >= min && s.length <= max);

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? 100_000;
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') {
    // The pattern beside it is a Zod-generated regex for the same thing; dates satisfy both.
    return fc
      .date({
        min: new Date('1970-01-01T00:00:00Z'),
        max: new Date('2999-12-31T23:59:59Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString());
  }
  if (schema.format === 'date') {
    // Calendar dates (YYYY-MM-DD) that exist; Zod's pattern beside the format accepts exactly these.
    return fc
      .date({
        min: new Date('1970-01-01T00:00:00Z'),
        max: new Date('2999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
  }
  if (schema.pattern !== undefined) {
    const re = new RegExp(schema.pattern, 'u');
    return fc.stringMatching(re).filter((s) => s.length >= min && s.length <= max);
  }
  const atBounds = [min, max]
    .filter((n) => n > SHORT && n <= 1_000_000)
    // Words, not one n-letter token: core's tokenizer is quadratic in token length (a 20,000-letter
    // word costs ~0.3 s to analyse), which would make every such case a slow one.
    .map((n) => fc.string({ minLength: 1, maxLength: 8 }).map((seed) => `${seed} `.repeat(n).slice(0, n)));
  const short = text(min, Math.min(max, Math.max(min, SHORT)));
  return atBounds.length === 0 ? short : fc.oneof({ weight: 6, arbitrary: short }, ...atBounds);
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = Math.max(schema.minimum ?? -1e12, (schema.exclusiveMinimum ?? -Infinity) + (integer ? 1 : 1e-9));
  const hi = Math.min(schema.maximum ?? 1e12, (schema.exclusiveMaximum ?? Infinity) - (integer ? 1 : 1e-9));
  if (!integer) return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
  const first = Math.ceil(lo);
  const last = Math.floor(hi);
  // fc.integer is 32-bit: near the low edge as offsets, the high edge (e.g. MAX_SAFE_INTEGER) as is.
  const small = fc.nat(Math.min(1000, last - first)).map((n) => first + n);
  return fc.oneof({ weight: 8, arbitrary: small }, fc.constantFrom(first, last));
}

function objectArbitrary(schema: JsonSchema, where: string): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, sub]) => [key, arbitraryFor(sub, `${where}.${key}`)]),
  );
  const requiredKeys = (schema.required ?? []).filter((key) => key in properties);
  const known = fc.record(model, { requiredKeys });
  const extra = schema.additionalProperties;
  if (extra === undefined || extra === false) return known;
  const value = extra === true ? fc.jsonValue({ maxDepth: 2 }) : arbitraryFor(extra, `${where}.*`);
  const extraKeys = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !(key in properties) && key !== '__proto__'),
    value,
    { maxKeys: 3 },
  );
  return fc.tuple(known, extraKeys).map(([k, e]) => ({ ...e, ...k }));
}

function typedArbitrary(type: string, schema: JsonSchema, where: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'object':
      return objectArbitrary(schema, where);
    case 'array': {
      const items = schema.items ? arbitraryFor(schema.items, `${where}[]`) : fc.jsonValue({ maxDepth: 2 });
      const minLength = schema.minItems ?? 0;
      return fc.array(items, { minLength, maxLength: Math.min(schema.maxItems ?? 8, minLength + 8) });
    }
    default:
      throw new Error(`${where}: JSON Schema type "${type}" is not supported by the fuzzer`);
  }
}

/** Values `schema` accepts (modulo refinements JSON Schema cannot express, e.g. "tags do not repeat"). */
export function arbitraryFor(schema: JsonSchema, where = '$'): fc.Arbitrary<unknown> {
  assertSupported(schema, where);
  let arbitrary: fc.Arbitrary<unknown>;
  if (schema.const !== undefined) arbitrary = fc.constant(schema.const);
  else if (schema.enum !== undefined) arbitrary = fc.constantFrom(...schema.enum);
  else if (schema.anyOf ?? schema.oneOf) {
    const options = (schema.anyOf ?? schema.oneOf ?? []).map((sub, i) => arbitraryFor(sub, `${where}|${i}`));
    arbitrary = fc.oneof(...options);
  } else if (Array.isArray(schema.type)) {
    arbitrary = fc.oneof(...schema.type.map((type) => typedArbitrary(type, schema, where)));
  } else if (schema.type !== undefined) arbitrary = typedArbitrary(schema.type, schema, where);
  else if (schema.properties) arbitrary = objectArbitrary(schema, where);
  else arbitrary = fc.jsonValue({ maxDepth: 3 });
  // A schema's examples are valid by its author's word, including rules JSON Schema cannot state
  // (a tension must name principles of its own set): offer them beside the generated values.
  if (schema.examples !== undefined && schema.examples.length > 0) {
    arbitrary = fc.oneof(fc.constantFrom(...schema.examples), arbitrary);
  }
  return schema.nullable ? fc.option(arbitrary, { nil: null }) : arbitrary;
}

/** The JSON types a schema admits at its top level, so mutations can pick one it does not. */
export function typesOf(schema: JsonSchema): Set<string> {
  if (schema.anyOf ?? schema.oneOf) {
    return new Set((schema.anyOf ?? schema.oneOf ?? []).flatMap((sub) => [...typesOf(sub)]));
  }
  const types = new Set(Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : []);
  if (types.has('integer')) types.add('number');
  if (schema.nullable) types.add('null');
  return types;
}
