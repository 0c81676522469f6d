import type { Level, PlanBlueprint } from '@opsplan/domain';

export interface PreviewTreeNode {
  key: string;
  title: string;
  level: Level;
  children: PreviewTreeNode[];
}

const TOP_LEVELS: readonly Level[] = ['strategy', 'objective', 'project'];

/** The blueprint's top of the cascade (strategy → objectives → projects) as a tree; nodes come parents first. */
export function previewTree(blueprint: PlanBlueprint, levels: readonly Level[] = TOP_LEVELS): PreviewTreeNode[] {
  const byKey = new Map<string, PreviewTreeNode>();
  const roots: PreviewTreeNode[] = [];
  for (const node of blueprint.nodes) {
    if (!levels.includes(node.level)) continue;
    const item: PreviewTreeNode = { key: node.key, title: node.title, level: node.level, children: [] };
    byKey.set(node.key, item);
    const parent = node.parentKey === null ? undefined : byKey.get(node.parentKey);
    if (parent) parent.children.push(item);
    else if (node.parentKey === null) roots.push(item);
  }
  return roots;
}
