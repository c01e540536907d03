/**
 * The service a log file belongs to when its lines do not say: the file name without
 * extensions and without a trailing version, date or rotation number
 * (`orders-service-2.4.1.log.gz` -> `orders-service`, `HDFS_2k.log` -> `HDFS`).
 */
import { basename } from 'node:path';

export function serviceFromFileName(path: string): string {
  let name = basename(path);
  name = name.replace(/(\.(gz|log|jsonl|ndjson|json|txt|csv|out|\d+))+$/i, '');
  const stripped = name.replace(/([-_.](v?\d[\w.]*|\d+k|\d{4}-\d{2}(-\d{2})?|\d{8}))+$/i, '');
  return stripped || name || 'unknown';
}
