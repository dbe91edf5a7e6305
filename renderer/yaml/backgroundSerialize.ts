/**
 * serializeDesign off the main thread: a drop on a canvas of 1,000 resources must not wait for the YAML
 * document to be rewritten (about a second). One worker, created on first use; when workers are not
 * available (unit tests) or the worker fails, the text is made here, as before.
 */
import { useEffect, useState } from 'react';
import type { Design } from '../../shared/design/model';
import { sourceData, type DesignSource } from '../../shared/design/source';
import { designCodec } from '../store/codec';
import type { SerializeReply, SerializeRequest } from './serializeWorker';

interface Waiting {
  resolve: (text: string) => void;
  serializeHere: () => string;
}

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function finishHere(w: Waiting): void {
  w.resolve(w.serializeHere());
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const w = new Worker(new URL('./serializeWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<SerializeReply>) => {
      const entry = waiting.get(e.data.id);
      if (entry === undefined) return;
      waiting.delete(e.data.id);
      if ('text' in e.data) entry.resolve(e.data.text);
      else finishHere(entry);
    };
    w.onerror = () => {
      // the worker cannot run here (e.g. blocked): serialize on the main thread from now on
      worker = null;
      w.terminate();
      for (const entry of waiting.values()) finishHere(entry);
      waiting.clear();
    };
    return w;
  } catch {
    return null;
  }
}

/** The text of `design` written onto `source`, as `designCodec.serialize` gives it, made in a worker. */
export function serializeInBackground(design: Design, source: unknown): Promise<string> {
  const serializeHere = () => designCodec.serialize(design, source);
  if (worker === undefined) worker = startWorker();
  if (worker === null) return Promise.resolve(serializeHere());
  const data =
    source === null || source === undefined ? undefined : sourceData(source as DesignSource);
  const request: SerializeRequest = {
    id: nextId++,
    design,
    source: data === undefined ? null : { text: data.text, parsed: data.doc !== null },
  };
  const w = worker;
  return new Promise((resolve) => {
    waiting.set(request.id, { resolve, serializeHere });
    try {
      w.postMessage(request);
    } catch {
      // not cloneable (should not happen: a design is plain data)
      waiting.delete(request.id);
      resolve(serializeHere());
    }
  });
}

export interface SerializedText {
  design: Design | undefined;
  source: unknown;
  text: string;
}

/**
 * The text of the latest design that finished serializing in the background, with the design and source it
 * belongs to (they differ from the current ones while the text lags behind). Empty text before the first.
 */
export function useSerializedText(design: Design, source: unknown): SerializedText {
  const [shown, setShown] = useState<SerializedText>({ design: undefined, source, text: '' });
  useEffect(() => {
    let current = true;
    void serializeInBackground(design, source).then((text) => {
      if (current) setShown({ design, source, text });
    });
    return () => {
      current = false;
    };
  }, [design, source]);
  return shown;
}
