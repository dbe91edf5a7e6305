import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT, type CliCommand, type CliIo } from './command';
import { compileCommand } from './compile';
import { deployCommand } from './deploy';
import { destroyCommand } from './destroy';
import { mainHelp } from './help';
import { importCommand } from './import';
import { statusCommand } from './status';
import { validateCommand } from './validate';
import { version } from './version';

/** The commands, in the order `isotherm --help` lists them. One line registers a command. */
export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  compileCommand,
  importCommand,
  deployCommand,
  statusCommand,
  destroyCommand,
];

/** Runs `isotherm <argv>`; returns the exit code (never throws for a user's mistake). */
export async function main(argv: string[], io: CliIo, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') {
    io.out(mainHelp(commands));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.out(version());
    return EXIT.ok;
  }
  if (first === 'help') {
    const about = rest[0] === undefined ? undefined : commands.find((c) => c.name === rest[0]);
    io.out(about?.help ?? mainHelp(commands));
    return rest[0] === undefined || about !== undefined ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === first);
  if (command === undefined) {
    io.err(`isotherm: unknown command '${first}'. Commands: ${commands.map((c) => c.name).join(', ')}. See 'isotherm --help'.`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof CliError) {
      io.err(`isotherm: ${err.message}`);
      return err.exitCode;
    }
    throw err;
  }
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const io: CliIo = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`isotherm: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
