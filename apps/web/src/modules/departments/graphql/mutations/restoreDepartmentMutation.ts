import { graphql } from '../../../../gql';

export const RESTORE_DEPARTMENT_MUTATION = graphql(`
  mutation RestoreDepartment($id: ID!) {
    restoreDepartment(id: $id) {
      ...DepartmentFields
    }
  }
`);
