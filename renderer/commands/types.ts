import type { Position } from '../../shared/design/model';
import type { IsothermApi } from '../api';
import type { AppStore } from '../store/createAppStore';
import type { AppState } from '../store/types';
import type { CommandId } from './ids';

/** What the canvas lends to commands (zoom, where the user looks). */
export interface CanvasControls {
  fitView(): void;
  /** The whole design if it fits at a readable zoom, else its top-left at a readable zoom (as a design opens). */
  overview(): void;
  /** The flow position at the centre of the visible canvas. */
  viewCenter(): Position;
}

export interface CommandContext {
  store: AppStore;
  api: IsothermApi;
  canvas: CanvasControls;
}

/** A command (STYLE.md 11): shared by menus (`menu.command`), shortcuts, context menus, buttons and tests. */
export interface Command {
  id: CommandId;
  label: string;
  /** `Mod+Shift+Z` (Mod is Cmd on macOS, Ctrl elsewhere); several alternatives allowed. */
  shortcuts?: string[];
  /** Run even when the keyboard focus is in a text field (file commands); edit commands leave text fields alone. */
  global?: boolean;
  /** `arg` is the command's target where it has one (a lane, a resource, an edge: context menus). */
  enabled?: (s: AppState, arg?: string) => boolean;
  /** Why it cannot run now, in words the user can act on (disabled buttons and the palette show it); null when it can. */
  whyDisabled?: (s: AppState, arg?: string) => string | null;
  /**
   * The command acts on a target (`arg`). The command palette takes it from the selection with `argFromSelection`
   * and leaves the command out when there is none.
   */
  needsArg?: boolean;
  /** Left out of the command palette (commands only the app itself sends, e.g. the close dialog's). */
  hidden?: boolean;
  argFromSelection?: (s: AppState) => string | undefined;
  perform(ctx: CommandContext, arg?: string): void | Promise<void>;
}
