/**
 * Heat v1 over a Session, for one region. GETs, validate, previews and DELETE retry with backoff;
 * create never retries blindly (see createStack); update checks before it repeats.
 */
import { OpenStackError, isOpenStackError } from './errors';
import { delay, DEFAULT_RETRY, NO_RETRY, type RetryPolicy } from './retry';
import type { Session } from './session';
import type {
  HeatEvent,
  HeatResource,
  HeatResourceChanges,
  HeatStack,
  HeatStackSummary,
  StackIdentity,
  StackSpec,
  TemplateBody,
} from './heatTypes';

const SERVICE = 'orchestration';
/**
 * Deadline of a create or an update call. Heat answers them only once its engine stored the stack
 * (an RPC call, itself given 60 s by Heat): a loaded Heat took over 30 s (the session's default) in
 * bench/deploy.ts with 6 stacks at once, and an answer given up on costs look-ups and a second call.
 */
const WRITE_TIMEOUT_MS = 120_000;

/** Heat parses YAML's dates: make sure a JSON template carries its version as a string. */
export function normalizeTemplate(template: TemplateBody): TemplateBody {
  if (typeof template === 'string') return template;
  const v = template['heat_template_version'];
  if (v instanceof Date)
    return { ...template, heat_template_version: v.toISOString().slice(0, 10) };
  return template;
}

function specBody(spec: Partial<StackSpec>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (spec.template !== undefined) body['template'] = normalizeTemplate(spec.template);
  if (spec.parameters !== undefined) body['parameters'] = spec.parameters;
  if (spec.environment !== undefined) body['environment'] = spec.environment;
  if (spec.files !== undefined) body['files'] = spec.files;
  if (spec.timeoutMins !== undefined) body['timeout_mins'] = spec.timeoutMins;
  if (spec.disableRollback !== undefined) body['disable_rollback'] = spec.disableRollback;
  if (spec.tags !== undefined) body['tags'] = spec.tags.join(',');
  return body;
}

function stackPath(s: StackIdentity): string {
  return `/stacks/${encodeURIComponent(s.name)}/${encodeURIComponent(s.id)}`;
}

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}

/** Errors after which a POST may or may not have reached Heat. */
export function isAmbiguous(e: unknown): boolean {
  return (
    isOpenStackError(e) &&
    (e.code === 'E_NETWORK' ||
      e.code === 'E_TIMEOUT' ||
      (e.code === 'E_SERVER' &&
        (e.status === 502 || e.status === 503 || e.status === 504 || e.status === 500)))
  );
}

export interface CreateResult {
  id: string;
  /** The answer was lost (or 409) and the stack was found by name. */
  adopted: boolean;
}

export interface HeatClientOptions {
  retry?: RetryPolicy;
  /** After an ambiguous create answer: how many look-ups by name, and the pause between them. */
  lookupAttempts?: number;
  lookupPauseMs?: number;
}

export class HeatClient {
  readonly session: Session;
  readonly region: string;
  private readonly retry: RetryPolicy;
  private readonly lookupAttempts: number;
  private readonly lookupPauseMs: number;

  constructor(session: Session, region: string, options: HeatClientOptions = {}) {
    this.session = session;
    this.region = region;
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.lookupAttempts = options.lookupAttempts ?? 6;
    this.lookupPauseMs = options.lookupPauseMs ?? 1000;
  }

  private async call<T>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    options: {
      json?: unknown;
      safe: boolean;
      accept?: number[];
      signal?: AbortSignal;
      timeoutMs?: number;
    },
  ): Promise<{ status: number; body: T | undefined; location?: string }> {
    const res = await this.session.request({
      service: SERVICE,
      region: this.region,
      method,
      path,
      json: options.json,
      retry: options.safe ? this.retry : NO_RETRY,
      accept: options.accept,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
    });
    const location = res.headers['location'];
    return {
      status: res.status,
      body: res.body as T | undefined,
      location: Array.isArray(location) ? location[0] : location,
    };
  }

  async validate(spec: StackSpec, signal?: AbortSignal): Promise<Record<string, unknown>> {
    const body = specBody(spec);
    delete body['timeout_mins'];
    delete body['disable_rollback'];
    delete body['tags'];
    const r = await this.call<Record<string, unknown>>('POST', '/validate', {
      json: body,
      safe: true,
      signal,
    });
    return r.body ?? {};
  }

  /** Create preview: the resources Heat would create. */
  async previewCreate(name: string, spec: StackSpec, signal?: AbortSignal): Promise<unknown> {
    const r = await this.call<{ stack?: unknown }>('POST', '/stacks/preview', {
      json: { stack_name: name, ...specBody(spec) },
      safe: true,
      signal,
    });
    return r.body?.stack;
  }

  /** Update preview: what a PUT would add, delete, replace, update or leave. */
  async previewUpdate(
    stack: StackIdentity,
    spec: StackSpec,
    signal?: AbortSignal,
  ): Promise<HeatResourceChanges> {
    const r = await this.call<{ resource_changes?: HeatResourceChanges }>(
      'PUT',
      `${stackPath(stack)}/preview`,
      { json: specBody(spec), safe: true, signal },
    );
    return r.body?.resource_changes ?? {};
  }

  /** The live (not DELETE_COMPLETE) stack of that name, or undefined. */
  async findStack(name: string, signal?: AbortSignal): Promise<HeatStackSummary | undefined> {
    const r = await this.call<{ stacks?: HeatStackSummary[] }>('GET', `/stacks${query({ name })}`, {
      safe: true,
      signal,
    });
    return (r.body?.stacks ?? []).find(
      (s) => s.stack_name === name && s.stack_status !== 'DELETE_COMPLETE',
    );
  }

  async listStacks(
    filters: Record<string, string | number | undefined> = {},
    signal?: AbortSignal,
  ): Promise<HeatStackSummary[]> {
    const r = await this.call<{ stacks?: HeatStackSummary[] }>('GET', `/stacks${query(filters)}`, {
      safe: true,
      signal,
    });
    return r.body?.stacks ?? [];
  }

  /**
   * The stack (with outputs unless `resolveOutputs: false`, which is cheaper and cannot fail on an
   * output that is being recomputed mid-update), or undefined when Heat says the stack is not found.
   */
  async getStack(
    stack: StackIdentity,
    signal?: AbortSignal,
    options: { resolveOutputs?: boolean } = {},
  ): Promise<HeatStack | undefined> {
    const q = options.resolveOutputs === false ? '?resolve_outputs=False' : '';
    const r = await this.call<{ stack?: HeatStack; error?: { type?: string; message?: string } }>(
      'GET',
      `${stackPath(stack)}${q}`,
      { safe: true, accept: [404], signal },
    );
    if (r.status !== 404) return r.body?.stack;
    const message = r.body?.error?.message ?? '';
    // 404 about something else than the stack (an output's resource, a template mid-update): not "gone"
    if (message !== '' && !/The Stack \(/.test(message)) {
      throw new OpenStackError(
        'E_NOT_FOUND',
        `GET stack ${stack.name} in ${this.region} -> 404: ${message}`,
        { status: 404, heatType: r.body?.error?.type, retryable: true },
      );
    }
    return undefined;
  }

  async resources(
    stack: StackIdentity,
    options: { nestedDepth?: number; signal?: AbortSignal } = {},
  ): Promise<HeatResource[]> {
    const r = await this.call<{ resources?: HeatResource[] }>(
      'GET',
      `${stackPath(stack)}/resources${query({ nested_depth: options.nestedDepth })}`,
      { safe: true, signal: options.signal },
    );
    return r.body?.resources ?? [];
  }

  /** Events oldest first after `marker` (an event id), at most `limit`. */
  async events(
    stack: StackIdentity,
    options: {
      marker?: string;
      limit?: number;
      nestedDepth?: number;
      sortDir?: 'asc' | 'desc';
      signal?: AbortSignal;
    } = {},
  ): Promise<HeatEvent[]> {
    const q = query({
      sort_dir: options.sortDir ?? 'asc',
      marker: options.marker,
      limit: options.limit,
      nested_depth: options.nestedDepth,
    });
    const r = await this.call<{ events?: HeatEvent[] }>('GET', `${stackPath(stack)}/events${q}`, {
      safe: true,
      signal: options.signal,
    });
    return r.body?.events ?? [];
  }

  /** Outputs with values, as a map (from GET on the stack). */
  async outputs(stack: StackIdentity, signal?: AbortSignal): Promise<Record<string, unknown>> {
    const s = await this.getStack(stack, signal);
    if (s === undefined)
      throw new OpenStackError('E_NOT_FOUND', `Stack ${stack.name} is gone from ${this.region}.`, {
        status: 404,
      });
    return outputsOf(s);
  }

  /**
   * Create a stack, never twice: POST is not retried blindly. When its answer is lost (network
   * error, timeout, 5xx) or Heat says it exists (409), the stack is looked up by name for a while;
   * only when it stays absent is the POST sent again (Heat's unique names catch a late first one).
   */
  async createStack(name: string, spec: StackSpec, signal?: AbortSignal): Promise<CreateResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await this.call<{ stack?: { id?: string } }>('POST', '/stacks', {
          json: { stack_name: name, ...specBody(spec) },
          safe: false,
          signal,
          timeoutMs: WRITE_TIMEOUT_MS,
        });
        const id = r.body?.stack?.id;
        if (id === undefined)
          throw new OpenStackError(
            'E_HTTP',
            `POST /stacks in ${this.region} answered ${r.status} without a stack id.`,
            { status: r.status },
          );
        return { id, adopted: false };
      } catch (e) {
        const exists = isOpenStackError(e, 'E_CONFLICT') && e.heatType === 'StackExists';
        if (!exists && !isAmbiguous(e)) throw e;
        const found = await this.lookupAfterLostAnswer(name, signal);
        if (found !== undefined) return { id: found.id, adopted: true };
        if (attempt >= 3) throw e;
      }
    }
  }

  private async lookupAfterLostAnswer(
    name: string,
    signal?: AbortSignal,
  ): Promise<HeatStackSummary | undefined> {
    for (let i = 0; i < this.lookupAttempts; i++) {
      try {
        const found = await this.findStack(name, signal);
        if (found !== undefined) return found;
      } catch (e) {
        if (!isAmbiguous(e)) throw e;
      }
      await delay(this.lookupPauseMs, signal);
    }
    return undefined;
  }

  /**
   * Update a stack: PUT replaces the template, PATCH (`existing`) reuses it. Not retried blindly:
   * after a lost answer, the stack is read; if its updated_time moved the update was accepted.
   */
  async updateStack(
    stack: StackIdentity,
    spec: Partial<StackSpec> & { existing?: boolean },
    signal?: AbortSignal,
  ): Promise<void> {
    const before = await this.getStack(stack, signal, { resolveOutputs: false });
    for (let attempt = 1; ; attempt++) {
      try {
        await this.call(spec.existing === true ? 'PATCH' : 'PUT', stackPath(stack), {
          json: specBody(spec),
          safe: false,
          signal,
          timeoutMs: WRITE_TIMEOUT_MS,
        });
        return;
      } catch (e) {
        if (!isAmbiguous(e)) throw e;
        const now = await this.getStack(stack, signal, { resolveOutputs: false });
        if (
          now !== undefined &&
          now.stack_status.startsWith('UPDATE_') &&
          now.updated_time !== before?.updated_time
        )
          return;
        if (attempt >= 3) throw e;
      }
    }
  }

  /** DELETE (safe to repeat); a stack already gone counts as deleted. */
  async deleteStack(stack: StackIdentity, signal?: AbortSignal): Promise<void> {
    await this.call('DELETE', stackPath(stack), { safe: true, accept: [404], signal });
  }

  async cancelUpdate(stack: StackIdentity, signal?: AbortSignal): Promise<void> {
    await this.call('POST', `${stackPath(stack)}/actions`, {
      json: { cancel_update: null },
      safe: false,
      signal,
    });
  }
}

export function outputsOf(stack: HeatStack): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const o of stack.outputs ?? []) out[o.output_key] = o.output_value;
  return out;
}
