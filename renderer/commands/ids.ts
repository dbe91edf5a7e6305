import type { MenuCommand } from '../../shared/ipc';

/** Commands only the renderer runs (toolbar, shortcuts, context menus, the palette); the menus' are in shared/ipc. */
export const RENDERER_COMMANDS = [
  'design.addLane',
  'view.commandPalette',
  'view.toggleDeploy',
  'view.toggleTimeline',
  'deploy.refreshClouds',
  'deploy.validate',
  'deploy.deploy',
  'deploy.destroy',
  'deploy.cancel',
  'deploy.refreshStatus',
  'resource.rename',
  'resource.connect',
  'resource.moveToLane',
  'lane.rename',
  'lane.moveUp',
  'lane.moveDown',
  'lane.autoLayout',
  'lane.remove',
  'edge.delete',
  'edit.moveLeft',
  'edit.moveRight',
  'edit.moveUp',
  'edit.moveDown',
  'edit.moveFarLeft',
  'edit.moveFarRight',
  'edit.moveFarUp',
  'edit.moveFarDown',
] as const;

/**
 * Every command's id, a closed set: the menu channel's commands (`MENU_COMMANDS` in shared/ipc, what native
 * menus may send) and the renderer's own. The registry has exactly one command per id (tested).
 */
export type CommandId = MenuCommand | (typeof RENDERER_COMMANDS)[number];
