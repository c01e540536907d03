/**
 * The overview's state: the workspace summary and its top error signatures, fetched
 * together. Holds results and loading state only; the numbers come from the core.
 */
import { create } from 'zustand';
import type { ApiError, CaselineApi, Result } from '../../../core/api.ts';

export type Summary = Result<'summary'>;
export type SignatureRow = Result<'signatures'>['signatures'][number];

/** How many error signatures the overview table shows. */
export const topSignatureLimit = 10;

interface OverviewState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  summary: Summary | null;
  signatures: SignatureRow[];
  error: ApiError | null;
  /** Loads summary and signatures; a failing call leaves the error for the screen. */
  load: (api: CaselineApi) => Promise<void>;
}

export const useOverviewStore = create<OverviewState>()((set) => ({
  status: 'idle',
  summary: null,
  signatures: [],
  error: null,
  async load(api) {
    set({ status: 'loading', error: null });
    const [summary, signatures] = await Promise.all([
      api.call('summary', {}),
      api.call('signatures', { limit: topSignatureLimit, errorsOnly: true }),
    ]);
    if (!summary.ok) {
      set({ status: 'error', error: summary.error });
      return;
    }
    if (!signatures.ok) {
      set({ status: 'error', error: signatures.error });
      return;
    }
    set({
      status: 'ready',
      summary: summary.value,
      signatures: signatures.value.signatures,
      error: null,
    });
  },
}));
