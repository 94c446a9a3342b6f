/**
 * User search text → plain terms. Only letters, combining marks and digits survive, so no
 * quote, `*`, `-`, `NEAR(`, `:` or `&` ever reaches an FTS parser: a query can match nothing,
 * but it can never be a syntax error. Each dialect then quotes or prefixes the terms itself.
 */
const TERM = /[\p{L}\p{M}\p{N}]+/gu;
/** Bounds the work one request can ask of the index. */
export const MAX_SEARCH_TERMS = 16;
export const MAX_TERM_LENGTH = 64;

export function parseSearchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.normalize('NFC').toLowerCase().matchAll(TERM)) {
    const term = match[0].slice(0, MAX_TERM_LENGTH);
    if (!terms.includes(term)) terms.push(term);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  return terms;
}

/** FTS5: every term a quoted prefix phrase ("term"*), all required (implicit AND). */
export function fts5MatchExpression(terms: readonly string[]): string {
  return terms.map((term) => `"${term.replaceAll('"', '""')}"*`).join(' ');
}

/** to_tsquery: every term a quoted prefix lexeme ('term':*), all required. */
export function tsQueryExpression(terms: readonly string[]): string {
  return terms.map((term) => `'${term.replaceAll("'", "''").replaceAll('\\', '\\\\')}':*`).join(' & ');
}
