import fc from 'fast-check';
import { applyNodeDiff, diffVersions, isEmptyDiff, SnapshotNode } from '../..';

const IDS = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8'];
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const kpi = fc.record({
  name: fc.constantFrom('Market share', 'Revenue'),
  unit: orNull(fc.constantFrom('%', 'CNY')),
  direction: fc.constantFrom('higher_is_better' as const, 'lower_is_better' as const),
  baseline: fc.constantFrom('0', '12.5', '100'),
  target: fc.constantFrom('40', '12.5', '250'),
});

const node = (id: string): fc.Arbitrary<SnapshotNode> =>
  fc.record({
    id: fc.constant(id),
    parentId: orNull(fc.constantFrom(...IDS)),
    level: fc.constantFrom('strategy' as const, 'objective' as const, 'project' as const),
    title: fc.constantFrom('Grow', 'Cut costs', 'Open stores'),
    ownerId: orNull(fc.constantFrom('m1', 'm2')),
    departmentId: orNull(fc.constantFrom('d1', 'd2')),
    startDate: orNull(fc.constantFrom('2031-01-01', '2031-04-01')),
    dueDate: orNull(fc.constantFrom('2031-06-30', '2031-12-31')),
    weight: fc.constantFrom('1', '2', '0.5'),
    status: fc.constantFrom('not_started' as const, 'on_track' as const, 'cancelled' as const),
    kpi: orNull(kpi),
    dimension: fc.constantFrom('organisation' as const, 'production' as const, 'marketing' as const),
    recurrence: orNull(fc.constantFrom('weekly' as const, 'monthly' as const)),
    dependsOn: fc.subarray(IDS.filter((other) => other !== id)),
    checklist: fc.subarray(['Draft', 'Review, then sign', 'Send "final"']),
  });

/** A version's nodes: a subset of the ids, each with arbitrary fields. */
const nodes = fc.subarray(IDS).chain((ids) => fc.tuple(...ids.map(node)) as fc.Arbitrary<SnapshotNode[]>);
const byId = (list: SnapshotNode[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

describe('comparing plan versions (properties)', () => {
  it('finds nothing between a version and itself', () => {
    fc.assert(fc.property(nodes, (a) => isEmptyDiff(diffVersions({ nodes: a }, { nodes: a }))));
  });

  it('turns one version into the other when its diff is applied', () => {
    fc.assert(
      fc.property(nodes, nodes, (a, b) => {
        const diff = diffVersions({ nodes: a, budget: null, headcount: null }, { nodes: b });
        expect(byId(applyNodeDiff(a, diff))).toEqual(byId(b));
      }),
    );
  });

  it('counts every node of either version exactly once as added, removed, changed or unchanged', () => {
    fc.assert(
      fc.property(nodes, nodes, (a, b) => {
        const { summary } = diffVersions({ nodes: a }, { nodes: b });
        const common = a.filter((n) => b.some((m) => m.id === n.id)).length;
        return summary.nodesAdded === b.length - common && summary.nodesRemoved === a.length - common && summary.nodesChanged <= common;
      }),
    );
  });
});
