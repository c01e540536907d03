/**
 * The Electron host: one window on the built renderer, the API over one IPC handler, and
 * a minimal menu. Opens the workspace from `--workspace PATH`, CASELINE_WORKSPACE, or the
 * demo's default output; if that fails the renderer shows the translated error.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isCaselineError } from '../../core/errors.ts';
import { openWorkspaceService } from '../../core/service.ts';
import type { WorkspaceService } from '../../core/service.ts';
import { registerApiHandler } from './ipc.ts';
import type { ServiceSlot } from './ipc.ts';
import { interpolate, loadMenuLabels } from './menu-labels.ts';
import type { MenuLabels } from './menu-labels.ts';
import { menuTemplate } from './menu.ts';
import { resolveWorkspacePath } from './workspace-path.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const appRoot = app.getAppPath();
const rendererIndex = join(appRoot, 'dist', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;

let window: BrowserWindow | null = null;
let slot: ServiceSlot<WorkspaceService> = {
  error: { code: 'workspace-not-found', params: { path: '' } },
};

async function openWorkspace(path: string): Promise<ServiceSlot<WorkspaceService>> {
  try {
    return { service: await openWorkspaceService(path) };
  } catch (e) {
    if (isCaselineError(e)) return { error: { code: e.code, params: e.params } };
    return { error: { code: 'workspace-invalid', params: { path } } };
  }
}

async function closeCurrent(): Promise<void> {
  if ('service' in slot) await slot.service.close();
}

/** Only our window's top frame, showing our own page, may call the API. */
function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!window || frame === null || event.sender !== window.webContents) return false;
  if (frame !== window.webContents.mainFrame) return false;
  return frame.url.split(/[?#]/)[0] === rendererUrl;
}

async function chooseWorkspace(labels: MenuLabels): Promise<void> {
  if (!window) return;
  const choice = await dialog.showOpenDialog(window, {
    title: labels.openWorkspaceTitle,
    properties: ['openFile'],
    filters: [{ name: labels.workspaceFilter, extensions: ['duckdb'] }],
  });
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return;
  const next = await openWorkspace(path);
  if ('error' in next) {
    const reason = Object.values(next.error.params).join(' ') || next.error.code;
    dialog.showErrorBox(labels.openFailedTitle, interpolate(labels.openFailed, { path, reason }));
    return;
  }
  await closeCurrent();
  slot = next;
  window.webContents.reload();
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    show: false,
    webPreferences: {
      preload: join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  // The app never leaves its own page: no popups, no navigation elsewhere.
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (url.split(/[?#]/)[0] !== rendererUrl) event.preventDefault();
  });
  void win.loadFile(rendererIndex);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) =>
    callback(false),
  );
  const labels = loadMenuLabels(join(appRoot, 'locales'), app.getLocale());
  slot = await openWorkspace(resolveWorkspacePath(process.argv, process.env, process.cwd()));
  registerApiHandler(ipcMain, isTrustedSender, () => slot);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(labels, { openWorkspace: () => void chooseWorkspace(labels) }),
    ),
  );
  window = createWindow();
  window.on('closed', () => (window = null));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void closeCurrent());
}

void start();
