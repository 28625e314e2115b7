// The search workers' statement cache (src/store/sqlite/statement-cache.ts): a text is prepared
// once, a statement still iterating is not handed out again, and past its capacity the least
// recently used statement is dropped.
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from '../../src/store/sqlite/statement-cache.js';

function counted() {
  const db = new BetterSqlite3(':memory:');
  db.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3)');
  const prepared: string[] = [];
  const prepare = db.prepare.bind(db);
  (db as unknown as { prepare: (s: string) => BetterSqlite3.Statement }).prepare = (s: string) => {
    prepared.push(s);
    return prepare(s);
  };
  return { db, prepared };
}

describe('the statement cache', () => {
  it('prepares a text once and answers each run from its statement', () => {
    const { db, prepared } = counted();
    const cached = withStatementCache(db);
    const text = 'SELECT x FROM t WHERE x >= ? ORDER BY x';
    expect(cached.prepare(text).all([2])).toEqual([{ x: 2 }, { x: 3 }]);
    expect(cached.prepare(text).all([1])).toEqual([{ x: 1 }, { x: 2 }, { x: 3 }]);
    expect(prepared).toEqual([text]);
    cached.close();
  });

  it('prepares another statement while the kept one is still iterating', () => {
    const { db } = counted();
    const cached = withStatementCache(db);
    const text = 'SELECT x FROM t ORDER BY x';
    const outer = cached.prepare(text).iterate([]) as IterableIterator<{ x: number }>;
    expect(outer.next().value).toEqual({ x: 1 });
    // Without the check, better-sqlite3 throws: the statement is busy.
    expect(cached.prepare(text).all([])).toHaveLength(3);
    expect([...outer].map((r) => r.x)).toEqual([2, 3]);
    cached.close();
  });

  it('drops the least recently used statement past its capacity', () => {
    const { db, prepared } = counted();
    const cached = withStatementCache(db, 2);
    const [a, b, c] = ['SELECT 1 AS v', 'SELECT 2 AS v', 'SELECT 3 AS v'];
    for (const text of [a, b, a, c, a, b]) cached.prepare(text).all([]);
    // b was the least recently used when c came, so b is prepared again; a was kept.
    expect(prepared).toEqual([a, b, c, b]);
    cached.close();
  });
});
