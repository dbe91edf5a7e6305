export const RENDERER_OUT: string;
/** Build out/renderer when its sources changed (or always with force); true when a build ran. */
export function buildRenderer(options?: { force?: boolean; quiet?: boolean }): boolean;
