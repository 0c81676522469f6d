/** The fields of the whole node (PlanNodeFields) that the drawer's edit form and checklist start from and a list row does not read. */
interface FormStart {
  version: number;
  description: string | null;
  weight: number;
  dimension: string;
  dimensionInherited: boolean;
  dependsOn: readonly string[];
  checklist: readonly { text: string; done: boolean }[];
}

/**
 * A React key for the drawer's edit form and checklist. A list read refreshes
 * a cached node's version and row fields but leaves the rest as the last full
 * read left them, so the drawer can first show a newer version with an older
 * description. Keyed by the version alone, a form that started from that older
 * text would keep it when the drawer's own read corrects it, and saving would
 * send it back. Keyed by what it starts from, the form starts again.
 */
export function formsKey(node: FormStart): string {
  const start = [node.description, node.weight, node.dimension, node.dimensionInherited, node.dependsOn, node.checklist.map((item) => [item.text, item.done])];
  return `${node.version}-${digest(JSON.stringify(start))}`;
}

/** FNV-1a: a short, stable digest, so a 20,000-character description does not become the key itself. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
