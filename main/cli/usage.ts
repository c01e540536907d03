/** One line of usage per command, shared by `--help` and usage errors. */
export const importUsage =
  'caseline import --out W [--logs PATH ...] [--log-format FMT] [--tickets PATH ...]\n' +
  '                [--customers FILE] [--customer-map k=col,...] [--kb PATH ...]\n' +
  '                [--releases FILE] [--config FILE] [--no-redact] [--json]';

export const demoUsage =
  'caseline demo [--out DIR] [--seed N] [--customers N] [--days N] [--events N] [--json]';

export const summaryUsage = 'caseline summary W [--json]';

export const patternsUsage = 'caseline patterns FILE [--log-format FMT] [--out CSV] [--json]';

export const serveUsage = 'caseline serve W [--port N]';
