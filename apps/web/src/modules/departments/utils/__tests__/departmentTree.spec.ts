import { describe, expect, it } from 'vitest';
import { buildDepartmentTree, departmentAndDescendantIds, departmentTreeOptions } from '../departmentTree';
import type { DepartmentLike, DepartmentNode } from '../departmentTree';

const dept = (id: string, name: string, parentId: string | null, sortOrder = 0): DepartmentLike => ({ id, name, parentId, sortOrder });

// 总经办 ─┬─ 财务部
//         └─ 运营部 ─┬─ 北京门店
//                   └─ 上海门店
const company = [
  dept('ops', '运营部', 'ceo', 2),
  dept('sh', '上海门店', 'ops', 2),
  dept('ceo', '总经办', null),
  dept('fin', '财务部', 'ceo', 1),
  dept('bj', '北京门店', 'ops', 1),
];

const names = (nodes: DepartmentNode<DepartmentLike>[]): unknown =>
  nodes.map((node) => (node.children ? { [node.name]: names(node.children) } : node.name));

describe('department tree', () => {
  it('nests departments under their parents in sort order', () => {
    expect(names(buildDepartmentTree(company))).toEqual([{ 总经办: ['财务部', { 运营部: ['北京门店', '上海门店'] }] }]);
  });

  it('gives leaves no children key, so the table shows no expander for them', () => {
    const [root] = buildDepartmentTree(company);
    const finance = root?.children?.find((node) => node.id === 'fin');
    expect(finance && 'children' in finance).toBe(false);
  });

  it('keeps a department whose parent is gone at the top level instead of losing it', () => {
    const tree = buildDepartmentTree([dept('a', '研发部', 'deleted-parent'), dept('b', '市场部', null)]);
    expect(names(tree)).toEqual(['市场部', '研发部']);
  });

  it('survives a parent cycle in the data', () => {
    const tree = buildDepartmentTree([dept('a', '甲', 'b'), dept('b', '乙', 'a'), dept('c', '丙', 'a')]);
    expect(names(tree)).toHaveLength(2);
    expect(names(tree)).toEqual(expect.arrayContaining([{ 甲: ['丙'] }, '乙']));
  });
});

describe('possible parents', () => {
  it('rules out the department itself and everything below it', () => {
    expect([...departmentAndDescendantIds(company, 'ops')].sort()).toEqual(['bj', 'ops', 'sh']);
    expect([...departmentAndDescendantIds(company, 'fin')]).toEqual(['fin']);
  });

  it('greys those out in the tree select', () => {
    const options = departmentTreeOptions(company, departmentAndDescendantIds(company, 'ops'));
    const ceo = options[0];
    expect(ceo?.disabled).toBeUndefined();
    const ops = ceo?.children?.find((option) => option.value === 'ops');
    expect(ops?.disabled).toBe(true);
    expect(ops?.children?.every((option) => option.disabled)).toBe(true);
  });
});
