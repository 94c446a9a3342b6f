/** The SQLite prepared-statement cache: reuse, eviction, and correctness across schema changes. */
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../src/db/sqlite-statement-cache';

describe('withStatementCache', () => {
  const open: BetterSqlite3.Database[] = [];
  const memory = () => {
    const raw = new BetterSqlite3(':memory:');
    open.push(raw);
    return raw;
  };
  afterEach(() => {
    for (const raw of open.splice(0)) if (raw.open) raw.close();
  });

  it('prepares a SQL text once and hands back the same statement after', () => {
    const cached = withStatementCache(memory());
    const first = cached.prepare('select 1 as one');
    expect(cached.prepare('select 1 as one')).toBe(first);
    expect(cached.prepare('select 2 as two')).not.toBe(first);
    expect(first.all([])).toEqual([{ one: 1 }]);
  });

  it('forgets the least recently used statement beyond its size, and only that one', () => {
    const cached = withStatementCache(memory(), 2);
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a); // a is now the most recent
    cached.prepare('select 3'); // evicts b
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  it('answers with the current schema after a change under a cached statement', () => {
    const cached = withStatementCache(memory());
    cached.prepare('create table t (a integer)').run([]);
    cached.prepare('insert into t (a) values (?)').run([1]);
    expect(cached.prepare('select * from t').all([])).toEqual([{ a: 1 }]);
    cached.prepare('alter table t add column b text').run([]);
    expect(cached.prepare('select * from t').all([])).toEqual([{ a: 1, b: null }]);
  });

  it('closes the database it wraps', () => {
    const raw = memory();
    withStatementCache(raw).close();
    expect(raw.open).toBe(false);
  });
});
