import { graphql } from '../../../../gql';

export const RESTORE_NODE_MUTATION = graphql(`
  mutation RestoreNode($id: ID!) {
    restoreNode(id: $id) {
      ...PlanNodeFields
    }
  }
`);
