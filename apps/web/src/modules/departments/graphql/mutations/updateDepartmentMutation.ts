import { graphql } from '../../../../gql';

export const UPDATE_DEPARTMENT_MUTATION = graphql(`
  mutation UpdateDepartment($input: UpdateDepartmentInput!) {
    updateDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);
