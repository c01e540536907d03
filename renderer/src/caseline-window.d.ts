// What the Electron preload puts on `window`. Typed loosely on purpose: the client
// validates every answer against the contract instead of trusting the bridge.
export {};

declare global {
  interface Window {
    caseline?: { call(method: string, args: unknown): Promise<unknown> };
  }
}
