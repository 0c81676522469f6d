import { graphql } from '../../../../gql';

export const NODE_SUBTREE_QUERY = graphql(`
  query NodeSubtree($id: ID!) {
    nodeSubtree(id: $id) {
      ...PlanNodeRowFields
    }
  }
`);
