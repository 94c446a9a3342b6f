/**
 * GET /: a placeholder until the web app ships. Self-contained on purpose: no script, no style,
 * nothing fetched from elsewhere, so it works under our CSP and offline.
 */
import type { RoutePlugin } from '../http/route';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Onsite</title>
</head>
<body>
<main>
<h1>Onsite is running</h1>
<p>The web app is coming soon. Until then, the API is here and described by its
<a href="/api/openapi.json">OpenAPI document</a>.</p>
<p>Health check: <a href="/api/health">/api/health</a></p>
</main>
</body>
</html>
`;

export const homeRoutes: RoutePlugin = async (app) => {
  app.get('/', { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(PAGE),
  );
};
