/**
 * The Electron host's API: one `ipcMain.handle` for every contract method. Main trusts no
 * caller blindly: the sender must be our window's top frame, the method a contract
 * method, and the arguments pass the contract (inside `service.dispatch`).
 */
import { isMethod } from '../../core/api.ts';
import type { ApiError, Envelope } from '../../core/api.ts';
import { apiChannel } from './channel.ts';

/** What the host needs from a workspace: `core/service.ts`'s WorkspaceService fits. */
export interface ApiService {
  dispatch(method: string, args: unknown): Promise<Envelope<unknown>>;
}

/** The open workspace, or why none is open (shown by the renderer as a translated error). */
export type ServiceSlot<S extends ApiService = ApiService> = { service: S } | { error: ApiError };

/** The part of `ipcMain` used here; Electron's ipcMain satisfies it. */
export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

function failure(code: string, params: ApiError['params'] = {}): Envelope<never> {
  return { ok: false, error: { code, params } };
}

/**
 * Answers one call from the renderer. Never rejects: an untrusted sender, a non-method or
 * a throwing service all come back as error envelopes.
 */
export async function answerCall(
  trusted: boolean,
  slot: ServiceSlot,
  method: unknown,
  args: unknown,
): Promise<Envelope<unknown>> {
  if (!trusted) return failure('bad-arguments', { reason: 'untrusted-sender' });
  if (typeof method !== 'string' || !isMethod(method)) {
    return failure('unknown-method', { method: typeof method === 'string' ? method : '' });
  }
  if ('error' in slot) return { ok: false, error: slot.error };
  try {
    return await slot.service.dispatch(method, args ?? {});
  } catch {
    return failure('internal');
  }
}

/**
 * Registers the API handler. `isTrustedSender` decides per event whether it comes from our
 * window; `currentSlot` is read per call so opening another workspace needs no
 * re-registration. Returns a function that removes the handler.
 */
export function registerApiHandler<E>(
  ipc: IpcMainLike<E>,
  isTrustedSender: (event: E) => boolean,
  currentSlot: () => ServiceSlot,
): () => void {
  ipc.handle(apiChannel, (event, method, args) =>
    answerCall(isTrustedSender(event), currentSlot(), method, args),
  );
  return () => ipc.removeHandler(apiChannel);
}
