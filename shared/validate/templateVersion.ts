import type { Design } from '../design/model';
import { diag, type Diagnostic } from '../util/diagnostics';
import { CODES } from './codes';

/** heat_template_version values Heat 19 (Zed) accepts (GET /template_versions: dates and release aliases). */
export const HOT_VERSIONS: readonly string[] = [
  '2013-05-23',
  '2014-10-16',
  '2015-04-30',
  '2015-10-15',
  '2016-04-08',
  '2016-10-14',
  '2017-02-24',
  '2017-09-01',
  '2018-03-02',
  '2018-08-31',
  '2021-04-16',
  'newton',
  'ocata',
  'pike',
  'queens',
  'rocky',
  'wallaby',
];

export function validateTemplateVersion(design: Design): Diagnostic[] {
  const v = String(design.heat_template_version);
  if (HOT_VERSIONS.includes(v)) return [];
  return [
    diag(
      CODES.E_TEMPLATE_VERSION,
      'error',
      `heat_template_version '${v}' is not known to Heat: use one of ${HOT_VERSIONS.join(', ')} (2021-04-16 is the newest).`,
      {
        path: ['heat_template_version'],
      },
    ),
  ];
}
