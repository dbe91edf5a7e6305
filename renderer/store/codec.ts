import { parseDesign } from '../../shared/design/parse';
import { serializeDesign } from '../../shared/design/serialize';
import type { DesignSource } from '../../shared/design/source';
import type { DesignCodec } from './types';

/** The real design codec: shared/design's parser and serializer (comments kept through the source). */
export const designCodec: DesignCodec = {
  parse(text) {
    const r = parseDesign(text);
    return { design: r.design, diagnostics: r.diagnostics, source: r.source };
  },
  serialize(design, source) {
    return serializeDesign(design, (source ?? undefined) as DesignSource | undefined);
  },
};
