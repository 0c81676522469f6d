import { graphql } from '../../../../gql';

export const PLAN_OUTLINE_QUERY = graphql(`
  query PlanOutline($planId: ID!, $depth: Int!) {
    planOutline(planId: $planId, depth: $depth) {
      ...PlanNodeFields
    }
  }
`);
