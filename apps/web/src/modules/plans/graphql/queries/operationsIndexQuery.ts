import { graphql } from '../../../../gql';

export const OPERATIONS_INDEX_QUERY = graphql(`
  query OperationsIndex($planId: ID!, $nodeId: ID) {
    operationsIndex(planId: $planId, nodeId: $nodeId) {
      index
      progress
      weakest
      dimensions {
        dimension
        progress
      }
    }
  }
`);
