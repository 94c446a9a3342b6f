/**
 * The clock records are stamped with: wall time, but never the same millisecond twice and never
 * earlier than the last stamp, within one process. Lists page on (created_at, id), newest first;
 * two records stamped in the same millisecond fell back to the order of their random ids, so a
 * quick run of creates (a script, a fast test, an import) could list out of creation order.
 */
let last = 0;

export function stampClock(): Date {
  const wall = Date.now();
  last = wall > last ? wall : last + 1;
  return new Date(last);
}
