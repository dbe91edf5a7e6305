/** The lowest floor of shared/: HOT values, safe maps, the intrinsics table, the visitor and the transformer. */
export type { HotMap, HotValue, PathSegment, PlainMap } from './value';
export {
  canonical,
  clone,
  deepEqual,
  emptyMap,
  getOwn,
  hasOwn,
  isMap,
  mapFromEntries,
  setOwn,
  sortKeys,
} from './value';
export {
  INTRINSIC_FUNCTIONS,
  intrinsicCall,
  intrinsicIn,
  intrinsicOf,
  PSEUDO_PARAMETERS,
} from './intrinsics';
export type { IntrinsicCall } from './intrinsics';
export { visitHot } from './visit';
export type { VisitResult } from './visit';
export { transformHot } from './transform';
export { uniqueName } from './names';
export { conditionNamesIn, ifConditionNamesIn, parameterNamesIn, visitGetParams } from './params';
