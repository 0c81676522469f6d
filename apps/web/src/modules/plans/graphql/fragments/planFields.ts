import { graphql } from '../../../../gql';

export const PLAN_FIELDS = graphql(`
  fragment PlanFields on Plan {
    id
    year
    name
    status
    progress
    version
  }
`);
