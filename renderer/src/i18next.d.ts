// Typed translation keys: a misspelt key is a compile error, not an empty label.
import type { resources, defaultNamespace } from './i18n.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: (typeof resources)['en'];
  }
}
