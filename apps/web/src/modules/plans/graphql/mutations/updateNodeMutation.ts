import { graphql } from '../../../../gql';

export const UPDATE_NODE_MUTATION = graphql(`
  mutation UpdateNode($input: UpdateNodeInput!) {
    updateNode(input: $input) {
      ...PlanNodeFields
    }
  }
`);
