export declare const CORE_SOURCES: string;
export declare const RECORD: string;
/** The engine version written in the core's sources, and the hash of those sources. */
export declare function engineFingerprint(root: string): { version: string | null; sources: string };
