import { parseDesign } from '../../shared/design/parse';
import { sourceData, type DesignSource } from '../../shared/design/source';
import type { SourceText } from '../yaml/designWorker';
import { NO_LIMITS } from '../yaml/designLimits';

/**
 * The source of a design read in the design worker: known by its text; the YAML document behind it (comments,
 * formatting) is parsed on the main thread only when something here writes the design synchronously (save,
 * deploy, a YAML edit), once. The YAML pane's text is written in the worker from the text alone.
 */
export class TextSource {
  private parsedSource: DesignSource | undefined;
  private done = false;

  constructor(
    readonly text: string,
    /** Whether the text held a parsed YAML document (false: the design is written as a fresh file). */
    readonly parsed: boolean,
  ) {}

  designSource(): DesignSource | undefined {
    if (!this.done && this.parsed) this.parsedSource = parseDesign(this.text, NO_LIMITS).source;
    this.done = true;
    return this.parsedSource;
  }
}

/** The source as serializeDesign takes it (an opaque store value: a DesignSource, a TextSource or nothing). */
export function designSourceOf(source: unknown): DesignSource | undefined {
  if (source instanceof TextSource) return source.designSource();
  return (source ?? undefined) as DesignSource | undefined;
}

/** The source as it crosses to the design worker. */
export function sourceTextOf(source: unknown): SourceText | null {
  if (source instanceof TextSource) return { text: source.text, parsed: source.parsed };
  const data =
    source === null || source === undefined ? undefined : sourceData(source as DesignSource);
  return data === undefined ? null : { text: data.text, parsed: data.doc !== null };
}
