import { graphql } from '../../../../gql';

/** What the "target from budget" choice needs of the plan's budget: whether there is one, and its years. */
export const NODE_BUDGET_HORIZON_QUERY = graphql(`
  query NodeBudgetHorizon($planId: ID!) {
    budget(planId: $planId) {
      id
      startMonth
      horizonMonths
    }
  }
`);
