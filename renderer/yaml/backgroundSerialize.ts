/**
 * serializeDesign off the main thread: a drop on a canvas of 1,000 resources must not wait for the YAML
 * document to be rewritten (about a second). Made in the design worker (./workerClient.ts); here when there is
 * none.
 */
import { useEffect, useState } from 'react';
import type { Design } from '../../shared/design/model';
import { designCodec } from '../store/codec';
import { sourceTextOf } from '../store/textSource';
import { askWorker } from './workerClient';

/** The text of `design` written onto `source`, as `designCodec.serialize` gives it, made in a worker. */
export async function serializeInBackground(design: Design, source: unknown): Promise<string> {
  const reply = await askWorker({ kind: 'serialize', design, source: sourceTextOf(source) });
  return reply !== undefined && 'text' in reply
    ? reply.text
    : designCodec.serialize(design, source);
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
