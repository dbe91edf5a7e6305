import type { Design } from '../../shared/design/model';
import { diag } from '../../shared/util/diagnostics';
import { createAppStore, type AppStore } from '../../renderer/store/createAppStore';
import type { DesignCodec, StoreEnv } from '../../renderer/store/types';

/**
 * A headless store for tests: deterministic document keys and a JSON codec (the real YAML codec is
 * tested in shared/design; here the store's behaviour around it is what matters).
 */
export const jsonCodec: DesignCodec = {
  parse(text) {
    try {
      const design = JSON.parse(text) as Design;
      if (typeof design !== 'object' || design === null || !Array.isArray(design.regions)) {
        return {
          design: null,
          diagnostics: [diag('E_TEST_SHAPE', 'error', 'not a design')],
          source: null,
        };
      }
      return { design, diagnostics: [], source: { text } };
    } catch (e) {
      return {
        design: null,
        diagnostics: [diag('E_TEST_SYNTAX', 'error', String(e))],
        source: null,
      };
    }
  },
  serialize: (design) => JSON.stringify(design, null, 2),
};

export function testEnv(codec: DesignCodec = jsonCodec): StoreEnv {
  let n = 0;
  return { codec, newDocKey: () => `doc${++n}` };
}

export function testStore(codec?: DesignCodec): AppStore {
  return createAppStore(testEnv(codec));
}
