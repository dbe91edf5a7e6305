/**
 * A three-way merge of lines (diff3): `base` and `edited` are two renderings of the same YAML document,
 * before and after an edit; `original` is the text the user wrote. The edit's hunks are carried onto
 * the original, so lines the edit did not touch keep the user's exact bytes (alignment, spacing, style).
 * Where the user's formatting and the edit overlap, the edited rendering wins for that stretch.
 */
import { commonLines } from './lineDiff';

function matchIndex(length: number, matches: readonly [number, number][]): Int32Array {
  const index = new Int32Array(length).fill(-1);
  for (const [i, j] of matches) index[i] = j;
  return index;
}

function sameSlice(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

const KEY_COMMENT = /^(.*\S:)\s+#\s?(.*)$/;

/**
 * The YAML stringifier moves a comment written after a key that opens a collection (`layout:   # positions`)
 * to a line of its own below; where the original has it on the key's line, put it back there, in the
 * original's bytes, so that the renderings align with the original.
 */
function foldKeyComments(lines: string[], original: readonly string[]): string[] {
  const originals = new Map<string, string>();
  for (const line of original) {
    const m = KEY_COMMENT.exec(line);
    if (m) originals.set(`${m[1]}#${m[2]}`, line);
  }
  if (originals.size === 0) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]?.trimStart();
    const folded = line.endsWith(':') && next?.startsWith('#') ? originals.get(`${line}#${next.replace(/^#\s?/, '')}`) : undefined;
    if (folded !== undefined) {
      out.push(folded);
      i++;
    } else out.push(line);
  }
  return out;
}

/** The original with the edit applied, or null when the texts are too far apart to align. */
export function mergeEdits(original: string, base: string, edited: string): string | null {
  if (original === base) return edited;
  if (base === edited) return original;
  const O = original.split('\n');
  const B = foldKeyComments(base.split('\n'), O);
  const N = foldKeyComments(edited.split('\n'), O);
  const toO = commonLines(B, O);
  const toN = commonLines(B, N);
  if (toO === null || toN === null) return null;
  const inO = matchIndex(B.length, toO);
  const inN = matchIndex(B.length, toN);

  const out: string[] = [];
  let [pb, po, pn] = [-1, -1, -1];
  const flush = (b: number, o: number, n: number) => {
    const chunkB = B.slice(pb + 1, b);
    const chunkO = O.slice(po + 1, o);
    const chunkN = N.slice(pn + 1, n);
    out.push(...(sameSlice(chunkB, chunkN) ? chunkO : chunkN));
  };
  for (let b = 0; b < B.length; b++) {
    const o = inO[b]!;
    const n = inN[b]!;
    if (o < 0 || n < 0) continue;
    flush(b, o, n);
    out.push(O[o]!);
    [pb, po, pn] = [b, o, n];
  }
  flush(B.length, O.length, N.length);
  return out.join('\n');
}
