import { graphql } from '../../../../gql';

export const MEMBERS_QUERY = graphql(`
  query Members {
    members(includeInactive: true) {
      ...MemberFields
    }
    departments {
      id
      name
      parentId
      sortOrder
    }
  }
`);
