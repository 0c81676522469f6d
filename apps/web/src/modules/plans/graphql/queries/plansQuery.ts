import { graphql } from '../../../../gql';

export const PLANS_QUERY = graphql(`
  query Plans {
    plans {
      ...PlanFields
    }
  }
`);
