/** GET /api/dashboard: what needs the user now, across interviews, plan, portfolio and practice. */
import type { RoutePlugin } from '../http/route';
import { withApiErrors } from '../http/service-errors';
import { createDashboardService } from '../services/dashboard';
import { dashboardSchema } from '../services/dashboard-schema';

export const dashboardRoutes: RoutePlugin = async (app, { storage }) => {
  const dashboard = createDashboardService(storage);
  app.get(
    '/api/dashboard',
    {
      schema: {
        summary: 'The dashboard',
        description:
          'The next interviews, thank-you notes overdue or due within 24 h, recruiter follow-ups due, ' +
          "this week's routine (Monday to Sunday in the plan's time zone), portfolio coverage and the " +
          'latest practice scores, as of the server clock.',
        tags: ['dashboard'],
        response: { 200: dashboardSchema },
      },
    },
    () => withApiErrors(() => dashboard.get()),
  );
};
