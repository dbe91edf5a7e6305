import type { HotMap } from '../design/model';
import type { Diagnostic } from '../util/diagnostics';

/** A complete HOT template, as a plain object (serialize with `shared/design/hotYaml.ts`). */
export type HotTemplate = HotMap;

/** A value one region's stack needs from another region's stack. */
export interface PlanInput {
  /** Lane id of the stack that receives the value. */
  lane: string;
  /** The parameter of that region's template that receives it. */
  parameter: string;
  /** Lane id of the stack that produces the value. */
  fromLane: string;
  /** The output of that stack. */
  output: string;
  /** The first pass of `region` whose template declares the parameter (later passes declare it too). */
  pass?: number;
  /**
   * The referenced resource has a `condition`: the output is absent when the condition is false, and the
   * parameter then keeps its default. Pass the value only when the output exists.
   */
  optional?: boolean;
}

export interface PlannedStack {
  /** Lane id. */
  lane: string;
  /** OpenStack region name. */
  regionName: string;
  /** clouds.yaml cloud for this lane, if the design names one. */
  cloud?: string;
  /** Deterministic stack name. */
  stack: string;
  /** How many passes this stack needs (1, or 2+ when its region is part of a region cycle). */
  passes: number;
}

/** One step of the plan: create or update `stack` in `region` with the template of pass `pass`. */
export interface PlanStep {
  lane: string;
  stack: string;
  /** 1-based. The last pass of a stack uses `templates[region]`; earlier passes `passTemplates[region][pass-1]`. */
  pass: number;
  /** The steps this one waits for (all in earlier waves): outputs it reads, or resources it must come after. */
  dependsOn?: { lane: string; pass: number }[];
}

export interface Plan {
  stacks: PlannedStack[];
  inputs: PlanInput[];
  /** Steps in one wave have no dependency on each other and run in parallel; waves run in order. */
  waves: PlanStep[][];
}

export interface CompileResult {
  /** One complete HOT template per lane id (the final pass). */
  templates: Record<string, HotTemplate>;
  /** Templates of earlier passes for lanes deployed in several passes: `passTemplates[region][pass - 1]`. */
  passTemplates: Record<string, HotTemplate[]>;
  plan: Plan;
  diagnostics: Diagnostic[];
}
