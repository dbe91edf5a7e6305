/** Pure design-editing operations (Design -> Design): the only way the designer changes a design. */
export {
  addLane,
  hasLane,
  moveLane,
  nextLaneId,
  nextRegionName,
  removeLane,
  renameLane,
  resourcesInLane,
} from './lanes';
export type { LanePatch, RemoveLanePolicy } from './lanes';
export {
  addResource,
  freeResourceId,
  moveResource,
  patchResource,
  removeResources,
  renameProblem,
  renameResource,
  roundPosition,
  setProperty,
} from './resources';
export type { NewResource } from './resources';
export { bindingsFor, connect, disconnect, referenceKey } from './connect';
export type { Binding, BindingOptions, PropertyOption } from './connect';
export { copyFragment, duplicate, paste } from './clipboard';
export type { Fragment, PasteOptions } from './clipboard';
export { baseIdOfType, isValidId, uniqueId } from './ids';
export { getIn, removeIn, setIn } from './hotPath';
export { removeReference } from './rewrite';
export {
  renameOutput,
  renameParameter,
  setDesignMeta,
  setOutput,
  setParameter,
} from './designFields';
