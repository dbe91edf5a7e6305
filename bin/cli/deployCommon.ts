/**
 * What deploy, status and destroy share: reading and compiling the design, the clients and the
 * journal folder, confirmation on a terminal, and the exit codes (0 ok, 1 failed, 2 usage or
 * input, 3 cloud or auth).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parse as parseYaml } from 'yaml';
import { compile } from '../../shared/compile/compile';
import type { Design } from '../../shared/design/model';
import { formatDiagnostic, hasErrors } from '../../shared/util/diagnostics';
import {
  ClientPool,
  defaultDataDir,
  deploymentsDir,
  type CompiledPlan,
} from '../../electron/deploy/index';
import { isOpenStackError, type OpenStackErrorCode } from '../../electron/openstack/errors';
import { CliError, type CliIo } from './command';
import { loadCatalog, loadDesign } from './design';

export const DEPLOY_EXIT = { ok: 0, failed: 1, usage: 2, cloud: 3 } as const;

/** Error codes that mean the cloud or the credentials, not the design: exit 3. */
const CLOUD_CODES: readonly OpenStackErrorCode[] = [
  'E_CLOUD_CONFIG',
  'E_CLOUD_NOT_FOUND',
  'E_AUTH_CONFIG',
  'E_AUTH_FAILED',
  'E_AUTH_EXPIRED',
  'E_NO_ENDPOINT',
  'E_NETWORK',
  'E_TIMEOUT',
  'E_TLS',
  'E_SERVER',
  'E_FORBIDDEN',
  'E_HTTP',
];

/** The terminal and process around a command; injectable for tests. */
export interface DeployCliEnv {
  env: Record<string, string | undefined>;
  stdinIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Columns of the terminal (for the live view). */
  columns: number;
  /** Raw writes to stderr (the live view redraws in place). */
  write(text: string): void;
  ask(question: string): Promise<string>;
  /** Called with an abort function on SIGINT; returns the remover. */
  onInterrupt(abort: () => void): () => void;
}

export function processEnv(): DeployCliEnv {
  return {
    env: process.env,
    stdinIsTTY: process.stdin.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns ?? 100,
    write: (text) => process.stderr.write(text),
    ask: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    onInterrupt: (abort) => {
      const handler = (): void => abort();
      process.once('SIGINT', handler);
      return () => process.off('SIGINT', handler);
    },
  };
}

export interface Prepared {
  design: Design;
  compiled: CompiledPlan;
  cloud: string;
  clients: ClientPool;
  journalDir: string;
}

/** Read, validate and compile DESIGN; errors are printed and become exit 2. */
export async function prepare(
  path: string,
  cloudFlag: string | undefined,
  dataDir: string | undefined,
  io: CliIo,
  env: DeployCliEnv,
): Promise<Prepared> {
  const loaded = await loadDesign(path, io.cwd);
  if (loaded.design === null || hasErrors(loaded.diagnostics)) {
    for (const d of loaded.diagnostics) io.err(formatDiagnostic(d));
    throw new CliError(
      `${path}: the design cannot be read; fix the errors above.`,
      DEPLOY_EXIT.usage,
    );
  }
  const design = loaded.design;
  const result = compile(design, loadCatalog());
  if (hasErrors(result.diagnostics)) {
    for (const d of result.diagnostics.filter((x) => x.severity === 'error'))
      io.err(formatDiagnostic(d));
    throw new CliError(
      `${path}: the design has errors; run 'isotherm validate ${path}' and fix them first.`,
      DEPLOY_EXIT.usage,
    );
  }
  const cloud = cloudFlag ?? env.env['OS_CLOUD'];
  if (cloud === undefined || cloud === '')
    throw new CliError(
      '--cloud NAME is required (a cloud of clouds.yaml), or set OS_CLOUD.',
      DEPLOY_EXIT.usage,
    );
  const clients = new ClientPool({ where: { env: env.env, cwd: io.cwd } });
  return {
    design,
    compiled: result,
    cloud,
    clients,
    journalDir: deploymentsDir(dataDir ?? defaultDataDir(env.env), design.name),
  };
}

/** Parse `--param k=v` values. */
export function parseParams(values: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values ?? []) {
    const eq = v.indexOf('=');
    if (eq <= 0) throw new CliError(`--param ${v}: expected NAME=VALUE.`, DEPLOY_EXIT.usage);
    out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}

/** A Heat environment file (`--environment FILE`): YAML with resource_registry, parameter_defaults... */
export async function readEnvironment(
  path: string | undefined,
  cwd: string,
): Promise<Record<string, unknown> | undefined> {
  if (path === undefined) return undefined;
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (e) {
    throw new CliError(`--environment ${path}: ${(e as Error).message}`, DEPLOY_EXIT.usage);
  }
  const doc = parseYaml(text) as unknown;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new CliError(
      `--environment ${path}: not a Heat environment (a YAML map).`,
      DEPLOY_EXIT.usage,
    );
  return doc as Record<string, unknown>;
}

/**
 * Ask before changing a cloud: on a terminal a y/N question, without a terminal a refusal unless
 * --yes (exit 2 with a hint).
 */
export async function confirmOrRefuse(
  what: string,
  yes: boolean,
  env: DeployCliEnv,
  command: string,
): Promise<boolean> {
  if (yes) return true;
  if (!env.stdinIsTTY)
    throw new CliError(
      `${command}: not asking for confirmation without a terminal. Add --yes to ${what} anyway.`,
      DEPLOY_EXIT.usage,
    );
  const answer = (await env.ask(`${what}? [y/N] `)).trim().toLowerCase();
  return answer === 'y' || answer === 'yes';
}

/** Map a thrown error to an exit code and a message (cloud/auth errors are 3). */
export function exitForError(e: unknown, io: CliIo): number {
  if (e instanceof CliError) throw e;
  if (isOpenStackError(e)) {
    io.err(`isotherm: ${e.code}: ${e.message}`);
    return CLOUD_CODES.includes(e.code) ? DEPLOY_EXIT.cloud : DEPLOY_EXIT.failed;
  }
  throw e;
}
