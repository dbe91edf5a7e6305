import type { AppState } from '../store/types';
import { deployCommands } from '../deploy/deployCommands';
import { editCommands } from './editCommands';
import { contextCommands } from './contextCommands';
import { fileCommands } from './fileCommands';
import { layoutCommands } from './layoutCommands';
import { nudgeCommands } from './nudgeCommands';
import { matchShortcut, type KeyLike } from './shortcuts';
import type { CommandId } from './ids';
import type { Command, CommandContext } from './types';
import { viewCommands } from './viewCommands';

/** The command registry: every user action by name. */
export const commands: readonly Command[] = [
  ...fileCommands,
  ...editCommands,
  ...nudgeCommands,
  ...viewCommands,
  ...layoutCommands,
  ...contextCommands,
  ...deployCommands,
];

const byId = new Map(commands.map((c) => [c.id, c]));

export function commandById(id: CommandId): Command | undefined {
  return byId.get(id);
}

export function isEnabled(command: Command, state: AppState, arg?: string): boolean {
  return (
    (command.enabled === undefined || command.enabled(state, arg)) &&
    (command.whyDisabled === undefined || command.whyDisabled(state, arg) === null)
  );
}

/** Why a command cannot run now; a generic answer for commands that do not say. */
export function disabledReason(command: Command, state: AppState, arg?: string): string | null {
  if (isEnabled(command, state, arg)) return null;
  return (
    command.whyDisabled?.(state, arg) ?? `${command.label.replace(/…$/, '')} is not available now.`
  );
}

/** Run a command by name if it exists and is enabled; true when it ran. */
export async function runCommand(
  ctx: CommandContext,
  id: CommandId,
  arg?: string,
): Promise<boolean> {
  const command = byId.get(id);
  if (command === undefined || !isEnabled(command, ctx.store.getState(), arg)) return false;
  await command.perform(ctx, arg);
  return true;
}

/** The command a key press triggers; edit commands stay out of text fields (they have their own editing keys). */
export function commandForKey(e: KeyLike, inTextField: boolean, mac: boolean): Command | undefined {
  return commands.find(
    (c) =>
      (c.global === true || !inTextField) &&
      (c.shortcuts ?? []).some((s) => matchShortcut(e, s, mac)),
  );
}
