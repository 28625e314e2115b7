// bench/search-scale.ts's made bodies: their search vectors from their sentences' vectors.

/**
 * The vector of a body of `n` sentences from theirs (`vectors`, an SQL array of n tsvectors in
 * order): to_tsvector of the folded body, made of the sentences' vectors. Concatenation shifts the
 * right vector's positions past the left's last, and 'simple' makes a lexeme of every word, so
 * the two are equal (test/store/postgres-bulk-fill.test.ts; to_tsvector of each made body cost 1-1.5 ms
 * a record under load, most of bench/search-scale.ts's build). Paired
 * as a balanced tree, so each concatenation is of halves, not of all that came before with one more.
 */
export function bodyVector(vectors: string, n: number, from = 1): string {
  if (n === 1) return `${vectors}[${from}]`;
  const half = Math.ceil(n / 2);
  return `(${bodyVector(vectors, half, from)} || ${bodyVector(vectors, n - half, from + half)})`;
}
