import { describe, expect, it } from 'vitest';
import { buildOutlineTree, filterTree, mergeNodes, treeIds } from '../outlineTree';
import type { OutlineRow } from '../outlineTree';

interface Node {
  id: string;
  parentId: string | null;
  sortOrder: number;
  childCount: number;
  level: string;
}

const node = (id: string, parentId: string | null, level: string, sortOrder = 0, childCount = 0): Node => ({
  id,
  parentId,
  sortOrder,
  childCount,
  level,
});

const shape = (rows: OutlineRow<Node>[]): unknown =>
  rows.map((row) => (row.children ? { [row.id]: shape(row.children) } : row.id));

describe('outline tree from the flat planOutline list', () => {
  it('nests by parentId and orders siblings by sortOrder, whatever the list order', () => {
    const tree = buildOutlineTree([
      node('o2', 's1', 'objective', 2, 0),
      node('p1', 'o1', 'project', 0, 0),
      node('s1', null, 'strategy', 0, 2),
      node('o1', 's1', 'objective', 1, 1),
    ]);
    expect(shape(tree)).toEqual([{ s1: [{ o1: ['p1'] }, 'o2'] }]);
  });

  it('hangs an activity directly under a project beside its tasks', () => {
    const tree = buildOutlineTree([
      node('s1', null, 'strategy'),
      node('o1', 's1', 'objective'),
      node('p1', 'o1', 'project'),
      node('t1', 'p1', 'task', 0),
      node('a1', 'p1', 'activity', 1),
      node('a2', 't1', 'activity'),
    ]);
    expect(shape(tree)).toEqual([{ s1: [{ o1: [{ p1: [{ t1: ['a2'] }, 'a1'] }] }] }]);
  });

  it('ignores orphans and everything below them', () => {
    const tree = buildOutlineTree([node('s1', null, 'strategy'), node('t9', 'gone', 'task'), node('a9', 't9', 'activity')]);
    expect(treeIds(tree)).toEqual(['s1']);
  });

  it('offers to expand a node whose children are not loaded yet, and not a real leaf', () => {
    const [project, leaf] = buildOutlineTree([node('p1', null, 'project', 0, 3), node('p2', null, 'project', 1, 0)]);
    expect(project.children).toEqual([]);
    expect(leaf.children).toBeUndefined();
  });

  it('lets a later list (a freshly loaded subtree) replace older copies of a node', () => {
    const merged = mergeNodes([node('p1', null, 'project', 0, 1)], [node('p1', null, 'project', 5, 1), node('t1', 'p1', 'task')]);
    expect(merged.map((n) => [n.id, n.sortOrder])).toEqual([
      ['p1', 5],
      ['t1', 0],
    ]);
    expect(shape(buildOutlineTree(merged))).toEqual([{ p1: ['t1'] }]);
  });
});

describe('filtering the tree', () => {
  const tree = buildOutlineTree([
    node('s1', null, 'strategy'),
    node('o1', 's1', 'objective', 0),
    node('o2', 's1', 'objective', 1),
    node('p1', 'o1', 'project'),
  ]);

  it('keeps matches with the path that leads to them', () => {
    expect(shape(filterTree(tree, (row) => row.id === 'p1'))).toEqual([{ s1: [{ o1: ['p1'] }] }]);
  });

  it('drops branches without a match', () => {
    expect(filterTree(tree, () => false)).toEqual([]);
  });
});
