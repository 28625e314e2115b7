// Progress of the store migrations that go through many rows (rewriting stored records, re-keying
// entities, filling an index from the stored rows): at a million records one runs for a minute or
// more when a store made by an older version is first opened. Such a migration goes through its
// rows in batches and reports after each how many it has done and how far through them it is;
// whoever opens the store decides where that goes (the command line shows it as ingest's progress
// is shown, ../cli/progress.ts). A migration on an empty store reports nothing.
import type { Kysely, Migration } from 'kysely';

/** What a migration reports, after each batch of rows. */
export interface MigrationProgress {
  /**
   * @param done rows gone through so far
   * @param fraction how far through all of its rows the migration is (0..1)
   */
  update(done: number, fraction: number): void;
}

/** The progress of one running migration, made when it first reports; stopped when it ends. */
export interface MigrationProgressView extends MigrationProgress {
  stop(): void;
}

/** Makes the progress view of a migration, given its name (e.g. "0015-source-index"). */
export type MigrationProgressSink = (migration: string) => MigrationProgressView;

/** A store migration: Kysely's, with the progress it may report to. */
export interface StoreMigration {
  up(db: Kysely<any>, progress?: MigrationProgress): Promise<void>;
}

/** Progress that goes nowhere. */
export const NO_PROGRESS: MigrationProgress = { update() {} };

/** The migrations as Kysely's Migrator runs them, each reporting to its own view from `sink`. */
export function withProgress(
  migrations: Readonly<Record<string, StoreMigration>>,
  sink?: MigrationProgressSink,
): Record<string, Migration> {
  if (!sink) return { ...migrations };
  return Object.fromEntries(
    Object.entries(migrations).map(([name, m]) => [
      name,
      {
        async up(db: Kysely<any>) {
          // Made on the first report only: the migrations of a new, empty store show nothing.
          let view: MigrationProgressView | null = null;
          try {
            await m.up(db, {
              update(done, fraction) {
                view ??= sink(name);
                view.update(done, fraction);
              },
            });
          } finally {
            (view as MigrationProgressView | null)?.stop();
          }
        },
      },
    ]),
  );
}
