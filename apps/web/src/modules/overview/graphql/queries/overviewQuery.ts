import { graphql } from '../../../../gql';

export const OVERVIEW_QUERY = graphql(`
  query Overview {
    members {
      id
      active
    }
    departments {
      id
    }
  }
`);
