import type { AppState } from '../store/types';
import { commands, disabledReason } from './registry';
import type { CommandId } from './ids';
import type { Command } from './types';

/** The command palette's rows: every command of the registry the user can name now, with its target. */
export interface PaletteEntry {
  command: CommandId;
  arg?: string;
  /** `View: YAML`, `Resource: Connect to… (port)`. */
  title: string;
  shortcut?: string;
  /** Why it cannot run now; null when it can. */
  disabled: string | null;
}

const AREAS: Record<string, string> = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  design: 'Design',
  deploy: 'Deploy',
  help: 'Help',
  resource: 'Resource',
  lane: 'Lane',
  edge: 'Connection',
};

function entryOf(command: Command, state: AppState): PaletteEntry | undefined {
  const arg = command.needsArg === true ? command.argFromSelection?.(state) : undefined;
  if (command.needsArg === true && arg === undefined) return undefined;
  const area = AREAS[command.id.split('.')[0]!] ?? 'App';
  const shortcut = command.shortcuts?.[0];
  return {
    command: command.id,
    ...(arg !== undefined ? { arg } : {}),
    title: `${area}: ${command.label}${arg !== undefined ? ` (${arg})` : ''}`,
    ...(shortcut !== undefined ? { shortcut } : {}),
    disabled: disabledReason(command, state, arg),
  };
}

/** Entries matching `query` (every word in the title or the command id), in registry order; the palette itself left out. */
export function paletteEntries(state: AppState, query: string): PaletteEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands
    .filter((c) => c.id !== 'view.commandPalette' && c.hidden !== true)
    .map((c) => entryOf(c, state))
    .filter((e): e is PaletteEntry => e !== undefined)
    .filter((e) => {
      const hay = `${e.title} ${e.command}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    });
}
