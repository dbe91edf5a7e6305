import { useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  /** Called on Enter or blur when the text changed; return an error message to refuse it. */
  onCommit: (text: string) => string | void;
};

/** A text input that edits a local draft and commits on Enter or blur (one undo step per commit). Escape reverts. */
export function CommitInput({ value, onCommit, className, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);
  const commit = () => {
    if (draft === value) return;
    const problem = onCommit(draft);
    setError(typeof problem === 'string' ? problem : null);
  };
  return (
    <>
      <input
        {...rest}
        className={`${className ?? ''}${error ? ' is-invalid' : ''}`}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') {
            setDraft(value);
            setError(null);
          }
        }}
      />
      {error && <div className="field-error">{error}</div>}
    </>
  );
}

/** The same for multi-line text (YAML expressions, descriptions). Commits on blur or Ctrl/Cmd+Enter. */
export function CommitTextArea({
  value,
  onCommit,
  rows = 3,
  ...rest
}: {
  value: string;
  onCommit: (text: string) => string | void;
  rows?: number;
  'aria-label'?: string;
  'data-field-path'?: string;
}) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(value);
    setError(null);
  }, [value]);
  const commit = () => {
    if (draft === value) return;
    const problem = onCommit(draft);
    setError(typeof problem === 'string' ? problem : null);
  };
  return (
    <>
      <textarea
        {...rest}
        rows={rows}
        className={`code-input${error ? ' is-invalid' : ''}`}
        value={draft}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit();
        }}
      />
      {error && <div className="field-error">{error}</div>}
    </>
  );
}
