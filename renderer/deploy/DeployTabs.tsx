import { appStore } from '../store/appStore';
import type { BottomTab } from '../store/types';
import { DeployLog } from './DeployLog';
import { Timeline } from './Timeline';

/** The bottom panel's deploy tabs: the event log (+ outputs) and the timeline. */
export function DeployTabs({ tab }: { tab: BottomTab }) {
  return (
    <>
      <button
        role="tab"
        aria-selected={tab === 'deploy'}
        className="tab"
        onClick={() => appStore.getState().setBottomTab('deploy')}
        data-testid="deploy-tab"
      >
        Deploy
      </button>
      <button
        role="tab"
        aria-selected={tab === 'timeline'}
        className="tab"
        onClick={() => appStore.getState().setBottomTab('timeline')}
        data-testid="timeline-tab"
      >
        Timeline
      </button>
    </>
  );
}

export function DeployTabView({ tab }: { tab: BottomTab }) {
  return tab === 'timeline' ? <Timeline /> : <DeployLog />;
}
