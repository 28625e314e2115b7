// Types of the gazetteer file writer (gazetteer-file.mjs), for the round-trip test.
export declare const MAGIC: string;
export declare const FORMAT_VERSION: number;
export declare function encodeGazetteer(gazetteer: Record<string, unknown>, large?: string[]): Buffer;
