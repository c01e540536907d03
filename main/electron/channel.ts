// The one IPC channel of the API. Its own module so the preload bundle stays tiny.
export const apiChannel = 'caseline:call';
