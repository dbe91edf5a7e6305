import { useEffect, type ReactNode } from 'react';
import { appStore } from '../store/appStore';

/** A modal dialog: Escape or the backdrop closes it. */
export function Modal({
  title,
  children,
  wide,
  onClose,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
  onClose?: () => void;
}) {
  const close = onClose ?? (() => appStore.getState().openDialog(null));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div
        className={`modal${wide ? ' modal-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
      >
        <div className="modal-title">{title}</div>
        {children}
      </div>
    </div>
  );
}
