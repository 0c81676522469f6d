import { graphql } from '../../../../gql';

export const LOCK_BUDGET_MUTATION = graphql(`
  mutation LockBudget($id: ID!, $version: Int!) {
    lockBudget(id: $id, version: $version) {
      ...BudgetFields
    }
  }
`);

export const UNLOCK_BUDGET_MUTATION = graphql(`
  mutation UnlockBudget($id: ID!, $version: Int!) {
    unlockBudget(id: $id, version: $version) {
      ...BudgetFields
    }
  }
`);
