import { graphql } from '../../../../gql';

export const PLANNING_CYCLE_QUERY = graphql(`
  query PlanningCycle($id: ID!) {
    planningCycle(id: $id) {
      ...PlanningCycleFields
    }
  }
`);
