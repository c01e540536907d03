/**
 * The core's facade: one handler per contract method over an open, read-only workspace,
 * and `dispatch`, which every host calls. Dispatch validates the method name and the
 * arguments with the contract's schemas and always answers with an envelope.
 */
import {
  contract,
  isMethod,
  type Envelope,
  type Method,
  type ParsedArgs,
  type Result,
} from './api.ts';
import { CaselineError, isCaselineError } from './errors.ts';
import { importedSources, topSignatures, workspaceSummary } from './overview/summary.ts';
import { openWorkspaceReadOnly, type Workspace } from './store/workspace.ts';

export type Handlers = { [M in Method]: (args: ParsedArgs<M>) => Promise<Result<M>> };

export interface WorkspaceService {
  readonly path: string;
  /** Validates and runs one call; never throws. */
  dispatch(method: string, args: unknown): Promise<Envelope<unknown>>;
  /** Typed call for in-process hosts (the CLI): throws CaselineError on failure. */
  call<M extends Method>(
    method: M,
    args: ParsedArgs<M> | Record<string, unknown>,
  ): Promise<Result<M>>;
  close(): Promise<void>;
}

export function createHandlers(ws: Workspace): Handlers {
  return {
    summary: () => workspaceSummary(ws.conn, ws.path),
    signatures: (a) => topSignatures(ws.conn, a.limit, a.errorsOnly),
    sources: () => importedSources(ws.conn),
  };
}

/** Runs `method` with raw (unvalidated) args against `handlers`, as an envelope. */
export async function dispatch(
  handlers: Handlers,
  method: string,
  args: unknown,
): Promise<Envelope<unknown>> {
  try {
    return { ok: true, value: await invoke(handlers, method, args) };
  } catch (e) {
    if (isCaselineError(e)) return { ok: false, error: { code: e.code, params: e.params } };
    const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, error: { code: 'internal', params: { message } } };
  }
}

async function invoke(handlers: Handlers, method: string, args: unknown): Promise<unknown> {
  if (!isMethod(method)) throw new CaselineError('unknown-method', { method });
  const parsed = contract[method].args.safeParse(args ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CaselineError('bad-arguments', {
      method,
      path: issue?.path.join('.') ?? '',
      reason: issue?.message ?? 'invalid',
    });
  }
  const handler = handlers[method] as (a: unknown) => Promise<unknown>;
  return handler(parsed.data);
}

/** Opens `path` read-only and serves the contract over it. */
export async function openWorkspaceService(path: string): Promise<WorkspaceService> {
  const ws = await openWorkspaceReadOnly(path);
  const handlers = createHandlers(ws);
  return {
    path,
    dispatch: (method, args) => dispatch(handlers, method, args),
    async call(method, args) {
      const result = await invoke(handlers, method, args);
      return result as Result<typeof method>;
    },
    close() {
      ws.close();
      return Promise.resolve();
    },
  };
}
