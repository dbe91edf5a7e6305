/**
 * How design files look: the stringify options, the user's own indentation detected from a file,
 * and the flow style Isotherm gives to short entries (`db: {x: 40, y: 60}`).
 */
import { isCollection, isPair, isScalar, isSeq } from 'yaml';
import type { ToStringOptions } from 'yaml';

export type StyleOptions = Pick<ToStringOptions, 'indent' | 'indentSeq' | 'flowCollectionPadding'>;

export const DEFAULT_STYLE: Required<StyleOptions> = {
  indent: 2,
  indentSeq: true,
  flowCollectionPadding: false,
};

export function stringifyOptions(style: StyleOptions = DEFAULT_STYLE): ToStringOptions {
  return { ...DEFAULT_STYLE, ...style, lineWidth: 0, minContentWidth: 0 };
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isContent = (line: string): boolean =>
  line.trim() !== '' && !line.trimStart().startsWith('#');

/** The indentation habits of a hand-written file, so that re-rendered parts look like the rest of it. */
export function detectStyle(text: string): Required<StyleOptions> {
  const lines = text.split('\n').filter(isContent);
  const steps = new Map<number, number>();
  let seqIndented = 0;
  let seqFlush = 0;
  for (let i = 1; i < lines.length; i++) {
    const parent = lines[i - 1]!;
    const line = lines[i]!;
    if (!/:\s*(#.*)?$/.test(parent)) continue;
    const step = indentOf(line) - indentOf(parent);
    if (line.trimStart().startsWith('- ')) {
      if (step === 0) seqFlush++;
      else if (step > 0) seqIndented++;
    } else if (step > 0) steps.set(step, (steps.get(step) ?? 0) + 1);
  }
  let indent = DEFAULT_STYLE.indent;
  let best = 0;
  for (const [step, count] of steps)
    if (count > best || (count === best && step < indent)) [indent, best] = [step, count];
  const padded = (text.match(/\{ \S/g) ?? []).length;
  const tight = (text.match(/\{[^\s}]/g) ?? []).length;
  return {
    indent: Math.min(indent, 8),
    indentSeq: seqIndented >= seqFlush,
    flowCollectionPadding: padded > tight,
  };
}

type AnyNode = unknown;

const flatScalar = (v: unknown): boolean =>
  isScalar(v) && !(typeof v.value === 'string' && /[\n\r]/.test(v.value));
const flatSeq = (v: unknown): boolean => isSeq(v) && v.items.every(flatScalar);

/** Scalars and lists of scalars only (e.g. {x: 40, y: 60}, {get_attr: [db, value]}), and short. */
function isShortFlat(node: AnyNode, maxLength: number): boolean {
  if (!isCollection(node)) return false;
  const values = node.items.map((item) => (isPair(item) ? item.value : item));
  if (!values.every((v) => flatScalar(v) || flatSeq(v))) return false;
  return JSON.stringify(node.toJSON()).length <= maxLength;
}

/**
 * Flow style for short, flat entries of a freshly written node at `path` (its place in the file):
 * layout and lane entries, parameter definitions, intrinsic functions such as {get_attr: [db, value]}.
 * The top level, the sections and the bodies of resources and outputs stay in block style.
 */
export function applyFreshStyle(node: AnyNode, path: readonly (string | number)[]): void {
  if (!isCollection(node)) return;
  const blockBody =
    path.length <= 1 || (path.length === 2 && (path[0] === 'resources' || path[0] === 'outputs'));
  const limit =
    path.length === 2 && (path[0] === 'layout' || path[0] === 'regions' || path[0] === 'parameters')
      ? 80
      : 60;
  // an empty collection is always `{}` or `[]` (in block style the stringifier would put it on a line of its own)
  if (node.items.length === 0 || (!blockBody && isShortFlat(node, limit))) {
    node.flow = true;
    return;
  }
  node.flow = false;
  node.items.forEach((item, i) => {
    if (isPair(item))
      applyFreshStyle(item.value, [...path, isScalar(item.key) ? String(item.key.value) : i]);
    else applyFreshStyle(item, [...path, i]);
  });
}
