import { graphql } from '../../../../gql';

export const SWITCH_ORGANIZATION_MUTATION = graphql(`
  mutation SwitchOrganization($organizationId: ID!) {
    switchOrganization(organizationId: $organizationId) {
      ...AuthPayloadFields
    }
  }
`);
