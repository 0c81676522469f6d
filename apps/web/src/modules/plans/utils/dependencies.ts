import type { Level, NodeStatus } from '@opsplan/domain';

/** A node the client has loaded, as far as naming a dependency needs it. */
export interface KnownNode {
  id: string;
  title?: string;
  level?: Level;
  status?: NodeStatus;
}

/** A dependency as shown: its title and status when the node is loaded, null for both when it is not. */
export interface DependencyRow {
  id: string;
  title: string | null;
  status: NodeStatus | null;
}

export function dependencyRows(dependsOn: readonly string[], byId: ReadonlyMap<string, KnownNode>): DependencyRow[] {
  return dependsOn.map((id) => {
    const node = byId.get(id);
    return { id, title: node?.title ?? null, status: node?.status ?? null };
  });
}

/**
 * The dependencies still to finish: loaded ones neither done nor cancelled
 * (a cancelled one will never finish, so nothing waits on it). Those not
 * loaded are not counted, as their status is unknown here.
 */
export function waitingOn(rows: readonly DependencyRow[]): number {
  return rows.filter((row) => row.status !== null && row.status !== 'done' && row.status !== 'cancelled').length;
}

export interface DependencyChoice {
  value: string;
  label: string;
  level?: Level;
}

/**
 * What a node may be made to depend on, from the loaded nodes of its plan:
 * every one but itself (the API refuses cycles). Chosen ids that are not
 * loaded stay choosable under `notLoaded`, so saving keeps them.
 */
export function dependencyChoices(nodeId: string, nodes: Iterable<KnownNode>, chosen: readonly string[], notLoaded: string): DependencyChoice[] {
  const choices: DependencyChoice[] = [];
  const seen = new Set<string>();
  for (const node of nodes) {
    if (node.id === nodeId || seen.has(node.id) || node.title === undefined) continue;
    seen.add(node.id);
    choices.push({ value: node.id, label: node.title, level: node.level });
  }
  for (const id of chosen) if (!seen.has(id)) choices.push({ value: id, label: notLoaded });
  return choices;
}
