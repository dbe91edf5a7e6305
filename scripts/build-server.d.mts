export declare const SERVER_OUT: string;
export declare const SERVER_ENTRY: string;
export declare function serverIsFresh(): boolean;
export declare function buildServer(options?: { force?: boolean }): Promise<boolean>;
