// A design as the lifecycle tests use it: written to a file (for the CLI) and compiled into a
// deploy input (for the engine), both sharing one user-data folder and so one set of journals.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientPool } from '../../electron/deploy/clientPool';
import { deploymentsDir } from '../../electron/deploy/index';
import { CLOUD, tempDir } from './cloud';
import type { CompileResult } from '../../shared/compile/types';
import { compiled, designOf } from './designs';

export async function designOnDisk(clients: ClientPool, name: string, text: string) {
  const dir = await tempDir();
  const dataDir = join(dir, 'data');
  const file = join(dir, `${name}.isotherm.yaml`);
  await writeFile(file, text);
  const input = {
    design: name,
    compiled: compiled(designOf(text)),
    cloud: CLOUD,
    clients,
    journalDir: deploymentsDir(dataDir, name),
    pollIntervalMs: 500,
    timeoutMins: 4,
  };
  return { dataDir, file, input };
}

/** The deploy input of a compiled design on the local cloud, its journals in a fresh folder. */
export async function liveInput(
  clients: ClientPool,
  name: string,
  result: CompileResult,
  timing: { pollIntervalMs: number; timeoutMins: number },
) {
  return {
    design: name,
    compiled: result,
    cloud: CLOUD,
    clients,
    journalDir: await tempDir(),
    ...timing,
  };
}
