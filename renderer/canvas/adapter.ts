import type { Edge, Node } from '@xyflow/react';
import { MarkerType, Position as Side } from '@xyflow/react';
import { serviceOf } from '../../shared/catalog/catalog';
import { crossRefBaseName } from '../../shared/compile/naming';
import type { Design, Position } from '../../shared/design/model';
import { referenceKey } from '../../shared/design/ops';
import { designReferences, type Reference } from '../../shared/design/refs';
import { NODE_H, NODE_W, laneGeometry, resourcePositions, type LaneGeom } from './geometry';
import type { EdgeRoute, RouteRequest } from './routing/edgeRouter';
import type { Rect } from './routing/types';

/**
 * THE adapter (STYLE.md 7): React Flow nodes and edges derived from the design. Nothing else builds them.
 * Node objects are reused while their inputs are unchanged, so memoized nodes do not re-render.
 */

export type Problem = 'error' | 'warning' | null;

export interface ResourceNodeData extends Record<string, unknown> {
  id: string;
  type: string;
  service: string;
  problem: Problem;
}

export interface LaneNodeData extends Record<string, unknown> {
  laneId: string;
  regionName: string;
  cloud?: string;
  index: number;
  count: number;
  resourceCount: number;
}

export interface RefEdgeData extends Record<string, unknown> {
  ref: Reference;
  label: string;
  title: string;
  cross: boolean;
  /** The orthogonal route around the nodes and the label's place (absent until routed). */
  route?: EdgeRoute;
}

export type ResourceNode = Node<ResourceNodeData, 'resource'>;
export type LaneNode = Node<LaneNodeData, 'lane'>;
export type CanvasNode = ResourceNode | LaneNode;
export type RefEdge = Edge<RefEdgeData, 'ref'>;

export interface CanvasInput {
  design: Design;
  selected: ReadonlySet<string>;
  selectedEdge: string | null;
  dragging: Readonly<Record<string, Position>> | null;
  problems: ReadonlyMap<string, Problem>;
}

export interface CanvasModel {
  nodes: CanvasNode[];
  edges: RefEdge[];
  lanes: LaneGeom[];
  positions: Map<string, Position>;
  /** Absolute rectangles of the resource nodes (routing, minimap placement). */
  rects: Map<string, Rect>;
}

/**
 * An edge goes from the resource holding the reference (source, its left handle) to the resource it
 * references (target, its right handle): dependencies sit left of their dependents, as auto-layout places them.
 */
const HANDLES = [
  { type: 'source' as const, position: Side.Left, x: -4, y: NODE_H / 2 - 4, width: 8, height: 8 },
  // the whole node receives connections (DropTarget); edges end at its right middle
  { type: 'target' as const, position: Side.Right, x: 0, y: 0, width: NODE_W, height: NODE_H },
];

interface CacheEntry {
  key: unknown[];
  node: CanvasNode;
}

const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** A node cache: keep one per canvas (the bench and tests make their own). */
export class NodeCache {
  private entries = new Map<string, CacheEntry>();
  private seen = new Set<string>();

  get<N extends CanvasNode>(id: string, key: unknown[], make: () => N): N {
    this.seen.add(id);
    const hit = this.entries.get(id);
    if (hit !== undefined && same(hit.key, key)) return hit.node as N;
    const node = make();
    this.entries.set(id, { key, node });
    return node;
  }

  sweep(): void {
    for (const id of this.entries.keys()) if (!this.seen.has(id)) this.entries.delete(id);
    this.seen.clear();
  }
}

const laneNodeId = (laneId: string) => `lane:${laneId}`;
export const laneIdOfNode = (nodeId: string): string | undefined =>
  nodeId.startsWith('lane:') ? nodeId.slice(5) : undefined;

const segText = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '…');

/** The short label of an edge: where the reference sits (its last two path segments), and the attribute read. */
export function edgeLabel(ref: Reference): string {
  if (ref.kind === 'depends_on') return 'depends_on';
  const where = ref.path
    .slice(1)
    .filter((s) => typeof s === 'string')
    .slice(-2)
    .join('.');
  if (ref.kind === 'get_attr') return `${where} ← ${(ref.attribute ?? []).map(segText).join('.')}`;
  return where;
}

/** The full description of an edge (tooltip). */
export function edgeTitle(ref: Reference): string {
  const where = `${ref.from ?? ''}.${ref.path.join('.')}`;
  if (ref.kind === 'depends_on') return `${ref.from ?? ''} depends on ${ref.target}`;
  if (ref.kind === 'get_attr')
    return `${where} = get_attr ${[ref.target, ...(ref.attribute ?? []).map(segText)].join('.')}`;
  return `${where} = get_resource ${ref.target}`;
}

export interface CanvasLayout {
  positions: Map<string, Position>;
  lanes: LaneGeom[];
}

/** Saved (or automatic) positions and the lane bands; depends on the design only, so a drag does not move lanes. */
export function deriveLayout(design: Design): CanvasLayout {
  const positions = resourcePositions(design);
  return { positions, lanes: laneGeometry(design, positions) };
}

export function deriveNodes(
  input: CanvasInput,
  layout: CanvasLayout,
  cache: NodeCache,
): CanvasNode[] {
  const { design } = input;
  const { positions, lanes } = layout;
  const counts = new Map<string, number>();
  for (const r of Object.values(design.resources))
    counts.set(r.region, (counts.get(r.region) ?? 0) + 1);
  const laneIds = new Set(design.regions.map((r) => r.id));
  const nodes: CanvasNode[] = [];
  for (const g of lanes) {
    const lane = design.regions[g.index]!;
    const count = counts.get(lane.id) ?? 0;
    nodes.push(
      cache.get(laneNodeId(lane.id), [lane, g.y, g.width, g.height, count, lanes.length], () => ({
        id: laneNodeId(lane.id),
        type: 'lane',
        position: { x: 0, y: g.y },
        width: g.width,
        height: g.height,
        measured: { width: g.width, height: g.height },
        draggable: false,
        selectable: false,
        connectable: false,
        focusable: false,
        data: {
          laneId: lane.id,
          regionName: lane.region_name,
          ...(lane.cloud !== undefined ? { cloud: lane.cloud } : {}),
          index: g.index,
          count: lanes.length,
          resourceCount: count,
        },
      })),
    );
  }
  for (const [id, r] of Object.entries(design.resources)) {
    if (!laneIds.has(r.region)) continue;
    const position = input.dragging?.[id] ?? positions.get(id)!;
    const selected = input.selected.has(id);
    const problem = input.problems.get(id) ?? null;
    nodes.push(
      cache.get(id, [r.type, r.region, position.x, position.y, selected, problem], () => ({
        id,
        type: 'resource',
        parentId: laneNodeId(r.region),
        position,
        width: NODE_W,
        height: NODE_H,
        measured: { width: NODE_W, height: NODE_H },
        handles: HANDLES,
        selected,
        data: { id, type: r.type, service: serviceOf(r.type), problem },
      })),
    );
  }
  cache.sweep();
  return nodes;
}

/** Everything at once (tests, bench). */
export function deriveCanvas(input: CanvasInput, cache: NodeCache): CanvasModel {
  const layout = deriveLayout(input.design);
  return {
    nodes: deriveNodes(input, layout, cache),
    edges: deriveEdges(input.design, input.selectedEdge),
    ...layout,
    rects: nodeRects(input.design, layout),
  };
}

export function deriveEdges(design: Design, selectedEdge: string | null): RefEdge[] {
  const edges: RefEdge[] = [];
  for (const ref of designReferences(design)) {
    if (ref.from === null) continue;
    const from = design.resources[ref.from];
    const to = design.resources[ref.target];
    if (from === undefined || to === undefined || ref.from === ref.target) continue;
    const cross = from.region !== to.region;
    const id = referenceKey(ref);
    let label = edgeLabel(ref);
    let title = edgeTitle(ref);
    if (cross && ref.kind !== 'depends_on') {
      const name = crossRefBaseName(ref.kind, ref.target, ref.attribute ?? []);
      label = `output → parameter ${name}`;
      title = `${title}\nAcross regions: output ${name} of ${to.region}, parameter ${name} of ${from.region}`;
    }
    edges.push({
      id,
      type: 'ref',
      markerEnd: {
        type: MarkerType.ArrowClosed,
        width: 14,
        height: 14,
        color: cross ? 'var(--edge-cross)' : 'var(--edge)',
      },
      source: ref.from,
      target: ref.target,
      selected: id === selectedEdge,
      data: { ref, label, title, cross },
      ...(cross ? { className: 'edge-cross' } : {}),
    });
  }
  return edges;
}

/** Absolute rectangles of the resource nodes (lane-relative positions placed in their lane's band). */
export function nodeRects(design: Design, layout: CanvasLayout): Map<string, Rect> {
  const laneY = new Map(layout.lanes.map((l) => [l.id, l.y]));
  const rects = new Map<string, Rect>();
  for (const [id, p] of layout.positions) {
    const y = laneY.get(design.resources[id]?.region ?? '');
    if (y !== undefined) rects.set(id, { x: p.x, y: y + p.y, w: NODE_W, h: NODE_H });
  }
  return rects;
}

export const routeRequests = (edges: readonly RefEdge[]): RouteRequest[] =>
  edges.map((e) => ({
    id: e.id,
    source: e.source,
    target: e.target,
    cross: e.data?.cross === true,
    label: e.data?.label ?? '',
  }));

/** Edges with their routes; an edge whose object and route are unchanged keeps its routed object (no re-render). */
export class RoutedEdgeCache {
  private entries = new WeakMap<RefEdge, { route: EdgeRoute | undefined; edge: RefEdge }>();

  attach(edges: readonly RefEdge[], routes: ReadonlyMap<string, EdgeRoute>): RefEdge[] {
    return edges.map((e) => {
      const route = routes.get(e.id);
      const hit = this.entries.get(e);
      if (hit !== undefined && hit.route === route) return hit.edge;
      const edge: RefEdge =
        route === undefined || e.data === undefined ? e : { ...e, data: { ...e.data, route } };
      this.entries.set(e, { route, edge });
      return edge;
    });
  }
}
