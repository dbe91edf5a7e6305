import { api } from '../api';
import { canvasControls } from '../canvas/canvasControls';
import { appStore } from '../store/appStore';
import type { CommandContext } from './types';

/** What the app's commands run with: the one store, the typed API and the canvas's controls. */
export const commandContext: CommandContext = { store: appStore, api, canvas: canvasControls };
