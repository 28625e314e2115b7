// Types of the gazetteer stamp (gazetteer-stamp.mjs), for its test.
export declare const GAZETTEER_OUT: string;
export declare const GAZETTEER_STAMP: string;
export declare const GAZETTEER_PACKAGES: string[];
export declare const GAZETTEER_FILES: string[];
export declare function gazetteerInputsHash(root?: string): string;
export declare function gazetteerIsCurrent(root?: string): boolean;
export declare function writeGazetteerStamp(root?: string): void;
