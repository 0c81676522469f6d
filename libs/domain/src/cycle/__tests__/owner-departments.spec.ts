import { matchOwnerDepartment, STAGE_KEYS, STAGE_OWNER_KINDS } from '../..';

/** A manufacturer names its departments in Chinese and English; each default stage finds its owner. */
describe('matching stage owners to a bilingual manufacturer’s departments', () => {
  const departments = [
    { id: 'president', name: '总裁办 President’s office' },
    { id: 'sales', name: '销售中心 Sales center' },
    { id: 'finance', name: '财务中心 Finance center' },
    { id: 'rnd', name: '研发中心 R&D center' },
    { id: 'procurement', name: '采购部 Procurement' },
    { id: 'manufacturing', name: '生产部 Manufacturing' },
    { id: 'hr', name: '人力资源部 HR department' },
  ];

  it('gives every default stage its department, procurement before manufacturing for supply', () => {
    expect(STAGE_KEYS.map((key) => matchOwnerDepartment(STAGE_OWNER_KINDS[key], departments)?.id)).toEqual([
      'sales',
      'finance',
      'sales',
      'rnd',
      'procurement',
      'hr',
      'finance',
      'president',
    ]);
  });

  it('matches English-only names by whole words, so "Three Rivers" is no HR department', () => {
    const english = [{ name: 'Three Rivers plant' }, { name: 'People & Culture' }, { name: 'Supply chain' }];
    expect(matchOwnerDepartment('hr', english)?.name).toBe('People & Culture');
    expect(matchOwnerDepartment('supply', english)?.name).toBe('Supply chain');
  });

  it('leaves the owner empty when nothing matches', () => {
    expect(matchOwnerDepartment('rnd', [{ name: 'Warehouse' }, { name: '仓库' }])).toBeNull();
    expect(matchOwnerDepartment('finance', [])).toBeNull();
  });
});
