import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HLC_PATTERN, initialHlc, legacyStamp, nodeOfDevice, observe, parseHlc, serialiseHlc, tick } from './hlc';

const NODE_A = 'aaaaaaaaaaaaaaaa';
const NODE_B = 'bbbbbbbbbbbbbbbb';
const T = Date.parse('2026-12-05T14:00:00.000Z');

describe('hybrid logical clock', () => {
  it('serialises so that string order is time order, and parses back', () => {
    const a = serialiseHlc({ millis: T, counter: 15, node: NODE_A });
    expect(a).toBe('2026-12-05T14:00:00.000Z-000f-aaaaaaaaaaaaaaaa');
    expect(a).toMatch(HLC_PATTERN);
    expect(parseHlc(a)).toEqual({ millis: T, counter: 15, node: NODE_A });
    expect(serialiseHlc({ millis: T, counter: 16, node: NODE_A }) > a).toBe(true);
    expect(serialiseHlc({ millis: T + 1, counter: 0, node: NODE_A }) > a).toBe(true);
  });

  it('never goes backwards when the wall clock is moved back', () => {
    let clock = tick(initialHlc(NODE_A), T);
    const first = serialiseHlc(clock);
    clock = tick(clock, T - 86_400_000); // the clock was set back a day
    const second = serialiseHlc(clock);
    expect(second > first).toBe(true);
    expect(parseHlc(second).millis).toBe(T);
  });

  it('moves past a stamp it saw, so an edit of a record from a fast PC orders after it', () => {
    const fromFastPc = serialiseHlc({ millis: T + 86_400_000, counter: 3, node: NODE_B });
    const clock = tick(observe(tick(initialHlc(NODE_A), T), fromFastPc), T + 1000);
    expect(serialiseHlc(clock) > fromFastPc).toBe(true);
  });

  it('is strictly increasing over any sequence of wall times and observed stamps', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('tick' as const), at: fc.integer({ min: T - 1e9, max: T + 1e9 }) }),
            fc.record({
              kind: fc.constant('seen' as const),
              at: fc.integer({ min: T - 1e9, max: T + 1e9 }),
              counter: fc.integer({ min: 0, max: 0xffff }),
            }),
          ),
          { maxLength: 60 },
        ),
        (steps) => {
          let clock = initialHlc(NODE_A);
          let last = '';
          for (const step of steps) {
            if (step.kind === 'seen') {
              const seen = serialiseHlc({ millis: step.at, counter: step.counter, node: NODE_B });
              clock = observe(clock, seen);
              clock = tick(clock, step.at - 5);
              expect(serialiseHlc(clock) > seen).toBe(true);
            } else clock = tick(clock, step.at);
            const s = serialiseHlc(clock);
            expect(s > last).toBe(true);
            last = s;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rolls the counter over into the next millisecond', () => {
    const clock = tick({ millis: T, counter: 0xffff, node: NODE_A }, T);
    expect(clock).toEqual({ millis: T + 1, counter: 0, node: NODE_A });
  });

  it('makes node ids from device ids and legacy stamps from instants', () => {
    expect(nodeOfDevice('9F86D081-884C-7D65-9A2F-EAA0C55AD015')).toBe('9f86d081884c7d65');
    expect(legacyStamp('2025-01-02T03:04:05.006Z')).toBe('2025-01-02T03:04:05.006Z-0000-0000000000000000');
    expect(() => parseHlc('yesterday')).toThrow();
  });
});
