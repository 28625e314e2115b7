// The export formats, in a module of its own so the CLI can list them without loading the exporters.
export const EXPORT_FORMATS = ['jsonl', 'csv', 'links-csv', 'acled-csv', 'geojson', 'atom', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
