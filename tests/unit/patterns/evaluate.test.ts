import { describe, expect, it } from 'vitest';
import { groupingAccuracy, parsingAccuracy } from '../../../core/patterns/evaluate.ts';

describe('groupingAccuracy', () => {
  it('counts a line only when its predicted cluster equals its true cluster', () => {
    // Truth: {0,1} {2} {3}. Prediction merges 2 and 3: only lines 0 and 1 are right.
    expect(groupingAccuracy(['a', 'a', 'b', 'c'], ['x', 'x', 'y', 'y'])).toBe(0.5);
  });

  it('does not care about label names', () => {
    expect(groupingAccuracy(['a', 'a', 'b'], ['7', '7', '9'])).toBe(1);
  });

  it('penalizes a split cluster entirely', () => {
    expect(groupingAccuracy(['a', 'a', 'a', 'b'], ['x', 'x', 'z', 'y'])).toBe(0.25);
  });

  it('is 1 for no lines and rejects misaligned input', () => {
    expect(groupingAccuracy([], [])).toBe(1);
    expect(() => groupingAccuracy(['a'], [])).toThrow(RangeError);
  });
});

describe('parsingAccuracy', () => {
  it('compares templates with whitespace normalized', () => {
    expect(parsingAccuracy(['a <*>  b', 'c <*>'], [' a <*> b', 'c d'])).toBe(0.5);
  });

  it('is 1 for no lines and rejects misaligned input', () => {
    expect(parsingAccuracy([], [])).toBe(1);
    expect(() => parsingAccuracy([], ['x'])).toThrow(RangeError);
  });
});
