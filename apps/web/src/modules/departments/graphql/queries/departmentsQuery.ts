import { graphql } from '../../../../gql';

export const DEPARTMENTS_QUERY = graphql(`
  query Departments {
    departments {
      ...DepartmentFields
    }
    members {
      id
      active
      user {
        id
        displayName
      }
    }
  }
`);
