import { describe, expect, it } from 'vitest';
import { sortMyWork } from '../sortMyWork';

describe('my work order', () => {
  it('puts overdue work first, then the nearest due date, undated last', () => {
    const items = [
      { title: 'undated', overdue: false, dueDate: null },
      { title: 'next month', overdue: false, dueDate: '2026-02-01' },
      { title: 'late', overdue: true, dueDate: '2025-12-01' },
      { title: 'tomorrow', overdue: false, dueDate: '2026-01-02' },
      { title: 'very late', overdue: true, dueDate: '2025-11-01' },
    ];
    expect(sortMyWork(items).map((item) => item.title)).toEqual(['very late', 'late', 'tomorrow', 'next month', 'undated']);
  });
});
