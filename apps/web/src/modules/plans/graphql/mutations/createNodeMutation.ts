import { graphql } from '../../../../gql';

export const CREATE_NODE_MUTATION = graphql(`
  mutation CreateNode($input: CreateNodeInput!) {
    createNode(input: $input) {
      ...PlanNodeFields
    }
  }
`);
