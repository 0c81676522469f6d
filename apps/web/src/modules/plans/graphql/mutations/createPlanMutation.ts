import { graphql } from '../../../../gql';

export const CREATE_PLAN_MUTATION = graphql(`
  mutation CreatePlan($input: CreatePlanInput!) {
    createPlan(input: $input) {
      ...PlanFields
    }
  }
`);
