import { graphql } from '../../../../gql';

export const NODE_DETAILS_QUERY = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      ...PlanNodeFields
      budgetCostEstimate
    }
    checkIns(nodeId: $id) {
      ...CheckInFields
    }
    comments(nodeId: $id) {
      ...CommentFields
    }
  }
`);
