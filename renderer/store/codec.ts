import { parseDesign } from '../../shared/design/parse';
import { serializeDesign } from '../../shared/design/serialize';
import { designSourceOf } from './textSource';
import type { DesignCodec } from './types';

/** The real design codec: shared/design's parser and serializer (comments kept through the source, see textSource.ts). */
export const designCodec: DesignCodec = {
  parse(text) {
    const r = parseDesign(text);
    return { design: r.design, diagnostics: r.diagnostics, source: r.source };
  },
  serialize(design, source) {
    return serializeDesign(design, designSourceOf(source));
  },
};
