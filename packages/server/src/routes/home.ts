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
<h2>Your data</h2>
<ul>
<li><a href="/api/dashboard">Dashboard</a>: next interview, thank-you notes and follow-ups due, this week's routine</li>
<li><a href="/api/stories">Stories</a> and the <a href="/api/portfolio/matrix">portfolio matrix</a></li>
<li><a href="/api/practice">Practice sessions</a> and <a href="/api/assessments">self-assessments</a></li>
<li><a href="/api/interviews">Interviews</a>, the <a href="/api/plan">plan</a> and its <a href="/api/plan.ics">calendar feed</a></li>
<li><a href="/api/questions">Questions</a> and <a href="/api/companies">companies</a></li>
<li>Export everything: <a href="/api/export">JSON</a> or <a href="/api/export?format=markdown">Markdown folder (.zip)</a></li>
</ul>
</main>
</body>
</html>
`;

export const homeRoutes: RoutePlugin = async (app) => {
  app.get('/', { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(PAGE),
  );
};
