import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs (strict, with positionals), its errors turned into short usage errors naming the command. */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    const message =
      err instanceof Error
        ? err.message.replace(/\. To specify a positional argument.*$/s, '')
        : String(err);
    throw new CliError(
      `${command}: ${message.replace(/\.$/, '')}. See 'isotherm ${command} --help'.`,
    );
  }
}

/** Exactly `count` positionals, or a usage error saying what is expected. */
export function expectPositionals(
  command: string,
  positionals: string[],
  names: string[],
): string[] {
  if (positionals.length < names.length) {
    throw new CliError(
      `${command}: missing ${names.slice(positionals.length).join(' ')}. Usage: isotherm ${command} ${names.join(' ')} ...`,
    );
  }
  if (positionals.length > names.length) {
    throw new CliError(
      `${command}: unexpected argument '${positionals[names.length]}'. See 'isotherm ${command} --help'.`,
    );
  }
  return positionals;
}

/** The value of a required string option, or a usage error. */
export function requireOption(command: string, value: string | undefined, flag: string): string {
  if (value === undefined || value === '')
    throw new CliError(`${command}: ${flag} is required. See 'isotherm ${command} --help'.`);
  return value;
}
