/**
 * Plain HOT templates as YAML text: dumpHot for compiled templates (export, review, deploy) and parseHot
 * for importing a template written for Heat. Both deterministic; reading within the same limits as designs.
 */
import { dump } from 'js-yaml';
import { Scalar, visit } from 'yaml';
import type { Document } from 'yaml';
import { diag } from '../util/diagnostics';
import type { Diagnostic } from '../util/diagnostics';
import { FILE_CODES } from './codes';
import { flowYaml, holdsLongString } from './flowYaml';
import { resolveLimits } from './limits';
import type { ParseLimits } from './limits';
import type { HotMap } from './model';
import { isMap } from '../hot/value';
import { readYaml } from './yamlRead';

/**
 * YAML text of a compiled template: keys in the template's own order, no anchors, no folding,
 * multi-line strings (user_data scripts) as block scalars, and strings a YAML 1.1 reader such as
 * Heat's would misread (`yes`, `2021-04-16`, `0777`) quoted.
 */
export function dumpHot(template: HotMap): string {
  // js-yaml's dumper exhausts the stack in a regular expression on strings of megabytes (RangeError)
  if (holdsLongString(template, LONG_STRING)) return flowYaml(template);
  try {
    return dump(template, { noRefs: true, lineWidth: -1, skipInvalid: true });
  } catch (error) {
    if (error instanceof RangeError) return flowYaml(template);
    throw error;
  }
}

/** Strings longer than this are written by flowYaml (1 MB passes js-yaml's dumper, 5 MB exhausts its stack). */
const LONG_STRING = 512 * 1024;

export interface ParseHotResult {
  template: HotMap | null;
  diagnostics: Diagnostic[];
}

/** What PyYAML (and so Heat) reads as a boolean beyond true/false; the YAML 1.2 core schema reads them as text. */
const YAML11_BOOLEAN = /^(?:yes|Yes|YES|on|On|ON|no|No|NO|off|Off|OFF)$/;

/** Read plain `yes`/`no`/`on`/`off` values as Heat does (booleans); keys and quoted text stay as they are. */
function heatBooleans(doc: Document.Parsed): void {
  visit(doc, {
    Scalar(key, node) {
      if (key === 'key' || node.type !== Scalar.PLAIN || node.tag || typeof node.value !== 'string')
        return;
      if (YAML11_BOOLEAN.test(node.value)) node.value = /^(?:yes|on)$/i.test(node.value);
    },
  });
}

/** heatBooleans for the fast reading: a plain value's source text. */
const heatBoolean = (source: string, value: unknown): unknown =>
  typeof value === 'string' && YAML11_BOOLEAN.test(source) ? /^(?:yes|on)$/i.test(source) : value;

/**
 * Read a HOT template written for Heat. Dates such as `2021-04-16` stay strings (as Heat reads them),
 * plain yes/no/on/off are booleans (as Heat reads them). Never throws.
 */
export function parseHot(text: string, options: Partial<ParseLimits> = {}): ParseHotResult {
  const read = readYaml(text, resolveLimits(options), { doc: heatBooleans, value: heatBoolean });
  if (read.value === undefined) return { template: null, diagnostics: read.diagnostics };
  const diagnostics = [...read.diagnostics];
  const raw = read.value;
  const refuse = (message: string) => ({
    template: null,
    diagnostics: [...diagnostics, diag(FILE_CODES.NOT_HOT, 'error', message, { path: [] })],
  });
  if (raw === null)
    return refuse('The file is empty: a HOT template starts with "heat_template_version:".');
  if (!isMap(raw))
    return refuse(
      'This is not a HOT template: a template is a YAML map starting with "heat_template_version:".',
    );
  if (raw.isotherm !== undefined || raw.regions !== undefined) {
    return refuse(
      'This is an Isotherm design, not a plain HOT template: open it instead of importing it.',
    );
  }
  if (raw.AWSTemplateFormatVersion !== undefined || raw.HeatTemplateFormatVersion !== undefined) {
    return refuse(
      'This is a CloudFormation-style (CFN) template; Isotherm imports HOT templates (with "heat_template_version:") only.',
    );
  }
  if (raw.heat_template_version === undefined)
    return refuse('This is not a HOT template: "heat_template_version:" is missing.');
  if (typeof raw.heat_template_version !== 'string') {
    return {
      template: null,
      diagnostics: [
        ...diagnostics,
        diag(
          FILE_CODES.SCHEMA,
          'error',
          'heat_template_version must be a date such as 2021-04-16 or a release name such as wallaby.',
          { path: ['heat_template_version'] },
        ),
      ],
    };
  }
  return { template: raw as HotMap, diagnostics };
}
