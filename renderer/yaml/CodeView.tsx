import { yaml } from '@codemirror/lang-yaml';
import { Annotation, Compartment, EditorState, Prec } from '@codemirror/state';
import { oneDark } from '@codemirror/theme-one-dark';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { basicSetup, minimalSetup } from 'codemirror';
import { useEffect, useRef } from 'react';

const external = Annotation.define<boolean>();

export interface CodeViewProps {
  value: string;
  readOnly?: boolean;
  dark: boolean;
  onChange?: (text: string) => void;
  /** Undo/redo go to the app's one history (the editor keeps none of its own that matters). */
  onUndo?: () => void;
  onRedo?: () => void;
  label: string;
  testId?: string;
}

/** CodeMirror 6 with YAML highlighting; the value is controlled from outside. */
export function CodeView({
  value,
  readOnly = false,
  dark,
  onChange,
  onUndo,
  onRedo,
  label,
  testId,
}: CodeViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const theme = useRef(new Compartment());
  const handlers = useRef({ onChange, onUndo, onRedo });
  useEffect(() => {
    handlers.current = { onChange, onUndo, onRedo };
  });

  useEffect(() => {
    const run = (fn: 'onUndo' | 'onRedo') => () => {
      const h = handlers.current[fn];
      if (h === undefined) return false;
      h();
      return true;
    };
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: '',
        extensions: [
          Prec.highest(
            keymap.of([
              { key: 'Mod-z', run: run('onUndo') },
              { key: 'Mod-Shift-z', run: run('onRedo') },
              { key: 'Mod-y', run: run('onRedo') },
            ]),
          ),
          readOnly ? basicSetup : [minimalSetup, lineNumbers()],
          yaml(),
          EditorState.readOnly.of(readOnly),
          EditorView.editable.of(!readOnly),
          EditorView.contentAttributes.of({ 'aria-label': label }),
          theme.current.of([]),
          EditorView.updateListener.of((u) => {
            if (u.docChanged && !u.transactions.some((t) => t.annotation(external)))
              handlers.current.onChange?.(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, [readOnly, label]);

  useEffect(() => {
    view.current?.dispatch({ effects: theme.current.reconfigure(dark ? oneDark : []) });
  }, [dark]);

  useEffect(() => {
    const v = view.current;
    if (v === null) return;
    const current = v.state.doc.toString();
    if (current === value) return;
    const head = Math.min(v.state.selection.main.head, value.length);
    v.dispatch({
      changes: { from: 0, to: current.length, insert: value },
      selection: { anchor: head },
      annotations: external.of(true),
    });
  }, [value, readOnly, label]);

  return <div className="code-view" ref={host} data-testid={testId} />;
}
