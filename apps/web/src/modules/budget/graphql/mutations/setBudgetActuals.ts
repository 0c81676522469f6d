import { graphql } from '../../../../gql';

export const SET_BUDGET_ACTUALS_MUTATION = graphql(`
  mutation SetBudgetActuals($input: SetBudgetActualsInput!) {
    setBudgetActuals(input: $input) {
      ...BudgetFields
    }
  }
`);
