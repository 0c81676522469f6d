import { graphql } from '../../../../gql';

export const BUDGET_TO_DATE_QUERY = graphql(`
  query BudgetToDate($planId: ID!) {
    budgetToDate(planId: $planId) {
      budgetId
      currency
      fromMonth
      throughMonth
      revenue {
        actual
        responsibility
        stretch
      }
      costs {
        actual
        responsibility
        stretch
      }
    }
  }
`);
