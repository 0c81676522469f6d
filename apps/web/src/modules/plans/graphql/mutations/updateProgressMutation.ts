import { graphql } from '../../../../gql';

export const UPDATE_PROGRESS_MUTATION = graphql(`
  mutation UpdateProgress($input: UpdateProgressInput!) {
    updateProgress(input: $input) {
      ...PlanNodeFields
    }
  }
`);
