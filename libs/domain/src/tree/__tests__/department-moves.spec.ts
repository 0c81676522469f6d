import fc from 'fast-check';
import { descendantsOf, wouldCreateCycle } from '../..';

// President's office ─ Sales center ─ East region
//                   └ Finance center
const chart = new Map<string, string | null>([
  ['president', null],
  ['sales', 'president'],
  ['east', 'sales'],
  ['finance', 'president'],
]);

describe('moving a department in the organisation chart', () => {
  it('allows a move to a sibling branch', () => {
    expect(wouldCreateCycle(chart, 'east', 'finance')).toBe(false);
  });

  it('allows a move to the top level', () => {
    expect(wouldCreateCycle(chart, 'sales', null)).toBe(false);
  });

  it('refuses making a department its own parent', () => {
    expect(wouldCreateCycle(chart, 'sales', 'sales')).toBe(true);
  });

  it('refuses moving a department under its own descendant', () => {
    expect(wouldCreateCycle(chart, 'president', 'east')).toBe(true);
  });

  it('lists the whole subtree that a deletion takes with it', () => {
    expect(descendantsOf(chart, 'president').sort()).toEqual(['east', 'finance', 'sales']);
    expect(descendantsOf(chart, 'east')).toEqual([]);
  });

  it('never accepts a move that would make any node its own ancestor', () => {
    // random forests: node i's parent is a node with a smaller index, or none
    const forest = fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((picks) => {
      const links = new Map<string, string | null>();
      picks.forEach((p, i) => links.set(`n${i}`, i === 0 || p % 3 === 0 ? null : `n${p % i}`));
      return links;
    });
    fc.assert(
      fc.property(forest, fc.nat(), fc.nat(), (links, a, b) => {
        const ids = [...links.keys()];
        const node = ids[a % ids.length];
        const parent = ids[b % ids.length];
        const cycle = wouldCreateCycle(links, node, parent);
        expect(cycle).toBe(node === parent || descendantsOf(links, node).includes(parent));
      }),
    );
  });
});
