/**
 * What to fuzz, read from the app itself: the route table (Fastify's router, every route whether
 * documented or not) joined with the OpenAPI document (the schemas). A route added tomorrow shows
 * up here without touching the fuzz test; one the fuzzer cannot derive inputs for fails it.
 */
import type { FastifyInstance } from 'fastify';
import { assertSupported, type JsonSchema } from './schema-arbitrary';

export interface ParamSpec {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

export interface RouteSpec {
  method: string;
  /** OpenAPI form: /api/stories/{id}. */
  path: string;
  pathParams: ParamSpec[];
  query: ParamSpec[];
  body: { schema: JsonSchema; required: boolean } | undefined;
  /** Hidden from OpenAPI (schema.hide): fuzzed with schema-free mutations only. */
  documented: boolean;
}

export const routeKey = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

const TREE_LINE = /^((?:│ {3}| {4})*)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/;

/**
 * Every method+path in the router, from `printRoutes` (Fastify has no public route list once the
 * app is built). Each line is checked back with `hasRoute`, so a format change fails loudly.
 */
export function routeTable(app: FastifyInstance): { method: string; path: string }[] {
  const stack: string[] = [];
  const routes: { method: string; path: string }[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    if (line.trim() === '') continue;
    const match = TREE_LINE.exec(line);
    if (!match) throw new Error(`cannot read the route table line ${JSON.stringify(line)}`);
    const depth = (match[1] ?? '').length / 4;
    const path = (stack[depth - 1] ?? '') + (match[2] ?? '');
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (match[3] ?? '').split(', ').filter(Boolean)) {
      if (!app.hasRoute({ method: method as 'GET', url: path })) {
        throw new Error(`route table parse error: ${method} ${path} is not a route`);
      }
      routes.push({ method, path: path.replace(/:(\w+)/g, '{$1}') });
    }
  }
  if (routes.length === 0) throw new Error('the route table is empty');
  return routes;
}

interface OpenApiParameter {
  in: string;
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

function specFor(method: string, path: string, op: OpenApiOperation | undefined): RouteSpec {
  const parameters = op?.parameters ?? [];
  for (const p of parameters) {
    if (p.in !== 'path' && p.in !== 'query') {
      throw new Error(`${method} ${path}: ${p.in} parameters are not fuzzed yet; teach fuzz/requests.ts`);
    }
    assertSupported(p.schema, `${method} ${path} ${p.in}.${p.name}`);
  }
  const param = (p: OpenApiParameter): ParamSpec => ({
    name: p.name,
    schema: p.schema,
    required: p.required ?? false,
  });
  const content = op?.requestBody?.content;
  if (content && Object.keys(content).some((type) => type !== 'application/json')) {
    throw new Error(`${method} ${path}: only application/json bodies are fuzzed`);
  }
  const bodySchema = content?.['application/json']?.schema;
  // Path params come from the template too, so hidden routes with :params still get ids.
  const templateParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
  const pathParams = templateParams.map(
    (name) =>
      parameters.find((p) => p.in === 'path' && p.name === name) ?? {
        in: 'path',
        name,
        required: true,
        schema: { type: 'string', minLength: 1 },
      },
  );
  return {
    method,
    path,
    pathParams: pathParams.map(param),
    query: parameters.filter((p) => p.in === 'query').map(param),
    body: bodySchema ? { schema: bodySchema, required: op?.requestBody?.required ?? false } : undefined,
    documented: op !== undefined,
  };
}

/**
 * One spec per route in the table. HEAD is Fastify's automatic twin of GET: it is fuzzed as a
 * method mutation of the GET route rather than as a route of its own.
 * Throws for a route the fuzzer could only cover blindly: one that takes input but is hidden.
 */
export function routeSpecs(app: FastifyInstance, doc: OpenApiDocument): RouteSpec[] {
  const table = routeTable(app);
  const keys = new Set(table.map(routeKey));
  const specs: RouteSpec[] = [];
  for (const { method, path } of table) {
    if (method === 'HEAD' && keys.has(routeKey({ method: 'GET', path }))) continue;
    const op = doc.paths[path]?.[method.toLowerCase()];
    if (!op && method !== 'GET') {
      throw new Error(
        `${method} ${path} is not in the OpenAPI document, so the fuzzer cannot derive its input; ` +
          'drop schema.hide or give it a schema',
      );
    }
    specs.push(specFor(method, path, op));
  }
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) {
      if (!keys.has(routeKey({ method: method.toUpperCase(), path }))) {
        throw new Error(`OpenAPI documents ${method.toUpperCase()} ${path}, which the router does not have`);
      }
    }
  }
  return specs;
}
