import { Handle, Position, useConnection, type ConnectionState } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { bindingsFor } from '../../shared/design/ops';
import { appStore } from '../store/appStore';
import { dropHint } from './dropHint';

type Role = 'idle' | 'candidate' | 'receiving';

/** One primitive per node from the connection state, so a connection in progress re-renders only the nodes it changes. */
const roleOf =
  (id: string) =>
  (c: ConnectionState): Role =>
    !c.inProgress || c.fromNode.id === id
      ? 'idle'
      : c.toNode?.id === id && c.isValid !== false
        ? 'receiving'
        : 'candidate';

/** What dropping here binds (computed for the one node under the pointer only). */
function Hint({ from, to }: { from: string; to: string }) {
  const text = useMemo(() => {
    const s = appStore.getState();
    return s.catalog === null ? '' : dropHint(bindingsFor(s.design, s.catalog, from, to));
  }, [from, to]);
  return (
    <span className="rnode-drop-hint" data-testid={`drop-hint-${to}`}>
      {text}
    </span>
  );
}

const fromOf = (c: ConnectionState) => (c.inProgress ? c.fromNode.id : '');

/**
 * The whole node is the target of a connection: an invisible handle over all of it, live only while a
 * connection is drawn (else the node drags as usual); the node under the pointer lights up and says what the
 * drop binds. The small dot on the right stays visible as the handle's mark.
 */
export const DropTarget = memo(function DropTarget({ id }: { id: string }) {
  const role = useConnection(useMemo(() => roleOf(id), [id]));
  const from = useConnection(role === 'receiving' ? fromOf : idleFrom);
  return (
    <>
      <Handle
        type="target"
        position={Position.Right}
        className={`rnode-drop is-${role}`}
        title="Resources using this one connect here"
      />
      {role === 'receiving' && from !== '' ? <Hint from={from} to={id} /> : null}
    </>
  );
});

const idleFrom = () => '';
