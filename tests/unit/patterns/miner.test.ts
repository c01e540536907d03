import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSignatureMiner, type MinedSignatures } from '../../../core/patterns/miner.ts';
import { signatureId, templateCovers } from '../../../core/patterns/signature-id.ts';

/** Mines lines and returns, per line, its final signature id and template. */
function mine(lines: readonly string[], service: string | null = 'api') {
  const miner = createSignatureMiner();
  const keys = lines.map((l) => miner.add(l, service));
  const mined = miner.finish();
  const byKey = new Map(mined.clusters.map((c) => [c.key, c]));
  return {
    mined,
    ids: keys.map((k) => byKey.get(k)!.signatureId),
    templates: keys.map((k) => byKey.get(k)!.template),
  };
}

const v1 = [
  'Receiving block blk_-1608999687919862906 src: /10.250.19.102:54106 dest: /10.250.19.102:50010',
  'Receiving block blk_7503483334202473044 src: /10.251.215.16:55695 dest: /10.251.215.16:50010',
  'PacketResponder 1 for block blk_38865049064139660 terminating',
  'PacketResponder 0 for block blk_-6952295868487656571 terminating',
  'Deleting block blk_-8102263396219233329 file /mnt/hadoop/dfs/data/current/subdir51/blk_-81022',
  'Verification succeeded for blk_-4980916519894289629',
  'Login failed for user alice from 10.0.0.7 reason=bad-password',
  'Login failed for user bob from 10.0.0.9 reason=bad-password',
  'Login failed for user carol from 10.0.0.5 reason=bad-password',
  'Login failed for user dave from 10.0.0.3 reason=bad-password',
  'Upload rejected for tenant acme: quota exceeded',
  'Cache warmed in 120ms',
];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const idSet = (m: MinedSignatures): string[] =>
  [...new Set(m.clusters.map((c) => c.signatureId))].sort();

describe('signature miner', () => {
  it('groups lines of one event and reads its template', () => {
    const { ids, templates } = mine(v1);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
    expect(templates[0]).toBe('Receiving block <*> src: <*>:<*> dest: <*>:<*>');
    expect(templates[2]).toBe('PacketResponder <*> for block <*> terminating');
    expect(templates[6]).toBe('Login failed for user <*> from <*> reason=bad-password');
  });

  it('derives ids from service and template only', () => {
    const { ids, templates } = mine(v1);
    expect(ids[2]).toBe(signatureId('api', templates[2]));
    expect(ids[2]).toMatch(/^sig_[0-9a-f]{12}$/);
    expect(signatureId('api', 'a  b ')).toBe(signatureId('api', 'a b'));
    expect(signatureId('web', 'a b')).not.toBe(signatureId('api', 'a b'));
  });

  it('keeps services apart', () => {
    const miner = createSignatureMiner();
    const a = miner.add('Cache warmed in 5ms', 'api');
    const b = miner.add('Cache warmed in 9ms', 'worker');
    const clusters = miner.finish().clusters;
    expect(a).not.toBe(b);
    expect(clusters.map((c) => c.service).sort()).toEqual(['api', 'worker']);
  });

  it('mines the first line of a multi-line message that is no stack trace', () => {
    const { templates } = mine(['Job 12 done\nsecond line', 'Job 13 done\nother']);
    expect(templates).toEqual(['Job <*> done', 'Job <*> done']);
  });

  it('gives the same ids whatever the order of the lines (stable across imports)', () => {
    const first = mine(v1).mined;
    for (const seed of [1, 7, 42]) {
      expect(idSet(mine(shuffled(v1, seed)).mined)).toEqual(idSet(first));
    }
  });

  it('tells events apart by a few recurring words, not by many', () => {
    const { templates } = mine([
      ...['Paused', 'Resumed', 'Paused', 'Resumed'].map(
        (s, i) => `[instance: ${i}] VM ${s} (Lifecycle Event)`,
      ),
    ]);
    expect(new Set(templates)).toEqual(
      new Set([
        '[instance: <*>] VM Paused (Lifecycle Event)',
        '[instance: <*>] VM Resumed (Lifecycle Event)',
      ]),
    );
  });

  it('maps the ids of templates that generalized later to the new id', () => {
    // An earlier import saw one tenant hit the quota; a newer version's logs show more.
    const before = mine(v1).mined;
    const tenants = ['globex', 'initech', 'umbrella', 'hooli'];
    const newer = [...v1, ...tenants.map((t) => `Upload rejected for tenant ${t}: quota exceeded`)];
    const after = mine(newer).mined;
    const oldLogin = before.clusters.find((c) => c.template.startsWith('Upload rejected'))!;
    const newLogin = after.clusters.find((c) => c.template.startsWith('Upload rejected'))!;
    expect(oldLogin.template).toBe('Upload rejected for tenant acme: quota exceeded');
    expect(newLogin.template).toBe('Upload rejected for tenant <*>: quota exceeded');
    expect(after.aliases).toContainEqual({
      oldId: oldLogin.signatureId,
      newId: newLogin.signatureId,
    });
    expect(templateCovers(newLogin.template, oldLogin.template)).toBe(true);
    // Everything else keeps its id.
    const unchanged = idSet(before).filter((id) => id !== oldLogin.signatureId);
    expect(idSet(after)).toEqual(expect.arrayContaining(unchanged));
  });

  it('never throws, and each template matches its line with <*> as a wildcard', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 60 }), { minLength: 1, maxLength: 20 }),
        (lines) => {
          const oneLine = lines.map((l) => l.replace(/[\r\n]/g, ' '));
          const { templates } = mine(oneLine);
          oneLine.forEach((line, i) => {
            const normalized = line.split(/\s+/).filter(Boolean).join(' ');
            const pattern = templates[i]
              .split('<*>')
              .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('.*');
            expect(new RegExp(`^${pattern}$`, 's').test(normalized)).toBe(true);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
