/**
 * Expected failures carry a stable code and parameters; hosts turn them into an envelope
 * (HTTP, IPC) or a one-line message (CLI), and the renderer into a translated message.
 */
export type ErrorCode =
  | 'bad-arguments'
  | 'unknown-method'
  | 'workspace-not-found'
  | 'workspace-invalid'
  | 'source-not-found'
  | 'source-unreadable'
  | 'nothing-imported'
  | 'not-found'
  | 'bad-config'
  | 'internal';

export class CaselineError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    message?: string,
  ) {
    super(message ?? `${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'CaselineError';
  }
}

export function isCaselineError(e: unknown): e is CaselineError {
  return e instanceof CaselineError;
}
