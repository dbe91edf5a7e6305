import { RecentStore } from '../files/recentStore';
import { RecoveryStore } from '../files/recoveryStore';
import { appHandlers } from './appHandlers';
import type { HandlerContext } from './context';
import { deployHandlers } from './deploy/index';
import { designHandlers } from './designHandlers';
import type { Dispatch, Handlers } from './dispatch';
import { createDispatcher } from './dispatch';
import { fileHandlers } from './fileHandlers';
import { recoveryHandlers } from './recoveryHandlers';

export interface HandlerOptions {
  /** Called after the recent list changed (Electron rebuilds its Open Recent menu). */
  onRecentChanged?: () => void;
  /** The clock of recent entries and recovery copies (tests pass a fixed one). */
  now?: () => Date;
}

/**
 * Every operation of the contract, implemented in plain Node against `ctx` (no Electron, no HTTP):
 * the Electron main process and the browser fallback server both route requests here.
 */
export function createHandlers(ctx: HandlerContext, options: HandlerOptions = {}): Handlers {
  const recent = new RecentStore(ctx.userDataDir, options.now);
  const recovery = new RecoveryStore(ctx.userDataDir, options.now);
  return {
    ...appHandlers(ctx),
    ...fileHandlers(ctx, recent, options.onRecentChanged ?? (() => {})),
    ...recoveryHandlers(recovery),
    ...designHandlers(ctx),
    ...deployHandlers(ctx),
  };
}

/** Handlers behind the contract's runtime validation: what transports call. */
export function createIpc(ctx: HandlerContext, options: HandlerOptions = {}): Dispatch {
  return createDispatcher(createHandlers(ctx, options));
}
