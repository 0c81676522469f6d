import { graphql } from '../../../../gql';

export const DELETE_NODE_MUTATION = graphql(`
  mutation DeleteNode($input: DeleteNodeInput!) {
    deleteNode(input: $input) {
      id
      title
      parentId
      version
    }
  }
`);
