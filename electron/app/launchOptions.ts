import { parseArgs } from 'node:util';

export interface LaunchOptions {
  /** --data-dir: where recent.json and recovery/ live (default: Electron's userData folder). */
  dataDir?: string;
  /** --allow DIR (repeatable): folders the app may use besides home. */
  allow: string[];
  /** Design files given on the command line (opened at start). */
  files: string[];
  /** Under the e2e tests (ISOTHERM_E2E=1): no native dialogs, so the specs drive the same in-app dialogs as in the browser. */
  e2e: boolean;
}

/** The app's own arguments among Electron's (unknown switches, e.g. Chromium's, are ignored). */
export function parseLaunchArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): LaunchOptions {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { 'data-dir': { type: 'string' }, allow: { type: 'string', multiple: true } },
    strict: false,
    allowPositionals: true,
  });
  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined;
  const allow = (Array.isArray(values.allow) ? values.allow : []).filter(
    (v): v is string => typeof v === 'string',
  );
  return {
    ...(dataDir !== undefined ? { dataDir } : {}),
    allow,
    files: positionals.filter((p) => /\.ya?ml$/i.test(p)),
    e2e: env.ISOTHERM_E2E === '1',
  };
}
