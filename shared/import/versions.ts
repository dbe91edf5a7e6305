/** HOT release names Heat accepts as heat_template_version, with the date they stand for. */
const RELEASE_DATES: Record<string, string> = {
  newton: '2016-10-14',
  ocata: '2017-02-24',
  pike: '2017-09-01',
  queens: '2018-03-02',
  rocky: '2018-08-31',
  wallaby: '2021-04-16',
};

/** The date a heat_template_version stands for (a date as it is, a release name through the table). */
export function versionDate(version: string): string {
  return RELEASE_DATES[version.toLowerCase()] ?? version;
}

/** The newest of several versions (as written in the newest template); undefined when there is none. */
export function newestVersion(versions: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const v of versions) if (best === undefined || versionDate(v) > versionDate(best)) best = v;
  return best;
}
