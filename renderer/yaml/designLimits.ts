/** A text already accepted once (opened, then read again to write onto it) is read without the limits meant for untrusted files. */
export const NO_LIMITS = { maxBytes: Infinity, maxDepth: Infinity, maxAliasCount: Infinity };
