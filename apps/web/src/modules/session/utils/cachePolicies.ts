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

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // One viewer per session: merge its fields instead of replacing the object.
      Viewer: { merge: true },
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
