// The CLI end to end: extract, analyze, ingest (idempotent), search, show; JSON and NDJSON output;
// exit codes 0 / 1 / 2.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runCliProcess } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const POST = `Monday, March 7, 2022

Border Talks Resume Between Kyrgyzstan and Tajikistan

By Anna Petrova

BISHKEK, March 5 — Delegations from Kyrgyzstan and Tajikistan met on Saturday to resume talks on the disputed border, officials said.

“We are ready to settle every section of the line,” the Kyrgyz envoy said after the meeting.
`;

const NOTE = 'The river port at Termez reopened to barge traffic after repairs, the transport ministry said.';

describe('dateline CLI', () => {
  const dir = tempDir();
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  writeFileSync(join(pages, 'post.txt'), POST);
  writeFileSync(join(pages, 'note.txt'), NOTE);
  const env = { DATELINE_DB: join(dir, 'cli.db') };

  it('extract --json prints one record for one file', async () => {
    const r = await runCli(['extract', join(pages, 'note.txt'), '--json']);
    expect(r.status, r.stderr).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.text).toContain('Termez');
    expect(record.source).toMatchObject({ format: 'text' });
    expect(record.entities).toEqual([]);
  });

  it('analyze of a folder prints NDJSON with an input field per record', async () => {
    const r = await runCli(['analyze', pages, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.input.split('/').pop()).sort()).toEqual(['note.txt', 'post.txt']);
    expect(lines[0].analyses.length).toBeGreaterThan(0);
  });

  it('--input-format body keeps the input text exactly', async () => {
    const text = '  Two spaces first.\n\nThen a paragraph.  ';
    // Standard input needs a real process.
    const r = runCliProcess(['extract', '-', '--input-format', 'body', '--published', '2022-01-02', '--json'], {
      input: text,
    });
    expect(r.status, r.stderr).toBe(0);
    const record = JSON.parse(r.stdout);
    expect(record.text).toBe(text);
    expect(record.published).toBe('2022-01-02');
  });

  it('ingest is idempotent, then search and show find the record', async () => {
    const first = await runCli(['ingest', pages], { env });
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/2 new, 0 updated, 0 unchanged/);
    const again = await runCli(['ingest', pages, '--json'], { env });
    expect(JSON.parse(again.stdout)).toMatchObject({ new: 0, unchanged: 2, failed: [] });

    const found = await runCli(['search', 'barge', '--json'], { env });
    const page = JSON.parse(found.stdout);
    expect(page.total).toBe(1);
    const human = await runCli(['search', 'barge'], { env });
    expect(human.stdout).toContain('[barge]');

    const shown = await runCli(['show', page.hits[0].id.slice(0, 8), '--json'], { env });
    expect(shown.status, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout).id).toBe(page.hits[0].id);
    expect((await runCli(['show', 'ffffffffffff'], { env })).status).toBe(1);
    const broad = await runCli(['search', 'b*'], { env });
    expect(broad.status).toBe(2);
    expect(broad.stderr).toMatch(/prefix "b\*" is too short/);
  });

  it("accepts the workbench's modality words, refuses unknown ones and a missing database (exit 2)", async () => {
    expect((await runCli(['ingest', pages, '--workers', '0'], { env })).status).toBe(0);
    const happened = await runCli(['search', '--modality', 'happened', '--json'], { env });
    expect(happened.status, happened.stderr).toBe(0);
    const asserted = await runCli(['search', '--modality', 'asserted', '--json'], { env });
    expect(JSON.parse(happened.stdout).total).toBe(JSON.parse(asserted.stdout).total);
    const unknown = await runCli(['search', '--modality', 'happend'], { env });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/"happend" is not a modality/);
    const typo = await runCli(['search', 'x', '--db', join(dir, 'typo.db')]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/no database at .*typo\.db/);
  });

  it('analyze lists at most 12 items a section unless --all, with a legend for the event markers', async () => {
    const many = join(dir, 'many.txt');
    writeFileSync(
      many,
      Array.from(
        { length: 15 },
        (_, i) =>
          `Officials in town number ${i + 1} said on Monday that ${['Dushanbe', 'Bishkek', 'Tashkent', 'Almaty', 'Kabul'][i % 5]} protesters rallied, police said.`,
      ).join('\n\n'),
    );
    const short = await runCli(['analyze', many]);
    expect(short.status, short.stderr).toBe(0);
    const all = await runCli(['analyze', many, '--all']);
    const moreLine = short.stdout.split('\n').find((l) => /… \d+ more \(--all lists them\)/.test(l));
    if (moreLine) expect(all.stdout).not.toMatch(/… \d+ more/);
    expect(all.stdout.split('\n').length).toBeGreaterThanOrEqual(short.stdout.split('\n').length);
    if (/^events \(/m.test(short.stdout)) expect(short.stdout).toContain('? no actor found, - no target');
  });

  it('usage errors exit 2 and --help exits 0', async () => {
    expect((await runCli(['search', '--since', 'yesterday'])).status).toBe(2);
    expect((await runCli(['frobnicate'])).status).toBe(2);
    expect((await runCli(['extract'])).status).toBe(2);
    const help = await runCli(['ingest', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('ingest');
  });
});
