import { graphql } from '../../../../gql';

export const BUDGET_QUERY = graphql(`
  query Budget($planId: ID!) {
    budget(planId: $planId) {
      ...BudgetFields
    }
  }
`);
