import { InMemoryCache } from '@apollo/client';
import type { FieldMergeFunction } from '@apollo/client';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Audit log pages arrive one cursor at a time; a request with `after`
 * continues the list the cache already holds, one without starts over.
 */
export function mergeCursorPages<T>(existing: Page<T> | undefined, incoming: Page<T>, after: unknown): Page<T> {
  if (!existing || typeof after !== 'string' || after.length === 0) return incoming;
  return { ...incoming, items: [...existing.items, ...incoming.items] };
}

const mergeAuditLog: FieldMergeFunction<Page<unknown>, Page<unknown>> = (existing, incoming, { args }) =>
  mergeCursorPages(existing, incoming, args?.['after']);

interface CachedChecklistItem {
  text?: string;
  done: boolean;
}

/**
 * A list reads a node's checklist ticks without their texts. While the ticks
 * are those of the list the drawer read, that list (with its texts) stays; a
 * list ticked otherwise has changed, so it is replaced and the drawer, finding
 * the texts missing, reads the node again rather than show old ones.
 */
export function mergeChecklist(existing: readonly CachedChecklistItem[] | undefined, incoming: readonly CachedChecklistItem[]): readonly CachedChecklistItem[] {
  const ticksOnly = incoming.some((item) => item.text === undefined);
  if (!existing || !ticksOnly) return incoming;
  const sameTicks = existing.length === incoming.length && existing.every((item, i) => item.done === incoming[i].done);
  return sameTicks ? existing : incoming;
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // One viewer per session: merge its fields instead of replacing the object.
      Viewer: { merge: true },
      PlanNode: { fields: { checklist: { merge: mergeChecklist } } },
      // A node's KPI has no id: a list's lean copy (name, unit, target, actual, the target's measure)
      // merges into the drawer's whole one instead of replacing it.
      Kpi: { merge: true },
      KpiTargetSource: { merge: true },
      Query: {
        fields: {
          auditLog: { keyArgs: ['entity'], merge: mergeAuditLog },
          // Lists come back whole: the new answer replaces the old one.
          members: { merge: false },
          departments: { merge: false },
          invitations: { merge: false },
        },
      },
    },
  });
}
