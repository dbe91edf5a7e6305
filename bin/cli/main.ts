import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT, type CliIo, type CommandEntry } from './command';
import { mainHelp } from './help';
import { version } from './version';

/** The commands, in the order `isotherm --help` lists them. One line registers a command (loaded when it runs). */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'validate',
    summary: 'check a design against the resource catalog; print its diagnostics',
    load: async () => (await import('./validate')).validateCommand,
  },
  {
    name: 'compile',
    summary: 'compile a design into one HOT template per region, plan.json and deploy.sh',
    load: async () => (await import('./compile')).compileCommand,
  },
  {
    name: 'import',
    summary: 'make a design from HOT templates (one per region) or from a model-2 parent template',
    load: async () => (await import('./import')).importCommand,
  },
  {
    name: 'deploy',
    summary: "deploy a design's stacks to its regions, wave by wave, with live status",
    load: async () => (await import('./deploy')).deployCommand,
  },
  {
    name: 'status',
    summary: "show the design's stacks, resources and outputs in each region",
    load: async () => (await import('./status')).statusCommand,
  },
  {
    name: 'destroy',
    summary: "delete the design's stacks in every region (reverse wave order)",
    load: async () => (await import('./destroy')).destroyCommand,
  },
];

/** Runs `isotherm <argv>`; returns the exit code (never throws for a user's mistake). */
export async function main(
  argv: string[],
  io: CliIo,
  commands: readonly CommandEntry[] = COMMANDS,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(mainHelp(commands));
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    io.out(mainHelp(commands));
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.out(version());
    return EXIT.ok;
  }
  if (first === 'help') {
    const about = rest[0] === undefined ? undefined : commands.find((c) => c.name === rest[0]);
    io.out(about !== undefined ? (await about.load()).help : mainHelp(commands));
    return rest[0] === undefined || about !== undefined ? EXIT.ok : EXIT.usage;
  }
  const entry = commands.find((c) => c.name === first);
  if (entry === undefined) {
    io.err(
      `isotherm: unknown command '${first}'. Commands: ${commands.map((c) => c.name).join(', ')}. See 'isotherm --help'.`,
    );
    return EXIT.usage;
  }
  const command = await entry.load();
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
      process.stderr.write(
        `isotherm: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
      process.exitCode = 70;
    },
  );
}
