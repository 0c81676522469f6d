import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** The fields a query asks for below one field: name → the fields asked for below that one. */
export type FieldTree = ReadonlyMap<string, FieldTree>;

/**
 * What a query asks for on the object (or the items of the list) a resolver
 * returns, fragments included, as a tree. Lets a list read fetch only the
 * columns and related rows the client will see.
 */
export function selectedFieldTree(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): FieldTree {
  const tree = new Map<string, Map<string, FieldTree>>();
  // Documents are validated before they run, so fragments cannot form cycles.
  const visit = (set: SelectionSetNode | undefined, into: Map<string, Map<string, FieldTree>>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        let below = into.get(selection.name.value);
        if (!below) into.set(selection.name.value, (below = new Map()));
        visit(selection.selectionSet, below as Map<string, Map<string, FieldTree>>);
      } else if (selection.kind === 'InlineFragment') {
        visit(selection.selectionSet, into);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet, into);
      }
    }
  };
  for (const node of info.fieldNodes as readonly FieldNode[]) visit(node.selectionSet, tree);
  return tree;
}
