import { graphql } from '../../../../gql';

export const PLANNING_CYCLES_QUERY = graphql(`
  query PlanningCycles {
    planningCycles {
      id
      name
      planId
      planYear
      retrospective
    }
  }
`);
