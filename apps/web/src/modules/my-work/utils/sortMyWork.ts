interface WorkItem {
  overdue: boolean;
  /** YYYY-MM-DD; compares correctly as text. */
  dueDate: string | null;
  title: string;
}

/** Overdue first, then the nearest due date; undated work last. The API sends this order too; the client keeps it after refreshes. */
export function sortMyWork<T extends WorkItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null) return 1;
      if (b.dueDate === null) return -1;
      return a.dueDate < b.dueDate ? -1 : 1;
    }
    return a.title.localeCompare(b.title);
  });
}
