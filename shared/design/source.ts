/**
 * DesignSource: what `parseDesign` remembers of a file so that `serializeDesign` can write an edited
 * design back onto it (comments, the user's formatting) and leave an unchanged file byte for byte.
 * Opaque to callers: hold it beside the design (not in undo history, not in the file) and pass it back.
 */
import type { Document } from 'yaml';
import type { PlainMap } from '../hot/value';

declare const sourceBrand: unique symbol;

export interface DesignSource {
  readonly [sourceBrand]: true;
}

export interface SourceData {
  /** The original text, exactly. */
  readonly text: string;
  /** The parsed YAML document (comments included); null when the text could not be parsed. */
  readonly doc: Document.Parsed | null;
  /** The design as file data (designToFile of the parsed design); null when the design did not load. */
  readonly file: PlainMap | null;
}

const sources = new WeakMap<DesignSource, SourceData>();

/** A source for `data`; its `doc` may be a getter (a large file's document is parsed on first use). */
export function makeSource(data: SourceData): DesignSource {
  const source = Object.freeze({}) as DesignSource;
  sources.set(source, data);
  return source;
}

export function sourceData(source: DesignSource): SourceData | undefined {
  return sources.get(source);
}

/** The text the design was read from (e.g. for a read-only YAML view). */
export function sourceText(source: DesignSource): string {
  return sources.get(source)?.text ?? '';
}
