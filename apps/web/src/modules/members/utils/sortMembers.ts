interface SortableMember {
  active: boolean;
  user: { displayName: string };
}

/** Active members first, each group by name in the reader's collation (拼音 for Chinese names). */
export function sortMembers<M extends SortableMember>(members: readonly M[], locale?: string): M[] {
  const collator = new Intl.Collator(locale);
  return [...members].sort(
    (a, b) => Number(b.active) - Number(a.active) || collator.compare(a.user.displayName, b.user.displayName),
  );
}
