import { operationsIndex, rollUp, RollUpNode } from '../..';

// The source's example: the general manager's strategy "No. 1 in the industry
// within five years"; the marketing director's objective "market share 40% in
// year one"; four department projects under it.
const node = (id: string, parentId: string | null, ownProgress: number, extra: Partial<RollUpNode> = {}): RollUpNode => ({
  id,
  parentId,
  weight: 1,
  status: 'on_track',
  ownProgress,
  dimension: 'marketing',
  ...extra,
});

const plan: RollUpNode[] = [
  node('no1-in-five-years', null, 0),
  node('share-40', 'no1-in-five-years', 0),
  node('terminal-coverage', 'share-40', 80, { weight: 2 }), // 80 × 2
  node('dealer-satisfaction', 'share-40', 50), // 50 × 1
  node('product-packaging', 'share-40', 20, { dimension: 'production' }), // 20 × 1
  node('retail-price', 'share-40', 0, { status: 'cancelled' }), // left out
];

describe('the market-share cascade', () => {
  const progress = rollUp(plan);

  it('rolls the projects up into the objective by weight, leaving out the cancelled one', () => {
    // (80×2 + 50 + 20) / 4 = 57.5
    expect(progress.get('share-40')).toBeCloseTo(57.5, 10);
  });

  it('carries the objective up to the strategy', () => {
    expect(progress.get('no1-in-five-years')).toBeCloseTo(57.5, 10);
  });

  it('computes the operations index from the dimensions present only', () => {
    const ops = operationsIndex(plan, 'no1-in-five-years', progress);
    // marketing: the objective (57.5%) represents its marketing projects; production: packaging 20%.
    // organisation has no nodes: absent, not zero.
    expect(ops.dimensions).toEqual([
      { dimension: 'organisation', progress: null },
      { dimension: 'production', progress: 0.2 },
      { dimension: 'marketing', progress: 0.575 },
    ]);
    expect(ops.index).toBeCloseTo(0.2 * 0.575, 10);
    expect(ops.weakest).toBe('production');
  });

  it('counts a finished project as complete whatever progress was typed', () => {
    const done = rollUp(plan.map((n) => (n.id === 'product-packaging' ? { ...n, status: 'done' } : n)));
    // (160 + 50 + 100) / 4 = 77.5
    expect(done.get('share-40')).toBeCloseTo(77.5, 10);
  });
});
