import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/design/model';
import {
  addResource,
  moveResource,
  removeResources,
  setDesignMeta,
  setProperty,
} from '../../shared/design/ops';
import { twoLaneDesign } from '../../test/support/testFixtures';
import { nudgeSelection } from '../commands/nudgeCommands';
import { designCodec } from './codec';
import { isDirty, type AppStore } from './createAppStore';
import { testStore } from '../../test/support/testEnv';

/**
 * Undo and redo stay truthful across the YAML pane, the canvas and the inspector: after any sequence of edits,
 * undos, redos and saves, the pane's text, the model and the saved file agree, or the pane says its text is
 * not applied; and one undo takes back exactly one user action (checked against a plain timeline model).
 */

type Action =
  | { kind: 'move'; pick: number; x: number; y: number }
  | { kind: 'nudge'; pick: number; dx: number }
  | { kind: 'add'; lane: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'inspector'; pick: number; value: string }
  | { kind: 'describe'; value: string }
  | { kind: 'validText'; name: string }
  | { kind: 'invalidText'; junk: string }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'save' };

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('move' as const),
    pick: fc.nat(),
    x: fc.integer({ min: 0, max: 900 }),
    y: fc.integer({ min: 0, max: 400 }),
  }),
  fc.record({ kind: fc.constant('add' as const), lane: fc.nat() }),
  fc.record({
    kind: fc.constant('nudge' as const),
    pick: fc.nat(),
    dx: fc.constantFrom(-8, 8, 40),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('inspector' as const), pick: fc.nat(), value: word }),
  fc.record({ kind: fc.constant('describe' as const), value: word }),
  fc.record({ kind: fc.constant('validText' as const), name: word }),
  fc.record({
    kind: fc.constant('invalidText' as const),
    junk: fc.constantFrom('resources: [', ': : :', 'isotherm: 99', '\tbad: {'),
  }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
  fc.constant({ kind: 'save' as const }),
);

/** What the user sees of the document: the model, the pane's text, and whether the pane says "not applied". */
interface Seen {
  design: Design;
  paneText: string;
  notApplied: boolean;
}

function seen(store: AppStore): Seen {
  const s = store.getState();
  return {
    design: s.design,
    paneText: s.yamlDraft ?? designCodec.serialize(s.design, s.source),
    notApplied: s.yamlDiagnostics.some((d) => d.severity === 'error'),
  };
}

const pick = <T>(items: T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length];

/** Perform one edit as the views do (the canvas and inspector through `apply`, the pane through `applyText`). */
function edit(store: AppStore, a: Action): void {
  const s = store.getState();
  const ids = Object.keys(s.design.resources);
  const id = 'pick' in a ? pick(ids, a.pick) : undefined;
  switch (a.kind) {
    case 'move':
      if (id !== undefined)
        s.apply(`Move ${id}`, (d) => moveResource(d, id, { position: { x: a.x, y: a.y } }));
      return;
    case 'nudge':
      if (id === undefined) return;
      if (s.selected.join() !== id) s.select([id]);
      nudgeSelection(store, a.dx, 0);
      return;
    case 'add': {
      const lane = pick(s.design.regions, a.lane)?.id;
      if (lane !== undefined)
        s.apply('Add', (d) => addResource(d, { type: 'OS::Heat::Value', lane }).design);
      return;
    }
    case 'delete':
      if (id !== undefined) s.apply(`Delete ${id}`, (d) => removeResources(d, [id]));
      return;
    case 'inspector':
      if (id !== undefined) s.apply('Set', (d) => setProperty(d, id, ['name'], a.value));
      return;
    case 'describe':
      s.apply('Describe', (d) => setDesignMeta(d, { description: a.value }));
      return;
    case 'validText':
      s.applyText(designCodec.serialize({ ...s.design, name: a.name }, s.source));
      return;
    case 'invalidText':
      s.applyText(`${seen(store).paneText}\n${a.junk}\n`);
      return;
    default:
      throw new Error(`not an edit: ${a.kind}`);
  }
}

/** The pane's mark is true, an applied text is the model, and a clean document is the saved file. */
function expectAgreement(store: AppStore, savedText: string): void {
  const now = seen(store);
  const pane = designCodec.parse(now.paneText);
  const paneErrors = pane.diagnostics.some((d) => d.severity === 'error') || pane.design === null;
  expect(now.notApplied).toBe(paneErrors);
  if (!now.notApplied) expect(pane.design).toEqual(now.design);
  if (!isDirty(store.getState())) expect(designCodec.parse(savedText).design).toEqual(now.design);
}

/** What an action that does nothing leaves as it was: the revision and the history's length. */
function historyMark(s: ReturnType<AppStore['getState']>): string {
  return `${s.revision}/${s.past.length}/${s.future.length}`;
}

function run(actions: Action[]): void {
  const store = testStore(designCodec);
  const first = twoLaneDesign();
  let savedText = designCodec.serialize(first, null);
  store.getState().loadDocument({ design: designCodec.parse(savedText).design! });
  const timeline: Seen[] = [seen(store)];
  let cursor = 0;
  /** The resource the last action nudged: a nudge of the same one right after joins its undo step. */
  let lastNudge: string | undefined;
  for (const a of actions) {
    const nudged =
      a.kind === 'nudge' ? pick(Object.keys(store.getState().design.resources), a.pick) : undefined;
    const s = store.getState();
    const untouched = historyMark(s);
    if (a.kind === 'undo' || a.kind === 'redo') {
      const can = a.kind === 'undo' ? s.past.length > 0 : s.future.length > 0;
      expect(can).toBe(a.kind === 'undo' ? cursor > 0 : cursor < timeline.length - 1);
      s[a.kind]();
      if (can) cursor += a.kind === 'undo' ? -1 : 1;
      expect(seen(store)).toEqual(timeline[cursor]);
    } else if (a.kind === 'save') {
      savedText = designCodec.serialize(s.design, s.source);
      s.markSaved('/tmp/design.isotherm.yaml', s.revision);
    } else {
      const before = s.past.length;
      edit(store, a);
      if (store.getState().past.length > before) {
        timeline.splice(cursor + 1, timeline.length, seen(store));
        cursor += 1;
      } else if (nudged !== undefined && nudged === lastNudge && cursor > 0) {
        timeline.splice(cursor, timeline.length, seen(store));
      } else {
        // an edit that records nothing must change nothing the user sees
        expect(seen(store)).toEqual(timeline[cursor]);
      }
    }
    expectAgreement(store, savedText);
    // only an action that did something ends a burst of nudges (a redo with nothing to redo does not)
    if (historyMark(store.getState()) !== untouched) lastNudge = nudged;
  }
}

describe('undo/redo across the YAML pane, canvas and inspector', () => {
  it('the reported sequence: an inspector change, broken text, undo, redo', () => {
    run([
      { kind: 'inspector', pick: 1, value: 'changed' },
      { kind: 'invalidText', junk: 'resources: [' },
      { kind: 'undo' },
      { kind: 'redo' },
      { kind: 'save' },
      { kind: 'undo' },
      { kind: 'undo' },
    ]);
  });

  it('a redo with nothing to redo does not end a burst of moves; an undo and redo that act do', () => {
    run([{ kind: 'nudge', pick: 0, dx: -8 }, { kind: 'redo' }, { kind: 'nudge', pick: 0, dx: 8 }]);
    run([
      { kind: 'nudge', pick: 0, dx: 8 },
      { kind: 'undo' },
      { kind: 'redo' },
      { kind: 'nudge', pick: 0, dx: 8 },
      { kind: 'undo' },
    ]);
  });

  // the real YAML codec runs several times per step: slow on a loaded machine, hence the generous timeout
  it(
    'keeps the pane, the model and the file in agreement over random sequences',
    { timeout: 180_000 },
    () => {
      fc.assert(
        fc.property(fc.array(action, { maxLength: 24 }), (actions) => run(actions)),
        { numRuns: 40 },
      );
    },
  );
});
