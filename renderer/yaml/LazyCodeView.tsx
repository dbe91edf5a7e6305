import { lazy, Suspense } from 'react';
import type { CodeViewProps } from './CodeView';

/** CodeMirror is loaded when a code view is first shown, not at start (it is a large part of the bundle). */
const CodeViewChunk = lazy(() => import('./CodeView').then((m) => ({ default: m.CodeView })));

/** The code view, with an empty box of the same place while CodeMirror loads. */
export function LazyCodeView(props: CodeViewProps) {
  return (
    <Suspense fallback={<div className="code-view" aria-busy="true" />}>
      <CodeViewChunk {...props} />
    </Suspense>
  );
}
