import { graphql } from '../../../../gql';

export const UPDATE_PLAN_STATUS_MUTATION = graphql(`
  mutation UpdatePlanStatus($input: UpdatePlanStatusInput!) {
    updatePlanStatus(input: $input) {
      ...PlanFields
    }
  }
`);
