import { graphql } from '../../../../gql';

/** The cycle's removed stages, for restoring; only those who lay out stages ask. */
export const DELETED_STAGES_QUERY = graphql(`
  query DeletedCycleStages($id: ID!) {
    planningCycle(id: $id) {
      id
      deletedStages {
        id
        key
        name
        startDate
        dueDate
        deletedAt
      }
    }
  }
`);
