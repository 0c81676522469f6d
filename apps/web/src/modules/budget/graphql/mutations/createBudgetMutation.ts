import { graphql } from '../../../../gql';

export const CREATE_BUDGET_MUTATION = graphql(`
  mutation CreateBudget($input: CreateBudgetInput!) {
    createBudget(input: $input) {
      ...BudgetFields
    }
  }
`);
