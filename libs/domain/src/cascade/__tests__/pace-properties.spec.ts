import fc from 'fast-check';
import { health, HEALTH_TOLERANCE, timeElapsed } from '../..';

const DAY = 86_400_000;
const BASE = Date.UTC(2024, 0, 1);
const iso = (offset: number) => new Date(BASE + offset * DAY).toISOString().slice(0, 10);

describe('pace properties', () => {
  it('keeps time elapsed within 0–100 and never lets it run backwards', () => {
    fc.assert(
      fc.property(fc.nat(2000), fc.nat(800), fc.integer({ min: -100, max: 3000 }), fc.nat(60), (start, length, day, later) => {
        const [s, d] = [iso(start), iso(start + length)];
        const now = timeElapsed(s, d, iso(day)) as number;
        const then = timeElapsed(s, d, iso(day + later)) as number;
        return now >= 0 && now <= 100 && then >= now;
      }),
    );
  });

  it('treats leading and trailing the calendar alike', () => {
    // Rounding right at the tolerance could go either way: the edge itself is left to the scenario tests.
    const leads = fc.double({ min: -40, max: 40, noNaN: true }).filter((lead) => Math.abs(Math.abs(lead) - HEALTH_TOLERANCE) > 1e-9);
    const mirrored = { ahead: 'behind', behind: 'ahead', on_pace: 'on_pace', unknown: 'unknown' } as const;
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), leads, (elapsed, lead) => {
        const expected = Math.abs(lead) <= HEALTH_TOLERANCE ? 'on_pace' : lead > 0 ? 'ahead' : 'behind';
        return health(elapsed + lead, elapsed) === expected && health(elapsed - lead, elapsed) === mirrored[expected];
      }),
    );
  });
});
