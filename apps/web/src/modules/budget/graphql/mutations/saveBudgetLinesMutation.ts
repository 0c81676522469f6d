import { graphql } from '../../../../gql';

export const SAVE_BUDGET_LINES_MUTATION = graphql(`
  mutation SaveBudgetLines($input: SaveBudgetLinesInput!) {
    saveBudgetLines(input: $input) {
      deletionBatchId
      budget {
        ...BudgetFields
      }
    }
  }
`);
