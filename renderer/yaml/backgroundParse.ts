import { designCodec } from '../store/codec';
import { TextSource } from '../store/textSource';
import type { DesignCodec } from '../store/types';
import { askWorker } from './workerClient';

/**
 * parseDesign off the main thread: opening a design of 1,000 resources must not freeze the window while its YAML
 * is read. The design and its problems come back from the design worker; the source stays text
 * (store/textSource.ts) until something needs its YAML document here. Parsed here when there is no worker.
 */
export async function parseInBackground(text: string): Promise<ReturnType<DesignCodec['parse']>> {
  const reply = await askWorker({ kind: 'parse', text });
  if (reply === undefined || !('parse' in reply)) return designCodec.parse(text);
  const { design, diagnostics, parsed } = reply.parse;
  return { design, diagnostics, source: new TextSource(text, parsed) };
}
