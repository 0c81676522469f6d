import fc from 'fast-check';
import { DIMENSIONS, rollUp, rollUpAlongPath, RollUpNode, STATUSES } from '../..';

/** Random trees: node i hangs under an earlier node (or is a root). */
const trees = fc
  .array(
    fc.record({
      parentPick: fc.nat(),
      root: fc.boolean(),
      weight: fc.integer({ min: 0, max: 5 }),
      progress: fc.integer({ min: 0, max: 100 }),
      status: fc.constantFrom(...STATUSES),
      dimension: fc.constantFrom(...DIMENSIONS),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((specs) =>
    specs.map(
      (s, i): RollUpNode => ({
        id: `n${i}`,
        parentId: i === 0 || s.root ? null : `n${s.parentPick % i}`,
        weight: s.weight,
        status: s.status,
        ownProgress: s.progress,
        dimension: s.dimension,
      }),
    ),
  );

const update = fc.record({
  pick: fc.nat(),
  progress: fc.integer({ min: 0, max: 100 }),
  weight: fc.integer({ min: 0, max: 5 }),
  status: fc.constantFrom(...STATUSES),
});

describe('roll-up properties', () => {
  it('keeps every parent within its children’s range', () => {
    fc.assert(
      fc.property(trees, (nodes) => {
        const progress = rollUp(nodes);
        for (const n of nodes) {
          const value = progress.get(n.id) as number;
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('stays equal to a full recomputation after any sequence of updates applied along the changed path', () => {
    fc.assert(
      fc.property(trees, fc.array(update, { maxLength: 30 }), (initial, updates) => {
        let nodes = initial;
        let stored = rollUp(nodes);
        for (const u of updates) {
          const target = nodes[u.pick % nodes.length];
          nodes = nodes.map((n) => (n.id === target.id ? { ...n, ownProgress: u.progress, weight: u.weight, status: u.status } : n));
          // a weight or status change alters the parent's average, so the path starts at the parent too
          stored = rollUpAlongPath(nodes, stored, target.id);
        }
        const fresh = rollUp(nodes);
        for (const n of nodes) expect(stored.get(n.id)).toBeCloseTo(fresh.get(n.id) as number, 9);
      }),
    );
  });
});
