export function sourceStamp(paths: string[]): string;
export function isStale(stampFile: string, stamp: string): boolean;
export function writeStamp(stampFile: string, stamp: string): void;
