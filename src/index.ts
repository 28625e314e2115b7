// dateline as a library: a hand-picked public surface (the CLI is built on the same functions).
// Extraction and analysis are pure; the store, the server and the exports do I/O.
//   import { extract, analyze, openStore } from 'dateline';
//   const record = analyze(extract({ content: html, url }));
export { extract, ExtractError, type ExtractInput, type InputFormat } from './extract/index.js';
export { analyze, ANALYSES } from './analyze/pipeline.js';
export { toRecord } from './analyze/record.js';
export type { Article, ArticleRecord, Entity, Quote, Event, Warning, Modality, EventType } from './record/types.js';
export { PLOVER_TYPES, MODALITIES } from './record/types.js';
export { openStore, databasePath, DEFAULT_DB, type Store, type SearchQuery, type SearchPage } from './store/index.js';
export {
  runExport,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportOptions,
  type ExportSummary,
} from './export/index.js';
export { buildApp, type AppOptions } from './serve/app.js';
export { listen, type ListenOptions } from './serve/listen.js';
export { run as runCli } from './cli/program.js';
export type { CliIo } from './cli/io.js';
