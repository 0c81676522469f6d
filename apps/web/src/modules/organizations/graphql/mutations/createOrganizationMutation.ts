import { graphql } from '../../../../gql';

export const CREATE_ORGANIZATION_MUTATION = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...AuthPayloadFields
    }
  }
`);
