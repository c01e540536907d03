/**
 * The field names that carry each role in the logs people actually ship (ECS,
 * OpenTelemetry, Bunyan/Pino, Serilog, Python/Java structured logging, custom JSON). A
 * field is matched by its dotted path (`service.name`, or a flat key spelled that way);
 * inside container objects (`labels`, `attributes`, `resource.attributes`, `mdc`...) by
 * its own key as well. Earlier names win.
 */

export const FIELD_ROLES = [
  'tenant',
  'customer',
  'user',
  'request',
  'trace',
  'session',
  'version',
  'service',
  'host',
  'level',
  'message',
  'timestamp',
] as const;

export type FieldRole = (typeof FIELD_ROLES)[number];

export const WELL_KNOWN_FIELDS: Readonly<Record<FieldRole, readonly string[]>> = {
  tenant: [
    'tenant_id', 'tenantId', 'tenant', 'tenant.id', 'org_id', 'orgId', 'org', 'organization_id',
    'organizationId', 'organization.id', 'labels.tenant_id', 'labels.tenant', 'workspace_id',
    'workspaceId', 'project_id', 'projectId',
  ],
  customer: [
    'customer_id', 'customerId', 'customer', 'customer.id', 'account_id', 'accountId', 'account',
    'account.id', 'client_id', 'clientId', 'labels.customer_id',
  ],
  user: ['user_id', 'userId', 'user', 'usr.id', 'user.id', 'enduser.id', 'uid', 'username', 'user.name'],
  request: [
    'request_id', 'requestId', 'req_id', 'reqId', 'x_request_id', 'x-request-id', 'http.request.id',
    'correlation_id', 'correlationId', 'RequestId',
  ],
  trace: ['trace_id', 'traceId', 'trace.id', 'traceid', 'dd.trace_id', 'TraceId'],
  session: ['session_id', 'sessionId', 'session.id', 'session'],
  version: ['version', 'service.version', 'app_version', 'appVersion', 'release', 'build'],
  service: ['service', 'service.name', 'service_name', 'serviceName', 'app', 'application', 'logger_name', 'component'],
  host: ['host', 'hostname', 'host.name', 'host.hostname', 'server', 'node', 'pod', 'k8s.pod.name'],
  level: ['level', 'log.level', 'severity', 'severityText', 'severity_text', 'lvl', 'loglevel', 'levelname', '@l', 'severityNumber', 'level_value'],
  message: ['message', 'msg', 'body', '@m', '@mt', 'text', 'event', 'log', 'short_message'],
  timestamp: [
    '@timestamp', 'timestamp', 'time', 'ts', 'timeUnixNano', '@t', 'datetime', 'date', 'eventTime',
    'observedTimeUnixNano', 'asctime', 'time_local', 'created',
  ],
};

/** Objects whose own keys are matched directly, not only by their dotted path. */
export const CONTAINER_FIELDS: ReadonlySet<string> = new Set([
  'labels', 'attributes', 'resource', 'resource.attributes', 'mdc', 'context', 'fields', 'extra',
  'tags', 'ctx', 'kubernetes', 'properties', 'Properties',
]);
