/** Shared pieces of the company specs: a valid custom set and the error-body check. */
import { expect } from 'vitest';

/** A small, valid custom principle set; specs change its id so each creates its own. */
export function customSet(id: string) {
  return {
    id,
    name: `Acme ${id}`,
    principles: [
      {
        name: 'Ship Weekly',
        description: 'Small releases every week beat a big one every quarter.',
        cues: ['shipped', 'weekly release', 'iteration'],
        hooks: ['We shipped in weekly slices'],
      },
      {
        name: 'Own the Pager',
        description: 'The team that builds a service carries its on-call.',
        cues: ['on-call', 'pager', 'incident'],
      },
    ],
    tensions: [{ a: `${id}.ship-weekly`, b: `${id}.own-the-pager`, note: 'Speed against operational load.' }],
    interviewNotes: ['Expect a bar raiser who probes for metrics.'],
  };
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function expectError(
  response: { statusCode: number; json(): unknown },
  status: number,
  code?: string,
) {
  expect(response.statusCode).toBe(status);
  const body = response.json() as ErrorBody;
  expect(typeof body.error.message).toBe('string');
  if (code) expect(body.error.code).toBe(code);
  return body;
}
