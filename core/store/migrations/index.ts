import { initial } from './001-initial.ts';
import { signatureAliases } from './002-signature-aliases.ts';
import type { Migration } from './migration.ts';

/** Every migration, in order. Append only: a released migration never changes. */
export const migrations: readonly Migration[] = [initial, signatureAliases];

export const latestSchemaVersion = migrations[migrations.length - 1].version;
export type { Migration };
