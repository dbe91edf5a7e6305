/** What every `isotherm` command is: a name, its help, and a run that returns the exit code. */

/** Exit codes of every command. */
export const EXIT = {
  /** Done, no errors. */
  ok: 0,
  /** The design (or the templates) has errors: they were printed, nothing was written. */
  errors: 1,
  /** Wrong usage, or a file that cannot be read or written. */
  usage: 2,
} as const;

/** Where a command prints and which folder relative paths start from. */
export interface CliIo {
  /** A line for stdout (results: diagnostics of `validate`, files written). */
  out(line: string): void;
  /** A line for stderr (problems, progress). */
  err(line: string): void;
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One line about the command (the table's `summary` is what `isotherm --help` shows). */
  summary?: string;
  /** The full text of `isotherm <name> --help`. */
  help: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** A line of the command table: loaded only when it runs, so `isotherm validate` does not load the importer. */
export interface CommandEntry {
  name: string;
  /** One line for `isotherm --help`. */
  summary: string;
  load(): Promise<CliCommand>;
}

/** A failure the user can fix: printed as `isotherm: <message>` and turned into an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
