/**
 * Drift, pure: a stack that Isotherm deployed and that was changed or deleted by someone else since.
 * What Isotherm last knew comes from its journals; what is there now from Heat.
 */

/** What the journals say of a lane's stack after the last deploy or destroy. */
export interface KnownStack {
  stackId: string;
  /** Heat's updated_time (else creation_time) when it last settled in a deploy. */
  updatedTime?: string;
  /** A destroy or rollback deleted it. */
  deleted: boolean;
}

export interface FoundStack {
  id: string;
  creation_time?: string | null;
  updated_time?: string | null;
}

export interface Drift {
  kind: 'changed' | 'deleted';
  message: string;
}

export function driftOf(
  known: KnownStack | undefined,
  found: FoundStack | undefined,
): Drift | undefined {
  if (known === undefined || known.deleted) return undefined;
  if (found === undefined)
    return {
      kind: 'deleted',
      message: `deleted outside Isotherm (Isotherm deployed it as ${known.stackId}); the next deploy creates it again`,
    };
  if (found.id !== known.stackId)
    return {
      kind: 'changed',
      message: `replaced outside Isotherm: the stack is ${found.id}, Isotherm deployed ${known.stackId}`,
    };
  const now = found.updated_time ?? found.creation_time ?? undefined;
  if (known.updatedTime !== undefined && now !== undefined && now !== known.updatedTime)
    return {
      kind: 'changed',
      message: `updated outside Isotherm at ${now} (Isotherm's last deploy left it at ${known.updatedTime}); the next deploy puts the design's template and parameters back`,
    };
  return undefined;
}
