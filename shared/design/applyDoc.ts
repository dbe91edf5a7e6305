/**
 * Write new file data onto a parsed YAML document in place, so that what did not change keeps its nodes
 * (comments, quoting, block scalars) and what changed keeps its comments: scalars are updated, removed keys
 * deleted, new keys added in their canonical place.
 */
import { Pair, Scalar, isAlias, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { Alias, Document, Node, YAMLMap } from 'yaml';
import { isMap as isPlainMap } from '../hot/value';
import type { PlainMap } from '../hot/value';
import { applyFreshStyle } from './yamlStyle';

type Path = (string | number)[];

/**
 * Maps whose key order is Isotherm's (the top level, lanes, resource and output bodies, layout entries):
 * keys present keep their place, new ones go after their canonical predecessor.
 * Every other map follows the model's order, which is the user's order.
 */
function keepsOwnOrder(path: Path): boolean {
  if (path.length === 0) return true;
  return (
    path.length === 2 && ['regions', 'resources', 'outputs', 'layout'].includes(String(path[0]))
  );
}

/** Keys the model drops when they are empty (`properties:` left empty, `layout: {}`): the file may keep them. */
function emptyMeansAbsent(path: Path, key: string): boolean {
  if (path.length === 0)
    return ['regions', 'parameters', 'resources', 'outputs', 'layout'].includes(key);
  return path.length === 2 && path[0] === 'resources' && key === 'properties';
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function isEmptyNode(node: unknown): boolean {
  if (node === null || node === undefined) return true;
  if (isScalar(node)) return node.value === null;
  return (isMap(node) || isSeq(node)) && node.items.length === 0;
}

/** Replace every alias by a copy of what it names, and drop anchors: edits below then touch one place only. */
export function expandAliases(doc: Document): void {
  visit(doc, {
    Alias(_key, node: Alias) {
      const target = node.resolve(doc);
      if (!target) return undefined;
      const copy = target.clone() as Node;
      return copy;
    },
  });
  visit(doc, {
    Node(_key, node) {
      if (!isAlias(node)) delete (node as { anchor?: string }).anchor;
    },
  });
}

function freshNode(doc: Document, value: unknown, path: Path): Node {
  const node = doc.createNode(value, { aliasDuplicateObjects: false }) as Node;
  applyFreshStyle(node, path);
  return node;
}

/** The node to put where `node` was so that it holds `value`; `node` itself when it can be updated in place. */
function applyNode(doc: Document, node: unknown, value: unknown, path: Path): Node {
  if (isPlainMap(value) && isMap(node)) {
    applyMap(doc, node, value, path);
    if (node.items.length === 0) node.flow = true;
    return node;
  }
  if (Array.isArray(value) && isSeq(node)) {
    const items = node.items;
    value.forEach((item, i) => {
      items[i] =
        i < items.length
          ? applyNode(doc, items[i], item, [...path, i])
          : freshNode(doc, item, [...path, i]);
    });
    items.splice(value.length);
    if (items.length === 0) node.flow = true;
    return node;
  }
  if (isScalar(node) && !isPlainMap(value) && !Array.isArray(value)) {
    if (Object.is(node.value, value)) return node;
    if (typeof node.value !== typeof value) {
      delete node.tag;
      delete node.format;
    }
    // a block scalar that became one line, or a value that is no string: let the stringifier choose the style
    const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
    if (typeof value !== 'string' || (block && !value.includes('\n'))) delete node.type;
    node.value = value;
    return node;
  }
  // the kind changed (a scalar became a map...): a new node that keeps the old one's comments
  const fresh = freshNode(doc, value, path);
  const old = node as {
    commentBefore?: string | null;
    comment?: string | null;
    spaceBefore?: boolean;
  } | null;
  if (old?.commentBefore) fresh.commentBefore = old.commentBefore;
  if (old?.comment) fresh.comment = old.comment;
  if (old?.spaceBefore) fresh.spaceBefore = true;
  return fresh;
}

function applyMap(doc: Document, node: YAMLMap, value: PlainMap, path: Path): void {
  const wanted = Object.keys(value);
  const existing = new Map<string, Pair>();
  const kept: Pair[] = [];
  for (const item of node.items) {
    if (!isPair(item)) continue;
    const key = keyOf(item);
    if (Object.prototype.hasOwnProperty.call(value, key) && !existing.has(key)) {
      existing.set(key, item);
      kept.push(item);
    } else if (
      !Object.prototype.hasOwnProperty.call(value, key) &&
      emptyMeansAbsent(path, key) &&
      isEmptyNode(item.value)
    ) {
      kept.push(item);
    }
  }
  for (const key of wanted) {
    const pair = existing.get(key);
    if (pair) pair.value = applyNode(doc, pair.value, value[key], [...path, key]);
  }
  const created = (key: string) =>
    new Pair(freshNode(doc, key, [...path, key]), freshNode(doc, value[key], [...path, key]));
  if (!keepsOwnOrder(path)) {
    node.items = wanted.map((key) => existing.get(key) ?? created(key)) as typeof node.items;
    return;
  }
  const items = [...kept];
  wanted.forEach((key, i) => {
    if (existing.has(key)) return;
    // after the nearest canonical predecessor already in the map, else before the first canonical successor
    const before = wanted
      .slice(0, i)
      .reverse()
      .find((k) => items.some((p) => keyOf(p) === k));
    const at =
      before !== undefined
        ? items.findIndex((p) => keyOf(p) === before) + 1
        : firstSuccessorIndex(items, wanted.slice(i + 1));
    items.splice(at, 0, created(key));
  });
  node.items = items as typeof node.items;
}

function firstSuccessorIndex(items: Pair[], successors: string[]): number {
  const indexes = successors
    .map((k) => items.findIndex((p) => keyOf(p) === k))
    .filter((i) => i >= 0);
  return indexes.length > 0 ? Math.min(...indexes) : items.length;
}

/** Make `doc` hold `file` (the design as file data), keeping every node that did not change. */
export function applyFileToDocument(doc: Document, file: PlainMap): void {
  if (isMap(doc.contents)) applyMap(doc, doc.contents, file, []);
  else doc.contents = freshNode(doc, file, []);
}
