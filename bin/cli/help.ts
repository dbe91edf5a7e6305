import type { CommandEntry } from './command';

/** `isotherm --help`: the commands from the table, and the exit codes. */
export function mainHelp(commands: readonly CommandEntry[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'isotherm: design multi-region OpenStack Heat topologies, compile one HOT template per region, deploy them in order.',
    '',
    'Usage: isotherm <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'isotherm <command> --help' for a command's options. 'isotherm --version' prints the version.",
    'Exit codes: 0 done, 1 the design or templates have errors (printed; nothing written), 2 usage or file problem.',
  ].join('\n');
}
