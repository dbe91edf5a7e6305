/** Example designs and small test designs, compiled with the bundled catalog, under unique names. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from '../../shared/compile/compile';
import type { CompileResult } from '../../shared/compile/types';
import type { Design } from '../../shared/design/model';
import { parseDesign } from '../../shared/design/parse';
import { hasErrors, formatDiagnostic } from '../../shared/util/diagnostics';
import { bundledCatalog } from '../../electron/catalog/bundled';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../assets/examples/', import.meta.url));

export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.isotherm.yaml'))
    .sort();
}

export function exampleText(file: string): string {
  return readFileSync(`${EXAMPLES_DIR}${file}`, 'utf8');
}

/** Replace the `name:` of a design text (the stacks are named after it). */
export function renamed(text: string, name: string): string {
  return text.replace(/^name:.*$/m, `name: ${name}`);
}

/**
 * The web-two-regions example under `name`, as the local cloud can deploy it. Octavia's no-op network
 * driver makes no VIP port in Neutron, so a floating IP cannot be bound to the load balancer's VIP
 * there: each region's floating IP is bound to its web server's port instead (the example keeps the
 * VIP, as a real cloud wants).
 */
export function webTwoRegionsForLocalCloud(name: string): string {
  const text = renamed(exampleText('web-two-regions.isotherm.yaml'), name)
    .replace(
      'port_id: {get_attr: [east_lb, vip_port_id]}',
      'port_id: {get_resource: east_web_port}',
    )
    .replace(
      'port_id: {get_attr: [west_lb, vip_port_id]}',
      'port_id: {get_resource: west_web_port}',
    );
  if (text.includes('vip_port_id'))
    throw new Error('web-two-regions changed: bind its floating IPs to the web ports here again');
  return text;
}

export function designOf(text: string): Design {
  const { design, diagnostics } = parseDesign(text);
  if (design === null || hasErrors(diagnostics))
    throw new Error(`test design does not parse:\n${diagnostics.map(formatDiagnostic).join('\n')}`);
  return design;
}

export function compiled(design: Design): CompileResult {
  const result = compile(design, bundledCatalog());
  if (hasErrors(result.diagnostics))
    throw new Error(
      `test design does not compile:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`,
    );
  return result;
}

/**
 * Three lanes: `src` holds a TestResource that fails (and a sibling), `dep` needs its output (so it must not start),
 * `indep` needs nothing (so it must finish).
 */
export const failingDesign = (name: string) => `isotherm: 1
name: ${name}
heat_template_version: 2021-04-16
regions:
  src: {region_name: RegionOne}
  dep: {region_name: RegionTwo}
  indep: {region_name: RegionTwo}
resources:
  boom:
    type: OS::Heat::TestResource
    region: src
    properties: {value: x, fail: true}
  sibling:
    type: OS::Heat::None
    region: src
  consumer:
    type: OS::Heat::Value
    region: dep
    properties: {value: {get_attr: [boom, output]}}
  worker:
    type: OS::Heat::TestResource
    region: indep
    properties: {value: ok, action_wait_secs: {create: 2, delete: 0}}
outputs: {}
layout: {}
`;

/** What `cycleDesign`'s `extra` adds: a second east value that west reads, and west's output of it. */
const CYCLE_EXTRA = {
  resources: `  east_extra:
    type: OS::Heat::RandomString
    region: east
    properties: {length: 6}
  west_extra_conn:
    type: OS::Heat::Value
    region: west
    properties:
      value: {get_attr: [east_extra, value]}
`,
  outputs: `  west_sees_extra:
    description: The extra value west was given.
    value: {get_attr: [west_extra_conn, value]}
`,
};

/**
 * Two lanes in a cycle, Heat only (the site-to-site VPN shape): each side's connection needs the other
 * side's gateway, so each lane is deployed in two passes. `eastLength` sizes east's gateway (default 8);
 * `extra` adds a second east value that west reads (a new output of east's first pass).
 */
export function cycleDesign(
  name: string,
  o: { eastLength?: number; extra?: boolean } = {},
): string {
  const extra = o.extra === true;
  return `isotherm: 1
name: ${name}
heat_template_version: 2021-04-16
regions:
  east: {region_name: RegionOne}
  west: {region_name: RegionTwo}
resources:
  east_gw:
    type: OS::Heat::RandomString
    region: east
    properties: {length: ${o.eastLength ?? 8}}
  east_conn:
    type: OS::Heat::Value
    region: east
    properties:
      value: {get_attr: [west_gw, value]}
  west_gw:
    type: OS::Heat::RandomString
    region: west
    properties: {length: 8}
  west_conn:
    type: OS::Heat::Value
    region: west
    properties:
      value: {get_attr: [east_gw, value]}
${extra ? CYCLE_EXTRA.resources : ''}outputs:
  west_sees:
    description: The gateway west's connection was given.
    value: {get_attr: [west_conn, value]}
${extra ? CYCLE_EXTRA.outputs : ''}`;
}
