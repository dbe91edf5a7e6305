import { useCallback, useEffect, useRef } from 'react';
import { appStore, useApp } from '../store/appStore';
import { registerPendingEdit } from '../store/pendingEdits';
import type { AppState } from '../store/types';
import { useDark } from '../ui/useDark';
import { useSerializedText } from './backgroundSerialize';
import { LazyCodeView } from './LazyCodeView';

const selectDesign = (s: AppState) => s.design;
const selectSource = (s: AppState) => s.source;
const selectDraft = (s: AppState) => s.yamlDraft;
const selectYamlDiagnostics = (s: AppState) => s.yamlDiagnostics;

/** How long typing may pause before the text is applied (one undo step per pause). */
export const YAML_APPLY_DELAY_MS = 350;

/** The design as editable YAML: valid text becomes the design, invalid text shows its problems. */
export function YamlPane() {
  const design = useApp(selectDesign);
  const source = useApp(selectSource);
  const draft = useApp(selectDraft);
  const problems = useApp(selectYamlDiagnostics);
  const dark = useDark();
  // Serializing a large design takes a while (the whole YAML document is rewritten): it runs in a worker, the
  // canvas shows a change first and the text follows. While the text lags behind, typing in it is ignored, so an
  // edit of the old text can never undo the newer change.
  const shown = useSerializedText(design, source);
  const stale = shown.design !== design || shown.source !== source;
  const staleRef = useRef(stale);
  useEffect(() => {
    staleRef.current = stale;
  });
  const text = draft ?? shown.text;
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; text: string } | null>(null);

  const flush = useCallback(() => {
    const p = pending.current;
    if (p === null) return;
    clearTimeout(p.timer);
    pending.current = null;
    appStore.getState().applyText(p.text);
  }, []);
  useEffect(() => {
    const unregister = registerPendingEdit(flush);
    return () => {
      unregister();
      flush();
    };
  }, [flush]);

  const onChange = useCallback(
    (t: string) => {
      if (staleRef.current) return;
      if (pending.current !== null) clearTimeout(pending.current.timer);
      pending.current = { text: t, timer: setTimeout(flush, YAML_APPLY_DELAY_MS) };
    },
    [flush],
  );
  const onUndo = useCallback(() => appStore.getState().undo(), []);
  const onRedo = useCallback(() => appStore.getState().redo(), []);

  return (
    <section className="yaml-pane" aria-label="Design YAML">
      <div className="pane-title">
        Design YAML
        {problems.some((d) => d.severity === 'error') ? (
          <span className="badge badge-error">not applied</span>
        ) : null}
      </div>
      <LazyCodeView
        value={text}
        dark={dark}
        onChange={onChange}
        onUndo={onUndo}
        onRedo={onRedo}
        label="Design YAML"
        testId="yaml-editor"
      />
      {problems.length > 0 && (
        <div className="yaml-problems" role="status">
          {problems.map((d, i) => (
            <div key={i} className={`field-${d.severity}`}>
              <code>{d.code}</code>{' '}
              {d.path !== undefined && d.path.length > 0 ? `${d.path.join('.')}: ` : ''}
              {d.message}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
