import type { Migration } from './migration.ts';

/**
 * Signature ids are derived from templates; when a template generalizes, the ids of its
 * earlier, narrower versions map to the new one here, so links saved against an old id
 * (annotations, exported reports) still resolve. `tenants` flattens the directory.
 */
export const signatureAliases: Migration = {
  version: 2,
  name: 'signature-aliases-and-tenants',
  statements: [
    `CREATE TABLE signature_aliases (old_id VARCHAR PRIMARY KEY, new_id VARCHAR NOT NULL)`,
    `CREATE VIEW tenants AS
       SELECT DISTINCT unnest(tenant_ids) AS tenant_id, customer_id FROM customers`,
  ],
};
