import { useMemo, useState } from 'react';
import type { DeployPlan, StackPlan } from '../../shared/ipc/channels/deploy';
import { Modal } from '../ui/Modal';
import { api } from '../api';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { startRun, submitPassword } from './deployActions';
import { FailureDialog } from './FailureDialog';
import { PlanSummary } from './PlanSummary';
import { PlanPicture } from '../panels/planPicture/PlanPicture';
import { selectCompiled } from '../store/selectors';
import { ParameterInputs } from './ParameterInputs';
import { missingParameters, parameterFields } from '../../shared/deploy/parameterFields';

const selectDialog = (s: AppState) => s.deployDialog;
const selectPlan = (s: AppState) => s.plan;
const selectCloud = (s: AppState) => s.cloud;
const selectDesign = (s: AppState) => s.design;
const selectParameters = (s: AppState) => s.deployParameters;
const ctx = { store: appStore, api };
const close = () => appStore.getState().openDeployDialog(null);

/** The compiled plan as a picture, each lane's stack marked create or update as Heat said. */
function ConfirmPicture({ plan }: { plan: DeployPlan }) {
  const compiled = useApp(selectCompiled);
  const verbs = useMemo(() => new Map(plan.stacks.map((s) => [s.lane, s.action] as const)), [plan]);
  return <PlanPicture plan={compiled.plan} verbs={verbs} />;
}

function ConfirmRun({ operation }: { operation: 'deploy' | 'destroy' }) {
  const plan = useApp(selectPlan);
  const cloud = useApp(selectCloud);
  const design = useApp(selectDesign);
  const entered = useApp(selectParameters);
  const fields = operation === 'deploy' ? parameterFields(design) : [];
  const missing = missingParameters(fields, entered);
  const errors = (plan?.diagnostics ?? []).filter((d) => d.severity === 'error').length;
  const count = (action: StackPlan['action']): number =>
    plan?.stacks.filter((s) => s.action === action).length ?? 0;
  const existing = count('update');
  const removed = count('delete');
  const title =
    operation === 'deploy'
      ? `Deploy ${plan?.design ?? ''} to ${cloud ?? ''}?`
      : `Destroy ${plan?.design ?? ''} on ${cloud ?? ''}?`;
  return (
    <Modal title={title} wide onClose={close}>
      {plan === null ? (
        <p className="muted" data-testid="deploy-plan-loading">
          Asking Heat what exists and what would change…
        </p>
      ) : (
        <>
          <p>
            {operation === 'deploy'
              ? `${plan.stacks.length - removed} stack(s) in ${plan.waves.length - (removed > 0 ? 1 : 0)} wave(s): ${count('create')} to create, ${existing} to update${removed > 0 ? `; ${removed} to delete (lanes removed from the design)` : ''}.`
              : existing === 0
                ? 'No stack of this design exists on this cloud: nothing to delete.'
                : `${existing} stack(s) will be deleted, in reverse wave order, with all their resources.`}
          </p>
          {operation === 'deploy' && <ConfirmPicture plan={plan} />}
          <PlanSummary plan={plan} operation={operation} />
          <ParameterInputs fields={fields} />
        </>
      )}
      <div className="modal-actions">
        <button className="btn" onClick={close}>
          Cancel
        </button>
        <button
          className={`btn ${operation === 'deploy' ? 'btn-primary' : 'btn-danger'}`}
          disabled={plan === null || errors > 0 || missing.length > 0}
          title={missing.length > 0 ? `Enter ${missing.join(', ')}` : undefined}
          data-testid={`confirm-${operation}`}
          onClick={() => void startRun(ctx, operation)}
        >
          {operation === 'deploy' ? 'Deploy' : 'Destroy'}
        </button>
      </div>
    </Modal>
  );
}

function PasswordPrompt({
  cloud,
  then,
}: {
  cloud: string;
  then: 'validate' | 'deploy' | 'destroy';
}) {
  const [password, setPassword] = useState('');
  return (
    <Modal title={`Password for ${cloud}`} onClose={close}>
      <form
        className="password-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (password !== '') void submitPassword(ctx, cloud, password, then);
        }}
      >
        <p>
          clouds.yaml has no password for this cloud. It is kept on this computer (in the system
          keychain where there is one), never in the design.
        </p>
        <input
          type="password"
          aria-label="Password"
          autoFocus
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="modal-actions">
          <button type="button" className="btn" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={password === ''}>
            Continue
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The deploy confirmations, the password prompt and the choice after a failed deploy. */
export function DeployDialogs() {
  const dialog = useApp(selectDialog);
  if (dialog === null) return null;
  if (dialog.kind === 'confirm') return <ConfirmRun operation={dialog.operation} />;
  if (dialog.kind === 'failure') return <FailureDialog />;
  return <PasswordPrompt cloud={dialog.cloud} then={dialog.then} />;
}
