import { WeightedPicker } from '../prng.ts';
import { compile, fill } from '../template.ts';
import type { Template } from '../template.ts';
import { isoMs } from '../time.ts';
import type { ServiceFormat } from './service.ts';
import { weekStart } from './service.ts';

/** Infra hosts: RFC 5424 syslog from kernel, systemd and friends; no tenant anywhere. */
const MESSAGES: [string, string][] = [
  ['systemd', 'I Started Session {n} of user deploy.'],
  ['systemd', 'I Starting Daily apt download activities...'],
  ['systemd', 'I Finished Daily apt download activities.'],
  ['systemd', 'I logrotate.service: Succeeded.'],
  ['systemd', 'W node-exporter.service: Watchdog timeout, restarting.'],
  ['kernel', 'I TCP: request_sock_TCP: Possible SYN flooding on port {port}. Sending cookies.'],
  ['kernel', 'W EXT4-fs warning (device sda1): ext4_dx_add_entry: Directory index full!'],
  ['kernel', 'I eth0: link up, 10000 Mbps, full-duplex'],
  ['kernel', 'E nvme0n1: I/O error, dev nvme0n1, sector {big}'],
  ['sshd', 'I Accepted publickey for deploy from {ip} port {port} ssh2'],
  ['sshd', 'I Disconnected from user deploy {ip} port {port}'],
  ['sshd', 'W Invalid user admin from {ip} port {port}'],
  ['CRON', 'I (root) CMD (/usr/local/bin/backup.sh)'],
  ['CRON', 'I (postgres) CMD (vacuumdb --all --analyze)'],
  ['dockerd', 'I Container {hex} health status healthy'],
  ['dockerd', 'W Container {hex} health check exceeded {sec} s'],
  ['kubelet', 'I Successfully pulled image registry.local/orders:{n}'],
  ['kubelet', 'W Liveness probe failed for pod orders-{hex}'],
  ['kubelet', 'I Killing container with id {hex} for graceful shutdown'],
  ['postgres', 'I checkpoint complete: wrote {n} buffers'],
  ['postgres', 'W long running transaction {big} for {sec} s'],
  ['postgres', 'I automatic vacuum of table orders.public.orders'],
  ['haproxy', 'I backend web servers up {n}'],
  ['chronyd', 'I Selected source {ip}'],
  ['ntpd', 'W time correction of {n} ms applied'],
];
const TEMPLATES = MESSAGES.map(([app, m]) => ({ app, tpl: compile(m) }));
const PICKER = new WeightedPicker(
  TEMPLATES,
  TEMPLATES.map(
    (x, i) => ({ debug: 4, info: 10, warn: 1.5, error: 0.2 })[x.tpl.level] / Math.pow(1 + i, 0.3),
  ),
);
const SEVERITY = { debug: 7, info: 6, warn: 4, error: 3 } as const;
const NO_CTX = { tenant: '', user: '', requestId: '' };
const PIDS: Record<string, number> = {};

function syslog(host: string, t: number, app: string, tpl: Template, msg: string): string {
  // facility: kernel 0, daemons 3; PRI = facility * 8 + severity.
  const pri = (app === 'kernel' ? 0 : 3) * 8 + SEVERITY[tpl.level];
  const pid = app === 'kernel' ? '-' : String((PIDS[app] ??= 400 + app.length * 97));
  return `<${pri}>1 ${isoMs(t)} ${host} ${app} ${pid} - - ${msg}`;
}

export const infra: ServiceFormat = {
  name: 'infra',
  gzip: true,
  templates: TEMPLATES.map((x) => x.tpl),
  fileName: (t) => `infra-${weekStart(t)}.log.gz`,
  background(rng, ctx, out) {
    const x = PICKER.pick(rng);
    out.push(syslog(ctx.host, ctx.t, x.app, x.tpl, fill(x.tpl, rng, NO_CTX)));
  },
  incident(rng, ctx, spec, out) {
    const app = spec.logger ?? 'kernel';
    out.push(syslog(ctx.host, ctx.t, app, spec.template, fill(spec.template, rng, NO_CTX)));
  },
};
