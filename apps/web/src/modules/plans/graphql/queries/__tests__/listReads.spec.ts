import { Kind } from 'graphql';
import type { DocumentNode, FragmentDefinitionNode, SelectionSetNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MY_WORK_QUERY } from '../../../../my-work/graphql/queries/myWorkQuery';
import { NODE_DETAILS_QUERY } from '../nodeDetailsQuery';
import { NODE_SUBTREE_QUERY } from '../nodeSubtreeQuery';
import { PLAN_OUTLINE_QUERY } from '../planOutlineQuery';

/** Every field path a document selects, fragments spread in place: "planOutline.kpi.target". */
function selectedPaths(document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const paths: string[] = [];
  const visit = (selectionSet: SelectionSetNode, prefix: string) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const path = `${prefix}${selection.name.value}`;
        paths.push(path);
        if (selection.selectionSet) visit(selection.selectionSet, `${path}.`);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, prefix);
      } else {
        visit(selection.selectionSet, prefix);
      }
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) visit(definition.selectionSet, '');
  }
  return [...new Set(paths)];
}

/** What only the drawer shows: a description alone may run to 20,000 characters a node. */
const DRAWER_ONLY = [
  'description',
  'weight',
  'dimension',
  'dimensionInherited',
  'dependsOn',
  'checklist.text',
  'kpi.baseline',
  'kpi.direction',
  'kpi.progress',
  'kpi.targetSource.scenario',
  'kpi.targetSource.period',
];

const drawerOnlyIn = (document: DocumentNode, root: string) => {
  const paths = selectedPaths(document);
  return DRAWER_ONLY.filter((field) => paths.includes(`${root}.${field}`));
};

describe('the list reads of plan nodes', () => {
  it.each([
    ['PlanOutline', PLAN_OUTLINE_QUERY, 'planOutline'],
    ['NodeSubtree', NODE_SUBTREE_QUERY, 'nodeSubtree'],
    ['MyWork', MY_WORK_QUERY, 'myWork'],
  ] as const)('%s leaves out what only the drawer shows', (_, document, root) => {
    expect(drawerOnlyIn(document, root)).toEqual([]);
    // …but reads what a row writes from: the version, and the figures its editors start from.
    expect(selectedPaths(document)).toEqual(expect.arrayContaining([`${root}.version`, `${root}.ownProgress`, `${root}.kpi.actual`, `${root}.checklist.done`]));
  });

  it('NodeDetails reads the whole node for the drawer', () => {
    expect(drawerOnlyIn(NODE_DETAILS_QUERY, 'node')).toEqual(DRAWER_ONLY);
  });
});
