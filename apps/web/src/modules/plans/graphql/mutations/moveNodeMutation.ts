import { graphql } from '../../../../gql';

export const MOVE_NODE_MUTATION = graphql(`
  mutation MoveNode($input: MoveNodeInput!) {
    moveNode(input: $input) {
      ...PlanNodeFields
    }
  }
`);
