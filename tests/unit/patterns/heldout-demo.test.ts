/**
 * The miner on logs it was not developed on: the demo services' templates, written
 * independently of the masking rules. Grouping must hold up there too; the template text
 * is not asserted, because the demo writes `ord-123` as one variable where the miner (in
 * the Loghub convention) keeps the constant prefix `ord-<*>`.
 */
import { describe, expect, it } from 'vitest';
import { heldOutDemoScores } from '../../../bench/patterns-heldout.ts';

describe('signature mining on held-out templates', () => {
  it('groups each demo service’s lines by the template that made them (GA ≥ 0.9)', () => {
    const scores = heldOutDemoScores(11);
    expect(scores.map((s) => s.service)).toEqual(
      expect.arrayContaining(['orders-service', 'billing-worker', 'auth-service']),
    );
    for (const s of scores) expect(s.ga, s.service).toBeGreaterThanOrEqual(0.9);
  });
});
