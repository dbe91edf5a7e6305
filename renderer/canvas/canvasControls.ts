import type { CanvasControls } from '../commands/types';

/** The canvas lends these to commands while it is mounted. */
let impl: CanvasControls | null = null;

/** Returns the detach function (a disposable, registered where it is created). */
export function attachCanvas(controls: CanvasControls): () => void {
  impl = controls;
  return () => {
    if (impl === controls) impl = null;
  };
}

export const canvasControls: CanvasControls = {
  fitView: () => impl?.fitView(),
  overview: () => impl?.overview(),
  viewCenter: () => impl?.viewCenter() ?? { x: 200, y: 120 },
};
