/**
 * The five standard routes of a noun kept as versioned records: list and create at
 * /api/<noun>, get, update and delete at /api/<noun>/:id. What they share is written once here:
 * the 201 and 204 replies, the `{ version, ...patch }` split of a PUT body, DELETE's ?version=,
 * and the error statuses each route can always answer. A route module passes its schemas, its
 * service and its own words for the OpenAPI document; routes beyond these five stay in the module.
 */
import { z } from 'zod';
import { recordIdParamsSchema, versionQuerySchema } from '../services/fields';
import { errorResponseSchema } from './errors';
import type { SAME_DATA_SAME_ANSWER } from './response-cache';
import type { RoutePlugin } from './route';
import { withApiErrors } from './service-errors';

type ZodApp = Parameters<RoutePlugin>[0];

/** A GET's words in the OpenAPI document, and whether its answers may be reused. */
export interface ReadRouteDoc {
  summary: string;
  description?: string;
  /** Only for answers that depend on nothing but the URL and the stored data (see response-cache.ts). */
  config?: typeof SAME_DATA_SAME_ANSWER;
}

/** Statuses some nouns' writes answer on top of the standard ones (403 read_only, 409, 422). */
type ExtraErrorStatus = 403 | 409 | 422;

export interface WriteRouteDoc {
  summary: string;
  description?: string;
  /** The error statuses this route answers beyond those every noun's route does. */
  alsoAnswers?: readonly ExtraErrorStatus[];
}

/** The schemas of the five routes; their types tie them to the service. */
export interface ResourceSchemas<Query, Page, Item, Create, Update extends { version: number }> {
  listQuery: z.ZodType<Query>;
  page: z.ZodType<Page>;
  item: z.ZodType<Item>;
  create: z.ZodType<Create>;
  /** The PUT body: the patch plus the `version` it edits. */
  update: z.ZodType<Update>;
}

/** What the routes call. */
export interface ResourceService<Query, Page, Item, Create, Update extends { version: number }> {
  list: (query: Query) => Promise<Page>;
  get: (id: string) => Promise<Item>;
  create: (input: Create) => Promise<Item>;
  update: (id: string, patch: Omit<Update, 'version'>, version: number) => Promise<Item>;
  delete: (id: string, version: number) => Promise<void>;
}

export interface Resource<Query, Page, Item, Create, Update extends { version: number }> {
  /** The collection, e.g. '/api/stories'; one record is at `${path}/:id`. */
  path: `/api/${string}`;
  tags: string[];
  schemas: ResourceSchemas<Query, Page, Item, Create, Update>;
  service: ResourceService<NoInfer<Query>, NoInfer<Page>, NoInfer<Item>, NoInfer<Create>, NoInfer<Update>>;
  docs: {
    list: ReadRouteDoc;
    get: ReadRouteDoc;
    create: WriteRouteDoc;
    update: WriteRouteDoc;
    delete: WriteRouteDoc;
  };
}

/**
 * A request part Fastify's validator has parsed with `schema`, typed as that schema's output.
 * Fastify wraps the type it infers in a conditional type (no schema → `unknown`) that TypeScript
 * cannot resolve while the schema's type is still a type parameter, as it is in this file; in a
 * route module the same part is inferred. Taking the schema keeps the type tied to what checked it.
 */
function parsedBy<T>(_schema: z.ZodType<T>, part: unknown): T {
  return part as T;
}

/** `{ 400: Error, 404: Error, … }` for the response map of a route schema. */
function errorResponses(
  statuses: readonly number[],
): Partial<Record<400 | 404 | 413 | ExtraErrorStatus, typeof errorResponseSchema>> {
  return Object.fromEntries(statuses.map((status) => [status, errorResponseSchema]));
}

/** The OpenAPI words of a route (an undefined description is left out of the document). */
function words(doc: ReadRouteDoc | WriteRouteDoc, tags: string[]) {
  return { summary: doc.summary, description: doc.description, tags };
}

/** Registers list, get, create, update and delete, in that order (the OpenAPI document follows it). */
export function registerResourceRoutes<Query, Page, Item, Create, Update extends { version: number }>(
  app: ZodApp,
  resource: Resource<Query, Page, Item, Create, Update>,
): void {
  const { path, tags, schemas, service, docs } = resource;
  const one = `${path}/:id`;

  app.get(
    path,
    {
      config: docs.list.config,
      schema: {
        ...words(docs.list, tags),
        querystring: schemas.listQuery,
        response: { 200: schemas.page, ...errorResponses([400]) },
      },
    },
    (request) => withApiErrors(() => service.list(parsedBy(schemas.listQuery, request.query))),
  );

  app.get(
    one,
    {
      config: docs.get.config,
      schema: {
        ...words(docs.get, tags),
        params: recordIdParamsSchema,
        response: { 200: schemas.item, ...errorResponses([400, 404]) },
      },
    },
    (request) => withApiErrors(() => service.get(request.params.id)),
  );

  app.post(
    path,
    {
      schema: {
        ...words(docs.create, tags),
        body: schemas.create,
        response: { 201: schemas.item, ...errorResponses([400, 413, ...(docs.create.alsoAnswers ?? [])]) },
      },
    },
    async (request, reply) => {
      const created = await withApiErrors(() => service.create(parsedBy(schemas.create, request.body)));
      return reply.code(201).send(created);
    },
  );

  app.put(
    one,
    {
      schema: {
        ...words(docs.update, tags),
        params: recordIdParamsSchema,
        body: schemas.update,
        response: {
          200: schemas.item,
          ...errorResponses([400, 404, 409, 413, ...(docs.update.alsoAnswers ?? [])]),
        },
      },
    },
    (request) => {
      const { version, ...patch } = parsedBy(schemas.update, request.body);
      return withApiErrors(() => service.update(request.params.id, patch, version));
    },
  );

  app.delete(
    one,
    {
      schema: {
        ...words(docs.delete, tags),
        params: recordIdParamsSchema,
        querystring: versionQuerySchema,
        response: {
          204: z.null().describe('Deleted'),
          ...errorResponses([400, 404, 409, ...(docs.delete.alsoAnswers ?? [])]),
        },
      },
    },
    async (request, reply) => {
      await withApiErrors(() => service.delete(request.params.id, request.query.version));
      return reply.code(204).send(null);
    },
  );
}
