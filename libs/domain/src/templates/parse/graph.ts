/** An edge from one item to another (a parent, a dependency), with the JSON path that states it. */
export interface Edge {
  from: string;
  to: string;
  path: string;
}

/**
 * The edges that close a cycle, one per cycle found (depth-first: an edge
 * back to an item still being visited). Edges to unknown items are ignored;
 * they are reported where they are read.
 */
export function cycleEdges(keys: readonly string[], edges: readonly Edge[]): Edge[] {
  const out = new Map<string, Edge[]>(keys.map((k) => [k, []]));
  for (const edge of edges) if (out.has(edge.to)) out.get(edge.from)?.push(edge);
  const state = new Map<string, 'visiting' | 'done'>();
  const closing: Edge[] = [];
  const visit = (key: string) => {
    state.set(key, 'visiting');
    for (const edge of out.get(key) ?? []) {
      const s = state.get(edge.to);
      if (s === 'visiting') closing.push(edge);
      else if (s === undefined) visit(edge.to);
    }
    state.set(key, 'done');
  };
  for (const key of keys) if (!state.has(key)) visit(key);
  return closing;
}
