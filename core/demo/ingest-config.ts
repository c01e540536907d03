/**
 * The ingest config shipped with the demo data, as a support team would write it for
 * these services: the API gateway's access log names the tenant only in the URL path
 * (`/t/<tenant>/...`) and the billing worker only in its message text (`for tenant x`),
 * which no well-known field covers.
 */
export const demoIngestConfig = {
  extractors: [
    { from: 'url', regex: '^/t/(?<tenant>[a-z0-9][a-z0-9-]*)/', role: 'tenant' },
    { from: 'message', regex: '\\bfor tenant (?<tenant>[a-z0-9][a-z0-9-]*)', role: 'tenant' },
  ],
  propagationWindowMs: 5 * 60_000,
};
