import { graphql } from '../../../../gql';

export const ORGANIZATION_QUERY = graphql(`
  query Organization {
    organization {
      ...OrganizationFields
    }
  }
`);
