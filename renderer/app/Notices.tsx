import { useEffect } from 'react';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';

const selectNotices = (s: AppState) => s.notices;

/** Short messages in a corner; info fades after a few seconds, errors stay until dismissed. */
export function Notices() {
  const notices = useApp(selectNotices);
  useEffect(() => {
    const timers = notices
      .filter((n) => n.severity === 'info')
      .map((n) => setTimeout(() => appStore.getState().dismissNotice(n.id), 4000));
    return () => timers.forEach(clearTimeout);
  }, [notices]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.severity}`}>
          <span>{n.text}</span>
          <button
            className="icon-btn"
            aria-label="Dismiss"
            onClick={() => appStore.getState().dismissNotice(n.id)}
          >
            ✕
          </button>
        </div>
      ))}
    </div>
  );
}
