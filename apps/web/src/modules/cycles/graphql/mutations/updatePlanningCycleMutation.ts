import { graphql } from '../../../../gql';

export const UPDATE_PLANNING_CYCLE_MUTATION = graphql(`
  mutation UpdatePlanningCycle($input: UpdatePlanningCycleInput!) {
    updatePlanningCycle(input: $input) {
      ...PlanningCycleFields
    }
  }
`);
