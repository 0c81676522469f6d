import { graphql } from '../../../../gql';

export const CREATE_PLANNING_CYCLE_MUTATION = graphql(`
  mutation CreatePlanningCycle($input: CreatePlanningCycleInput!) {
    createPlanningCycle(input: $input) {
      ...PlanningCycleFields
    }
  }
`);
