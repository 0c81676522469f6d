import { graphql } from '../../../../gql';

export const UPDATE_BUDGET_MUTATION = graphql(`
  mutation UpdateBudget($input: UpdateBudgetInput!) {
    updateBudget(input: $input) {
      ...BudgetFields
    }
  }
`);
