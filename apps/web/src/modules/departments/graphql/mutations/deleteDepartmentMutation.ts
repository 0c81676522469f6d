import { graphql } from '../../../../gql';

export const DELETE_DEPARTMENT_MUTATION = graphql(`
  mutation DeleteDepartment($id: ID!) {
    deleteDepartment(id: $id) {
      id
      name
    }
  }
`);
