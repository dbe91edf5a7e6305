import { arrangeAll } from '../canvas/laneActions';
import type { Command } from './types';

/** Layout of the whole design (per-lane layout is a lane command). */
export const layoutCommands: Command[] = [
  {
    id: 'design.arrangeAll',
    label: 'Arrange All',
    shortcuts: ['Mod+Shift+L'],
    enabled: (s) => Object.keys(s.design.resources).length > 0,
    perform: ({ store, canvas }) => arrangeAll(store).then(() => canvas.overview()),
  },
];
