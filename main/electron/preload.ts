// Runs sandboxed before the page: exposes the typed API and nothing else, never
// ipcRenderer itself. Main validates everything that comes through.
import { contextBridge, ipcRenderer } from 'electron';
import { apiChannel } from './channel.ts';

contextBridge.exposeInMainWorld('caseline', {
  call: (method: string, args: unknown): Promise<unknown> =>
    ipcRenderer.invoke(apiChannel, method, args),
});
