// Runs the real `bin/isotherm` in a child process, as a user would from a shell.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/isotherm', import.meta.url));

/** The CLI's exit code and everything it printed (stdout and stderr, interleaved as they came). */
export function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; text: string }> {
  return new Promise((resolve) => {
    const child = spawn(BIN, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (c: Buffer) => (text += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (text += c.toString('utf8')));
    child.on('close', (code) => resolve({ code, text }));
  });
}
