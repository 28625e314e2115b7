// `dateline search Erdogan` finds "Erdoğan", and the reverse, through the real CLI and store.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const ISSUE_SENTENCE =
  'Turkish President Recep Tayyip Erdoğan met Polish President Andrzej Duda in Łódź on Monday, ' +
  'while Antonín Dvořák was played in Plzeň and Novak Đoković won in Constanța. "We agree," Erdoğan said.';

describe('dateline search across spellings', () => {
  const dir = tempDir();
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  writeFileSync(join(pages, 'issue.txt'), ISSUE_SENTENCE);
  writeFileSync(
    join(pages, 'other.txt'),
    'The river port at Termez reopened to barge traffic after repairs, the transport ministry said.',
  );
  const env = { DATELINE_DB: join(dir, 'cli.db') };

  it('finds each name by its ASCII and its native spelling, marking the word as written', async () => {
    expect((await runCli(['ingest', pages], { env })).status).toBe(0);
    for (const [query, marked] of [
      ['Erdogan', 'Erdoğan'],
      ['Erdoğan', 'Erdoğan'],
      ['Lodz', 'Łódź'],
      ['Dvorak', 'Dvořák'],
      ['Plzen', 'Plzeň'],
      ['Dokovic', 'Đoković'],
      ['Constanta', 'Constanța'],
      ['Constanţa', 'Constanța'],
    ]) {
      const out = await runCli(['search', query, '--json'], { env });
      expect(out.status, out.stderr).toBe(0);
      const page = JSON.parse(out.stdout);
      expect(page.total, query).toBe(1);
      expect(page.hits[0].snippet, query).toContain(`[${marked}]`);
    }
  });
});
