// The Electron host's logic without the Electron binary: IPC checks, workspace choice,
// menu labels and the menu template.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../core/api.ts';
import { apiChannel } from '../../../main/electron/channel.ts';
import { answerCall, registerApiHandler } from '../../../main/electron/ipc.ts';
import type { ApiService, IpcMainLike } from '../../../main/electron/ipc.ts';
import { interpolate, loadMenuLabels } from '../../../main/electron/menu-labels.ts';
import { menuTemplate } from '../../../main/electron/menu.ts';
import { defaultWorkspace, resolveWorkspacePath } from '../../../main/electron/workspace-path.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
const localesDir = resolve(repoRoot, 'locales');

const echo: ApiService = {
  dispatch: (method, args): Promise<Envelope<unknown>> =>
    Promise.resolve({ ok: true, value: { method, args } }),
};

describe('IPC answers', () => {
  it('passes a trusted call to the service', async () => {
    expect(await answerCall(true, { service: echo }, 'signatures', { limit: 3 })).toEqual({
      ok: true,
      value: { method: 'signatures', args: { limit: 3 } },
    });
    expect(await answerCall(true, { service: echo }, 'summary', undefined)).toEqual({
      ok: true,
      value: { method: 'summary', args: {} },
    });
  });

  it('refuses untrusted senders and unknown methods', async () => {
    const untrusted = await answerCall(false, { service: echo }, 'summary', {});
    expect(untrusted).toEqual({
      ok: false,
      error: { code: 'bad-arguments', params: { reason: 'untrusted-sender' } },
    });
    expect(await answerCall(true, { service: echo }, 'constructor', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method', params: { method: 'constructor' } },
    });
    expect(await answerCall(true, { service: echo }, 42, {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
  });

  it('reports why no workspace is open, and survives a throwing service', async () => {
    const error = { code: 'workspace-not-found', params: { path: '/nope.duckdb' } };
    expect(await answerCall(true, { error }, 'summary', {})).toEqual({ ok: false, error });
    const broken: ApiService = { dispatch: () => Promise.reject(new Error('boom')) };
    expect(await answerCall(true, { service: broken }, 'summary', {})).toEqual({
      ok: false,
      error: { code: 'internal', params: {} },
    });
  });

  it('registers one handler on the API channel that asks the sender check per call', async () => {
    type Event = { trusted: boolean };
    const handlers = new Map<string, (event: Event, ...args: unknown[]) => Promise<unknown>>();
    const ipc: IpcMainLike<Event> = {
      handle: (channel, listener) => void handlers.set(channel, listener),
      removeHandler: (channel) => void handlers.delete(channel),
    };
    const remove = registerApiHandler(
      ipc,
      (e) => e.trusted,
      () => ({ service: echo }),
    );
    const handler = handlers.get(apiChannel)!;
    expect(await handler({ trusted: true }, 'summary', {})).toMatchObject({ ok: true });
    expect(await handler({ trusted: false }, 'summary', {})).toMatchObject({ ok: false });
    remove();
    expect(handlers.size).toBe(0);
  });
});

describe('workspace choice', () => {
  it('prefers --workspace, then CASELINE_WORKSPACE, then the demo output', () => {
    const env = { CASELINE_WORKSPACE: 'env.duckdb' };
    expect(resolveWorkspacePath(['electron', '.', '--workspace', 'a.duckdb'], env, '/w')).toBe(
      resolve('/w', 'a.duckdb'),
    );
    expect(resolveWorkspacePath(['--workspace=/abs/b.duckdb'], env, '/w')).toBe('/abs/b.duckdb');
    expect(resolveWorkspacePath(['--workspace'], env, '/w')).toBe(resolve('/w', 'env.duckdb'));
    expect(resolveWorkspacePath([], {}, '/w')).toBe(resolve('/w', defaultWorkspace));
  });
});

describe('menu', () => {
  it('reads labels for the system language with English as fallback', () => {
    expect(loadMenuLabels(localesDir, 'de-DE').file).toBe('Datei');
    expect(loadMenuLabels(localesDir, 'en-GB').file).toBe('File');
    expect(loadMenuLabels(localesDir, 'xx').quit).toBe('Quit');
    expect(() => loadMenuLabels('/nonexistent', 'en')).toThrow(/menu labels/);
  });

  it('interpolates placeholders and leaves unknown ones', () => {
    expect(interpolate('{{path}} failed: {{reason}} {{x}}', { path: 'a', reason: 'b' })).toBe(
      'a failed: b {{x}}',
    );
  });

  it('builds File and View menus from the labels', () => {
    const opened: string[] = [];
    const labels = loadMenuLabels(localesDir, 'de');
    const template = menuTemplate(labels, { openWorkspace: () => opened.push('open') }, 'linux');
    expect(template.map((m) => m.label)).toEqual(['Datei', 'Ansicht']);
    const file = template[0].submenu as Array<{
      label?: string;
      role?: string;
      click?: () => void;
    }>;
    expect(file[0].label).toBe(labels.openWorkspace);
    file[0].click!();
    expect(opened).toEqual(['open']);
    expect(file.find((i) => i.role === 'quit')?.label).toBe('Beenden');
    const view = template[1].submenu as Array<{ role?: string }>;
    expect(view.map((i) => i.role)).toEqual(['reload', 'toggleDevTools']);
    expect(menuTemplate(labels, { openWorkspace: () => {} }, 'darwin')[0]).toEqual({
      role: 'appMenu',
    });
  });
});
