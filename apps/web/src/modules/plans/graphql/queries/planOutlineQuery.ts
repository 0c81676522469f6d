import { graphql } from '../../../../gql';

export const PLAN_OUTLINE_QUERY = graphql(`
  query PlanOutline($planId: ID!, $depth: Int!, $fitWithin: Int) {
    planOutline(planId: $planId, depth: $depth, fitWithin: $fitWithin) {
      ...PlanNodeRowFields
    }
  }
`);
