/**
 * The CPU time (thread time, not wall time) the page's main thread spent in a Chromium trace: on a shared,
 * loaded machine the wall time of an action counts the time other processes held the cores, its thread time
 * does not. Sums the top-level tasks of the renderer's main thread (nested events are inside them).
 */
interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export function mainThreadCpuMs(trace: Buffer | string): number {
  const parsed = JSON.parse(trace.toString()) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && main.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let end = -Infinity;
  for (const e of tasks) {
    if (e.ts < end) continue; // nested in the task before
    cpu += e.tdur ?? 0;
    end = e.ts + e.dur!;
  }
  return cpu / 1000;
}
