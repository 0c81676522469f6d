import { graphql } from '../../../../gql';

export const CREATE_DEPARTMENT_MUTATION = graphql(`
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);
