import { stringify } from 'yaml';
import { designToFile } from '../../shared/design/fileObject';
import { parseDesign } from '../../shared/design/parse';
import type { DesignCodec } from './types';

/** The real design codec: shared/design's parser and serializer (comments kept through the source). */
export const designCodec: DesignCodec = {
  parse(text) {
    const r = parseDesign(text);
    return { design: r.design, diagnostics: r.diagnostics, source: r.source };
  },
  serialize(design) {
    return stringify(designToFile(design), { lineWidth: 0 });
  },
};
