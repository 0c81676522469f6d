import { graphql } from '../../../../gql';

export const UPDATE_ORGANIZATION_MUTATION = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      ...OrganizationFields
    }
  }
`);
