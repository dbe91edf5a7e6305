import type ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Design, Position } from '../design/model';
import { dependenciesOf } from '../design/refs';

/** The size the canvas draws a resource node at; the layout leaves room for it. */
export const NODE_WIDTH = 180;
export const NODE_HEIGHT = 56;

export interface LayoutOptions {
  /** `RIGHT` (default): dependencies left of their dependents; `DOWN`: above them. */
  direction?: 'RIGHT' | 'DOWN';
  /** Gap between layers (default 80). */
  layerSpacing?: number;
  /** Gap between nodes of one layer (default 32). */
  nodeSpacing?: number;
  /** Width/height the unconnected parts of a lane are packed toward (ELK's default 1.6; wider suits a lane band). */
  aspectRatio?: number;
}

let elk: Promise<InstanceType<typeof ELK>> | undefined;

/**
 * The layout engine, loaded on first use: elkjs is large (most of the renderer's bundle) and starting or opening
 * a design needs none of it. The renderer calls this once it is idle, so a first Arrange does not wait for it.
 */
export function layoutEngine(): Promise<InstanceType<typeof ELK>> {
  elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default());
  return elk;
}

/** Positions of one lane's resources, relative to the lane (the top-left node box starts at 0,0). */
export async function layoutLane(
  design: Design,
  laneId: string,
  options: LayoutOptions = {},
): Promise<Record<string, Position>> {
  const ids = Object.keys(design.resources).filter((id) => design.resources[id]!.region === laneId);
  if (ids.length === 0) return {};
  const inLane = new Set(ids);
  const edges: ElkExtendedEdge[] = [];
  for (const id of ids) {
    for (const dep of dependenciesOf(id, design.resources[id]!)) {
      if (dep !== id && inLane.has(dep))
        edges.push({ id: `e${edges.length}`, sources: [dep], targets: [id] });
    }
  }
  const graph: ElkNode = {
    id: `lane:${laneId}`,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': options.direction ?? 'RIGHT',
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
      'elk.spacing.nodeNode': String(options.nodeSpacing ?? 32),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(options.layerSpacing ?? 80),
      'elk.spacing.componentComponent': String(options.nodeSpacing ?? 32),
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      ...(options.aspectRatio !== undefined
        ? { 'elk.aspectRatio': String(options.aspectRatio) }
        : {}),
    },
    children: ids.map((id) => ({ id, width: NODE_WIDTH, height: NODE_HEIGHT })),
    edges,
  };
  const result = await (await layoutEngine()).layout(graph);
  const placed = (result.children ?? []).map((c) => ({ id: c.id, x: c.x ?? 0, y: c.y ?? 0 }));
  const minX = Math.min(...placed.map((p) => p.x));
  const minY = Math.min(...placed.map((p) => p.y));
  const positions: Record<string, Position> = {};
  for (const p of placed)
    positions[p.id] = { x: Math.round(p.x - minX), y: Math.round(p.y - minY) };
  return positions;
}

/** Positions of every resource, each relative to its own lane (lanes are laid out one after the other). */
export async function layoutDesign(
  design: Design,
  options: LayoutOptions = {},
): Promise<Record<string, Position>> {
  const positions: Record<string, Position> = {};
  for (const lane of design.regions)
    Object.assign(positions, await layoutLane(design, lane.id, options));
  return positions;
}
