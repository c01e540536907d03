/**
 * The application menu: File (Open workspace…, Quit) and View (Reload, Developer Tools),
 * labelled from the locale files. Built as a plain template so it is testable without
 * Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuLabels } from './menu-labels.ts';

export interface MenuActions {
  openWorkspace(): void;
}

/** The menu template for `Menu.buildFromTemplate`. */
export function menuTemplate(
  labels: MenuLabels,
  actions: MenuActions,
  platform: string = process.platform,
): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      {
        label: labels.openWorkspace,
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.openWorkspace(),
      },
      { type: 'separator' },
      { label: labels.quit, role: 'quit' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      { label: labels.reload, role: 'reload' },
      { label: labels.devTools, role: 'toggleDevTools' },
    ],
  };
  // macOS puts Quit under the application menu, which must come first.
  if (platform === 'darwin') {
    return [{ role: 'appMenu' }, file, view];
  }
  return [file, view];
}
