import { graphql } from '../../../../gql';

/** Whether the stage's plan has a budget yet (for the link from the stages that work on it). */
export const STAGE_BUDGET_QUERY = graphql(`
  query StageBudget($planId: ID!) {
    budget(planId: $planId) {
      id
      planId
    }
  }
`);
