import type { DesignOutput, DesignResource, HotMap, HotValue, NullSection } from '../design/model';

/**
 * One input template, restored into design-shaped parts but still in its own namespace
 * (parameters, conditions, outputs are not merged with the other lanes yet).
 */
export interface LaneTemplate {
  /** Lane id. */
  id: string;
  regionName: string;
  cloud?: string;
  /** Whether the input was usable at all (a HOT map). */
  usable: boolean;
  /** Takes part in merging but is no region of the design (the parent of a model-2 import when it has no resources). */
  hidden?: boolean;
  /** Folder of the file the lane came from, relative to the import's readFile (for get_file). */
  fileBase?: string;
  version?: string;
  /** null when the template says `description: null`. */
  description?: string | null;
  /** Sections the template wrote as null (`conditions: null`), kept so compile writes them back. */
  nullSections?: ('parameter_groups' | 'conditions' | NullSection)[];
  parameters: Record<string, HotMap>;
  parameterGroups: HotValue[];
  conditions: HotMap;
  /** Resources, each with `region` set to the lane id. */
  resources: Record<string, DesignResource>;
  /** Outputs, without `region` (the lane owns them). */
  outputs: Record<string, DesignOutput>;
}

export function emptyLane(id: string, regionName: string, cloud?: string): LaneTemplate {
  return {
    id,
    regionName,
    ...(cloud !== undefined ? { cloud } : {}),
    usable: false,
    parameters: {},
    parameterGroups: [],
    conditions: {},
    resources: {},
    outputs: {},
  };
}
