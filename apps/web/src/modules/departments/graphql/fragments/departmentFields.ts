import { graphql } from '../../../../gql';

export const DEPARTMENT_FIELDS = graphql(`
  fragment DepartmentFields on Department {
    id
    name
    parentId
    sortOrder
    memberCount
    isHr
    version
    manager {
      id
      user {
        id
        displayName
      }
    }
  }
`);
