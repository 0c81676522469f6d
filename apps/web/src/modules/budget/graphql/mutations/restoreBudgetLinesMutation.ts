import { graphql } from '../../../../gql';

export const RESTORE_BUDGET_LINES_MUTATION = graphql(`
  mutation RestoreBudgetLines($budgetId: ID!, $batchId: ID!) {
    restoreBudgetLines(budgetId: $budgetId, batchId: $batchId) {
      ...BudgetFields
    }
  }
`);
