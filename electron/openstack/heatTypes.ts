/** The shapes of Heat v1 answers that the client uses (DESIGN.md; shared/openstack-devcloud.md). */

export interface HeatStackSummary {
  id: string;
  stack_name: string;
  stack_status: string;
  stack_status_reason?: string;
  creation_time?: string;
  updated_time?: string | null;
  deletion_time?: string | null;
  parent?: string | null;
}

export interface HeatOutput {
  output_key: string;
  output_value?: unknown;
  description?: string;
  output_error?: string;
}

export interface HeatStack extends HeatStackSummary {
  parameters?: Record<string, string>;
  outputs?: HeatOutput[];
  timeout_mins?: number | null;
  disable_rollback?: boolean;
}

export interface HeatResource {
  resource_name: string;
  logical_resource_id?: string;
  physical_resource_id?: string;
  resource_type: string;
  resource_status: string;
  resource_status_reason?: string;
  required_by?: string[];
  creation_time?: string;
  updated_time?: string;
  parent_resource?: string;
  /** Name of the stack that holds it (with nested_depth). */
  stack_name?: string;
}

export interface HeatEvent {
  id: string;
  event_time: string;
  resource_name: string;
  logical_resource_id?: string;
  physical_resource_id?: string;
  resource_status: string;
  resource_status_reason?: string;
}

export interface HeatResourceChanges {
  added?: unknown[];
  deleted?: unknown[];
  replaced?: unknown[];
  updated?: unknown[];
  unchanged?: unknown[];
}

/** A template as Heat takes it: a YAML string (from dumpHot) or a JSON object. */
export type TemplateBody = string | Record<string, unknown>;

export interface StackSpec {
  template: TemplateBody;
  parameters?: Record<string, string | number | boolean>;
  environment?: Record<string, unknown>;
  /** `get_file` contents by name. */
  files?: Record<string, string>;
  timeoutMins?: number;
  disableRollback?: boolean;
  tags?: string[];
}

/** `{name, id}`: how Heat addresses a stack in paths. */
export interface StackIdentity {
  name: string;
  id: string;
}
