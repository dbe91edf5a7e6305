/**
 * The design's YAML in a Web Worker (see ./workerClient.ts): reading a large design file and rewriting its YAML
 * document each take long enough to freeze the canvas, so the renderer asks here instead.
 *
 * A serialize request carries the design and the text of its source; the source itself (a parsed YAML document)
 * cannot cross to a worker, so it is parsed again here from that text, once per text (a parse request leaves
 * its source here for the serializations that follow).
 */
import type { Design } from '../../shared/design/model';
import { parseDesign } from '../../shared/design/parse';
import { serializeDesign } from '../../shared/design/serialize';
import { sourceData, type DesignSource } from '../../shared/design/source';
import type { Diagnostic } from '../../shared/util/diagnostics';
import { NO_LIMITS } from './designLimits';

/** A source as it crosses to the worker: its text, and whether it held a parsed document (false: a fresh file). */
export interface SourceText {
  text: string;
  parsed: boolean;
}

export type WorkerRequest =
  | { id: number; kind: 'serialize'; design: Design; source: SourceText | null }
  | { id: number; kind: 'parse'; text: string };

export interface ParseReply {
  design: Design | null;
  diagnostics: Diagnostic[];
  parsed: boolean;
}

export type WorkerReply =
  { id: number; text: string } | { id: number; parse: ParseReply } | { id: number; error: string };

let cached: { text: string; source: DesignSource | undefined } | undefined;

function sourceOf(request: SourceText | null): DesignSource | undefined {
  if (request === null || !request.parsed) return undefined;
  if (cached?.text !== request.text)
    cached = { text: request.text, source: parseDesign(request.text, NO_LIMITS).source };
  return cached.source;
}

function answer(request: WorkerRequest): WorkerReply {
  const { id } = request;
  if (request.kind === 'serialize')
    return { id, text: serializeDesign(request.design, sourceOf(request.source)) };
  const r = parseDesign(request.text);
  const parsed = (sourceData(r.source)?.doc ?? null) !== null;
  cached = { text: request.text, source: r.source };
  return { id, parse: { design: r.design, diagnostics: r.diagnostics, parsed } };
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  try {
    reply = answer(e.data);
  } catch (err) {
    reply = { id: e.data.id, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
