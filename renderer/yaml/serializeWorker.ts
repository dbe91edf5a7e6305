/**
 * The design serializer in a Web Worker (see ./backgroundSerialize.ts): rewriting the YAML document of a
 * large design takes long enough to freeze the canvas, so the renderer asks here instead.
 *
 * A request carries the design and the text of its source; the source itself (a parsed YAML document)
 * cannot cross to a worker, so it is parsed again here from that text, once per text.
 */
import type { Design } from '../../shared/design/model';
import { parseDesign } from '../../shared/design/parse';
import { serializeDesign } from '../../shared/design/serialize';
import type { DesignSource } from '../../shared/design/source';

export interface SerializeRequest {
  id: number;
  design: Design;
  /** The source's text, and whether the source held a parsed document (false: write a fresh file). */
  source: { text: string; parsed: boolean } | null;
}

export type SerializeReply = { id: number; text: string } | { id: number; error: string };

/** The text already accepted once, so read again without the limits meant for untrusted files. */
const NO_LIMITS = { maxBytes: Infinity, maxDepth: Infinity, maxAliasCount: Infinity };

let cached: { text: string; source: DesignSource | undefined } | undefined;

function sourceOf(request: SerializeRequest['source']): DesignSource | undefined {
  if (request === null || !request.parsed) return undefined;
  if (cached?.text !== request.text)
    cached = { text: request.text, source: parseDesign(request.text, NO_LIMITS).source };
  return cached.source;
}

self.onmessage = (e: MessageEvent<SerializeRequest>) => {
  const { id, design, source } = e.data;
  let reply: SerializeReply;
  try {
    reply = { id, text: serializeDesign(design, sourceOf(source)) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
