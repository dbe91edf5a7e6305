import type { RecentEntry } from '../../shared/ipc';
import { Menu } from 'electron';
import type { MenuActions } from './menuTemplate';
import { menuTemplate } from './menuTemplate';

export function installMenu(actions: MenuActions, recent: readonly RecentEntry[]): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, recent)));
}
