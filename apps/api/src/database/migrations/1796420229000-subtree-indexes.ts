import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Subtree lookups that row-level security lets PostgreSQL serve from an
 * index. Array containment (`ancestor_ids @> ARRAY[x]`) is not LEAKPROOF, so
 * under RLS the planner may not use the GIN index for it and scanned every
 * node of the organisation instead. Equality on one array element is: one
 * expression index per ancestor position (a node has at most four).
 */
export class SubtreeIndexes1796420229000 implements MigrationInterface {
  name = 'SubtreeIndexes1796420229000';

  async up(q: QueryRunner): Promise<void> {
    for (const i of [1, 2, 3, 4]) {
      await q.query(`CREATE INDEX plan_nodes_ancestor_${i}_idx ON plan_nodes ((ancestor_ids[${i}])) WHERE ancestor_ids[${i}] IS NOT NULL`);
    }
    await q.query(`DROP INDEX plan_nodes_ancestor_ids_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX plan_nodes_ancestor_ids_idx ON plan_nodes USING gin (ancestor_ids)`);
    for (const i of [1, 2, 3, 4]) await q.query(`DROP INDEX plan_nodes_ancestor_${i}_idx`);
  }
}
