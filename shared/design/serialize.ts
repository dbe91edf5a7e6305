/**
 * serializeDesign: the design model -> `*.isotherm.yaml` text. Deterministic (canonical key order, the
 * user's order inside maps). Given the source the design was read from, an unchanged design gives the
 * original bytes, and an edited one is written onto the original document: comments stay, and lines the
 * edit did not touch keep their exact bytes.
 */
import { Document, isMap } from 'yaml';
import { designToFile } from './fileObject';
import type { Design } from './model';
import { parseDesign } from './parse';
import { deepEqual } from '../hot/value';
import type { PlainMap } from '../hot/value';
import { makeSource, sourceData } from './source';
import type { DesignSource } from './source';
import { applyFileToDocument, expandAliases } from './applyDoc';
import { mergeEdits } from './lineMerge';
import { applyFreshStyle, detectStyle, stringifyOptions } from './yamlStyle';

/** A fresh file for data in canonical order (no source to keep). */
export function renderFile(file: PlainMap): string {
  const doc = new Document(file, { version: '1.2', schema: 'core', aliasDuplicateObjects: false });
  applyFreshStyle(doc.contents, []);
  return doc.toString(stringifyOptions());
}

/** Does `text` read back as exactly `file`? The last guard before writing a merged or edited text. */
function readsBackAs(text: string, file: PlainMap): DesignSource | null {
  const parsed = parseDesign(text, {
    maxBytes: Infinity,
    maxDepth: Infinity,
    maxAliasCount: Infinity,
  });
  return parsed.design && deepEqual(designToFile(parsed.design), file, { ordered: true })
    ? parsed.source
    : null;
}

export interface SerializedDesign {
  text: string;
  /** The source for the next save of this design (the written text, parsed). */
  source: DesignSource;
}

/** Write onto the source's document, keeping the user's bytes where the edit did not touch them; null when impossible. */
function writeOntoSource(
  file: PlainMap,
  source: DesignSource | undefined,
): SerializedDesign | null {
  const data = source ? sourceData(source) : undefined;
  if (!data?.doc || data.doc.errors.length > 0 || !isMap(data.doc.contents)) return null;
  const style = stringifyOptions(detectStyle(data.text));
  const work = data.doc.clone();
  if (data.text.includes('*')) expandAliases(work);
  const base = work.toString(style);
  applyFileToDocument(work, file);
  const edited = work.toString(style);
  for (const candidate of [mergeEdits(data.text, base, edited), edited]) {
    if (candidate === null) continue;
    const written = readsBackAs(candidate, file);
    if (written) return { text: candidate, source: written };
  }
  return null;
}

/** Like serializeDesign, and also the source of the written text, for the next save. */
export function serializeDesignWithSource(design: Design, source?: DesignSource): SerializedDesign {
  const file = designToFile(design);
  const data = source ? sourceData(source) : undefined;
  if (data?.file && deepEqual(file, data.file, { ordered: true }))
    return { text: data.text, source: source! };
  const onto = writeOntoSource(file, source);
  if (onto) return onto;
  const text = renderFile(file);
  return { text, source: readsBackAs(text, file) ?? makeSource({ text, doc: null, file: null }) };
}

export function serializeDesign(design: Design, source?: DesignSource): string {
  const file = designToFile(design);
  const data = source ? sourceData(source) : undefined;
  if (data?.file && deepEqual(file, data.file, { ordered: true })) return data.text;
  // a fresh rendering always reads back as the design (property-tested), so it needs no re-reading here
  return writeOntoSource(file, source)?.text ?? renderFile(file);
}
