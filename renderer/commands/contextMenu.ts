import type { AppState, MenuTarget } from '../store/types';
import type { CommandId } from './ids';
import { commandById, isEnabled } from './registry';

/** Context menus as data, built from the command registry (the same commands as menus, shortcuts and tests). */

export type MenuEntry =
  | {
      kind: 'command';
      command: CommandId;
      arg?: string;
      label: string;
      enabled: boolean;
      shortcut?: string;
    }
  | { kind: 'submenu'; label: string; items: MenuEntry[] }
  | { kind: 'separator' };

interface Spec {
  command: CommandId;
  arg?: string;
  label?: string;
}

function entry(state: AppState, spec: Spec): MenuEntry {
  const command = commandById(spec.command);
  if (command === undefined) throw new Error(`unknown command ${spec.command}`);
  const shortcut = command.shortcuts?.[0];
  return {
    kind: 'command',
    command: command.id,
    ...(spec.arg !== undefined ? { arg: spec.arg } : {}),
    label: spec.label ?? command.label,
    enabled: isEnabled(command, state, spec.arg),
    ...(shortcut !== undefined ? { shortcut } : {}),
  };
}

const separator: MenuEntry = { kind: 'separator' };

/**
 * The menu for a target. A resource's menu acts on the selection (right-clicking an unselected resource
 * selects it first, as desktop tools do), so Duplicate, Delete and Copy are the Edit commands themselves.
 */
export function menuFor(target: MenuTarget, state: AppState): MenuEntry[] {
  const e = (spec: Spec) => entry(state, spec);
  switch (target.kind) {
    case 'resource': {
      const lane = state.design.resources[target.id]?.region;
      const others = state.design.regions.filter((r) => r.id !== lane);
      return [
        e({ command: 'resource.rename', arg: target.id }),
        e({ command: 'resource.connect', arg: target.id }),
        e({ command: 'edit.duplicate' }),
        e({ command: 'edit.copy' }),
        separator,
        ...(lane !== undefined ? [e({ command: 'lane.autoLayout', arg: lane })] : []),
        {
          kind: 'submenu',
          label: 'Move to Lane',
          items: others.map((r) =>
            e({ command: 'resource.moveToLane', arg: r.id, label: `${r.id} (${r.region_name})` }),
          ),
        },
        separator,
        e({ command: 'edit.delete' }),
      ];
    }
    case 'lane':
      return [
        e({ command: 'lane.rename', arg: target.id }),
        e({ command: 'lane.moveUp', arg: target.id }),
        e({ command: 'lane.moveDown', arg: target.id }),
        e({ command: 'lane.autoLayout', arg: target.id }),
        separator,
        e({ command: 'lane.remove', arg: target.id }),
      ];
    case 'edge':
      return [e({ command: 'edge.delete', arg: target.id })];
    case 'pane':
      return [
        e({ command: 'edit.paste' }),
        e({ command: 'edit.selectAll' }),
        separator,
        e({ command: 'view.zoomToFit' }),
        e({ command: 'design.arrangeAll' }),
        e({ command: 'design.addLane', label: 'Add Lane' }),
      ];
  }
}

/** Select what was right-clicked unless it is already part of the selection. */
export function selectForMenu(target: MenuTarget, state: AppState): void {
  if (target.kind === 'resource' && !state.selected.includes(target.id)) state.select([target.id]);
  else if (target.kind === 'edge' && state.selectedEdge !== target.id) state.select([], target.id);
}
