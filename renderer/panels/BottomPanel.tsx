import { useDeferredValue, useMemo, useState } from 'react';
import { dumpHot } from '../../shared/design/hotYaml';
import { stringify } from 'yaml';
import { appStore, useApp } from '../store/appStore';
import { selectCompiled, selectDiagnostics } from '../store/selectors';
import type { AppState } from '../store/types';
import { useDark } from '../ui/useDark';
import { LazyCodeView } from '../yaml/LazyCodeView';
import { ProblemsList } from './ProblemsList';
import { PlanPicture } from './planPicture/PlanPicture';
import { DeployTabs, DeployTabView } from '../deploy/DeployTabs';

const selectTab = (s: AppState) => s.bottomTab;
const selectLanes = (s: AppState) => s.design.regions;

/** Templates (compiled HOT per lane + the plan, live) and Problems. */
export function BottomPanel() {
  const tab = useApp(selectTab);
  const diagnostics = useApp(selectDiagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return (
    <section className="bottom-panel" aria-label="Templates and problems">
      <div className="tabs" role="tablist">
        <button
          role="tab"
          aria-selected={tab === 'templates'}
          className="tab"
          onClick={() => appStore.getState().setBottomTab('templates')}
        >
          Templates
        </button>
        <button
          role="tab"
          aria-selected={tab === 'problems'}
          className="tab"
          onClick={() => appStore.getState().setBottomTab('problems')}
          data-testid="problems-tab"
        >
          Problems
          {errors > 0 && <span className="badge badge-error">{errors}</span>}
          {warnings > 0 && <span className="badge badge-warning">{warnings}</span>}
        </button>
        <DeployTabs tab={tab} />
        <span className="spacer" />
        <button
          className="icon-btn"
          aria-label="Hide panel"
          title="Hide panel"
          onClick={() => appStore.getState().togglePanel('bottom')}
        >
          ▾
        </button>
      </div>
      {tab === 'templates' ? (
        <TemplatesView />
      ) : tab === 'problems' ? (
        <ProblemsList diagnostics={diagnostics} />
      ) : (
        <DeployTabView tab={tab} />
      )}
    </section>
  );
}

function TemplatesView() {
  // the text follows a render later, so an opened or edited design is painted first (a lane of 125
  // resources takes ~100 ms to dump cold)
  const compiled = useDeferredValue(useApp(selectCompiled), null);
  const lanes = useApp(selectLanes);
  const dark = useDark();
  const [picked, setPicked] = useState<string>('');
  const tabs = [...lanes.map((r) => r.id), 'plan'];
  const current = tabs.includes(picked) ? picked : (tabs[0] ?? 'plan');
  const text = useMemo(() => {
    if (compiled === null) return '';
    if (current === 'plan') return stringify(compiled.plan, { lineWidth: 0 });
    const t = compiled.templates[current];
    return t === undefined ? '# No template: see Problems.\n' : dumpHot(t);
  }, [compiled, current]);
  return (
    <div className="templates">
      <div className="subtabs" role="tablist" aria-label="Templates per region">
        {tabs.map((t) => (
          <button
            key={t}
            role="tab"
            aria-selected={t === current}
            className="subtab"
            onClick={() => setPicked(t)}
            data-testid={`template-tab-${t}`}
          >
            {t === 'plan' ? 'plan' : `${t}.yaml`}
          </button>
        ))}
      </div>
      <div className={current === 'plan' ? 'plan-split' : 'template-single'}>
        {current === 'plan' && compiled !== null && <PlanPicture plan={compiled.plan} />}
        <LazyCodeView
          value={text}
          readOnly
          dark={dark}
          label={`Template ${current}`}
          testId="template-view"
        />
      </div>
    </div>
  );
}
