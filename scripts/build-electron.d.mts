export const ELECTRON_OUT: string;
/** Bundle out/electron/main.js + preload.cjs when their sources changed (or always with force); true when a build ran. */
export function buildElectron(options?: { force?: boolean; quiet?: boolean }): Promise<boolean>;
