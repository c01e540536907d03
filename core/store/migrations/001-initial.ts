import type { Migration } from './migration.ts';

/** The tables of DESIGN.md. Times are TIMESTAMP holding UTC. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  statements: [
    `CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)`,
    `CREATE TABLE events (
       id BIGINT, ts TIMESTAMP, source VARCHAR, line INTEGER, format VARCHAR,
       level VARCHAR, service VARCHAR, host VARCHAR, version VARCHAR,
       tenant_id VARCHAR, customer_id VARCHAR, user_id VARCHAR, request_id VARCHAR,
       trace_id VARCHAR, session_id VARCHAR, message VARCHAR, signature_id VARCHAR,
       attributes JSON, tenant_origin VARCHAR)`,
    `CREATE TABLE signatures (
       id VARCHAR PRIMARY KEY, template VARCHAR, level VARCHAR, service VARCHAR,
       first_seen TIMESTAMP, last_seen TIMESTAMP, event_count BIGINT)`,
    `CREATE TABLE customers (
       customer_id VARCHAR PRIMARY KEY, name VARCHAR, tenant_ids VARCHAR[], segment VARCHAR,
       tier VARCHAR, arr DOUBLE, region VARCHAR, locale VARCHAR)`,
    `CREATE TABLE tickets (
       id VARCHAR PRIMARY KEY, system VARCHAR, external_id VARCHAR, customer_id VARCHAR,
       customer_ref VARCHAR, requester VARCHAR, subject VARCHAR, description VARCHAR,
       status VARCHAR, priority VARCHAR, channel VARCHAR, "group" VARCHAR, assignee VARCHAR,
       created_at TIMESTAMP, resolved_at TIMESTAMP, tags VARCHAR[], product_version VARCHAR)`,
    `CREATE TABLE ticket_events (
       ticket_id VARCHAR, ts TIMESTAMP, kind VARCHAR, author VARCHAR, public BOOLEAN,
       body VARCHAR)`,
    `CREATE TABLE kb_articles (
       id VARCHAR PRIMARY KEY, title VARCHAR, body VARCHAR, tags VARCHAR[],
       updated_at TIMESTAMP, source VARCHAR)`,
    `CREATE TABLE releases (version VARCHAR, service VARCHAR, ts TIMESTAMP)`,
    `CREATE TABLE sources (
       path VARCHAR, kind VARCHAR, format VARCHAR, read BIGINT, imported BIGINT,
       skipped BIGINT, skip_reasons JSON, examples JSON)`,
  ],
};
