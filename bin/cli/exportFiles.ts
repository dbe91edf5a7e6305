import type { Design } from '../../shared/design/model';
import { dumpHot } from '../../shared/design/hotYaml';
import { declaredParameters, deployScript, templateFileName } from '../../shared/compile/deployScript';
import { exportNested } from '../../shared/compile/nested';
import type { CompileResult, Plan } from '../../shared/compile/types';
import type { Diagnostic } from '../../shared/util/diagnostics';
import type { OutFile } from './files';

/** What `isotherm compile --out DIR` writes, as data (the golden files are these). */
export interface ExportOptions {
  /** Also write parent.yaml (model 2: one OS::Heat::Stack per region). */
  nested?: boolean;
}

export interface Export {
  files: OutFile[];
  diagnostics: Diagnostic[];
}

/** plan.json: the plan (waves of `{region, stack, pass}`, inputs, stacks) and each lane's template files. */
export function planJson(design: Design, plan: Plan): string {
  const templates = Object.fromEntries(
    plan.stacks.map((s) => [s.region, Array.from({ length: s.passes }, (_, i) => templateFileName(s.region, i + 1, s.passes))]),
  );
  const waves = plan.waves.map((wave) => wave.map(({ region, stack, pass }) => ({ region, stack, pass })));
  return `${JSON.stringify({ design: design.name, stacks: plan.stacks, waves, inputs: plan.inputs, templates }, null, 2)}\n`;
}

/** The files of an export: `<lane>.yaml` (+ `<lane>.pass<N>.yaml`), plan.json, deploy.sh, and parent.yaml when nested. */
export function exportFiles(design: Design, result: CompileResult, options: ExportOptions = {}): Export {
  const files: OutFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const s of result.plan.stacks) {
    const earlier = result.passTemplates[s.region] ?? [];
    earlier.forEach((t, i) => files.push({ name: templateFileName(s.region, i + 1, s.passes), content: dumpHot(t) }));
    const template = result.templates[s.region];
    if (template !== undefined) files.push({ name: templateFileName(s.region, s.passes, s.passes), content: dumpHot(template) });
  }
  files.push({ name: 'plan.json', content: planJson(design, result.plan) });
  files.push({
    name: 'deploy.sh',
    content: deployScript(result.plan, { name: design.name, declared: declaredParameters(result) }),
    mode: 0o755,
  });
  if (options.nested === true) {
    const nested = exportNested(design, result);
    diagnostics.push(...nested.diagnostics);
    files.push({ name: 'parent.yaml', content: dumpHot(nested.parent) });
    for (const [name, content] of Object.entries(nested.files)) {
      if (!files.some((f) => f.name === name)) files.push({ name, content: typeof content === 'string' ? content : dumpHot(content) });
    }
  }
  return { files, diagnostics };
}
