import { useCallback, useState } from 'react';
import {
  cloudLookupOf,
  filterCloudValues,
  pickedValue,
  type CloudValue,
} from '../../shared/catalog/cloudLookups';
import { api } from '../api';
import { cloudValuesKey, type CloudValuesEntry } from '../deploy/cloudValuesSlice';
import { loadCloudValues, type CloudPickTarget } from '../deploy/cloudValuesActions';
import { appStore, useApp } from '../store/appStore';
import { QuickPick, type QuickPickItem } from '../ui/QuickPick';

interface Row extends QuickPickItem {
  value?: CloudValue;
}

/** The rows for a query: the matching values, or one quiet row saying why there are none. */
function rowsOf(
  entry: CloudValuesEntry | undefined,
  query: string,
  noun: string,
  region: string,
): Row[] {
  const note = (key: string, why: string): Row[] => [{ key, title: why, disabled: '' }];
  if (entry === undefined || (entry.status === 'loading' && entry.values === undefined))
    return note('loading', `Loading the ${noun} of ${region}…`);
  if (entry.status === 'unavailable') return note('unavailable', entry.reason);
  if (entry.status === 'error') return note('error', entry.message);
  const values = filterCloudValues(entry.values ?? [], query);
  if (values.length === 0)
    return note(
      'none',
      query === ''
        ? `${region} has no ${noun}.`
        : `No ${noun} match “${query}”: type the value in the field instead.`,
    );
  return values.map((v) => ({
    key: v.id,
    title: v.name === '' ? v.id : v.name,
    ...(v.name !== '' && v.name !== v.id ? { detail: v.id } : {}),
    value: v,
  }));
}

/**
 * Beside a property whose custom_constraint names a thing of the cloud (a flavor, an image, a
 * network...): a button that opens a searchable list of the lane region's values (name and id) and
 * one that lists them again. Typing the value in the field stays possible.
 */
export function CloudValuePicker({
  target,
  label,
  onPick,
}: {
  target: CloudPickTarget;
  label: string;
  onPick: (value: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const key = cloudValuesKey(target.cloud, target.region, target.constraint);
  const entry = useApp(useCallback((s) => s.cloudValues[key], [key]));
  const noun = cloudLookupOf(target.constraint)?.noun ?? target.constraint;
  const load = (refresh: boolean) =>
    void loadCloudValues({ store: appStore, api }, target, refresh);
  const loading = entry?.status === 'loading';
  return (
    <>
      <button
        type="button"
        className="icon-btn cloud-pick"
        title={`Pick from the ${noun} of ${target.region} on ${target.cloud}`}
        aria-label={`Pick ${label} from ${target.cloud}`}
        onClick={() => {
          load(false);
          setOpen(true);
        }}
      >
        ☁
      </button>
      <button
        type="button"
        className={`icon-btn cloud-refresh${loading ? ' is-loading' : ''}`}
        title={`List the ${noun} of ${target.region} again`}
        aria-label={`Refresh ${noun} of ${target.region}`}
        disabled={loading}
        onClick={() => load(true)}
      >
        ⟳
      </button>
      {open && (
        <QuickPick<Row>
          title={`${label}: ${noun} of ${target.region} on ${target.cloud}`}
          placeholder={`Search ${noun} by name or id`}
          items={(q) => rowsOf(entry, q, noun, target.region)}
          onPick={(row) => {
            if (row.value === undefined) return;
            const all = entry?.status === 'ready' ? entry.values : [row.value];
            onPick(pickedValue(all, row.value));
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
