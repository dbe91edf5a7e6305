/**
 * Carry an edit onto the user's original text, line by line. `base` and `edited` are two renderings of
 * the same YAML document, before and after the edit; `original` is the text the user wrote (their own
 * spacing, alignment and indentation). The edit's hunks (diff base -> edited) are applied to the lines
 * of the original that correspond to the base (matched ignoring whitespace), so every line the edit did
 * not touch keeps its exact bytes. The caller re-reads the result and falls back to `edited` if it does
 * not read back as the edit.
 */
import { commonLines } from './lineDiff';

const KEY_COMMENT = /^\s*(.*\S:)\s+#\s?(.*)$/;

/**
 * The YAML stringifier moves a comment written after a key that opens a collection (`layout:   # positions`)
 * to a line of its own below; where the original has it on the key's line, put the original line back.
 */
function foldKeyComments(lines: readonly string[], original: readonly string[]): string[] {
  const originals = new Map<string, string>();
  for (const line of original) {
    const m = KEY_COMMENT.exec(line);
    if (m) originals.set(`${m[1]}#${m[2]}`, line);
  }
  if (originals.size === 0) return [...lines];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]?.trim();
    const folded =
      line.endsWith(':') && next?.startsWith('#')
        ? originals.get(`${line.trim()}#${next.replace(/^#\s?/, '')}`)
        : undefined;
    if (folded !== undefined) {
      out.push(folded);
      i++;
    } else out.push(line);
  }
  return out;
}

/** A line as compared between the rendering and the original: whitespace differences do not count. */
function loose(line: string): string {
  return line
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/([{[]) /g, '$1')
    .replace(/ ([}\]])/g, '$1');
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

function shift(line: string, delta: number): string {
  if (delta === 0 || line.trim() === '') return line;
  if (delta > 0) return ' '.repeat(delta) + line;
  return indentOf(line) >= -delta ? line.slice(-delta) : line;
}

/** The original with the edit applied, or null when the texts are too far apart to align. */
export function mergeEdits(original: string, base: string, edited: string): string | null {
  if (original === base) return edited;
  if (base === edited) return original;
  const O = original.split('\n');
  // a file with CRLF line ends gets CRLF on the lines the edit writes
  const crlf = O.length > 1 && O[0]!.endsWith('\r');
  const B = foldKeyComments(base.split('\n'), O);
  const N = foldKeyComments(edited.split('\n'), O);
  const toO = commonLines(B.map(loose), O.map(loose));
  const toN = commonLines(B, N);
  if (toO === null || toN === null) return null;
  const inO = new Int32Array(B.length).fill(-1);
  for (const [b, o] of toO) inO[b] = o;

  const deleted = new Uint8Array(O.length);
  const inserts = new Map<number, string[]>();
  const previousMatched = (b: number): number => {
    for (let i = b - 1; i >= 0; i--) if (inO[i]! >= 0) return i;
    return -1;
  };
  const applyHunk = (bs: number, be: number, ns: number, ne: number) => {
    const gone = [];
    for (let b = bs; b < be; b++) if (inO[b]! >= 0) gone.push(b);
    let at: number;
    let delta: number;
    if (gone.length > 0) {
      const first = inO[gone[0]!]!;
      const last = inO[gone[gone.length - 1]!]!;
      for (let o = first; o <= last; o++) deleted[o] = 1;
      at = first;
      delta = indentOf(O[first]!) - indentOf(B[gone[0]!]!);
    } else {
      const prev = previousMatched(bs);
      at = prev >= 0 ? inO[prev]! + 1 : 0;
      delta = prev >= 0 ? indentOf(O[inO[prev]!]!) - indentOf(B[prev]!) : 0;
    }
    const eol = crlf ? '\r' : '';
    if (ne > ns)
      inserts.set(at, [
        ...(inserts.get(at) ?? []),
        ...N.slice(ns, ne).map((line) => shift(line, delta) + eol),
      ]);
  };

  let [pb, pn] = [-1, -1];
  for (const [b, n] of [...toN, [B.length, N.length] as [number, number]]) {
    if (b > pb + 1 || n > pn + 1) applyHunk(pb + 1, b, pn + 1, n);
    [pb, pn] = [b, n];
  }

  const out: string[] = [];
  for (let o = 0; o <= O.length; o++) {
    out.push(...(inserts.get(o) ?? []));
    if (o < O.length && !deleted[o]) out.push(O[o]!);
  }
  return out.join('\n');
}
