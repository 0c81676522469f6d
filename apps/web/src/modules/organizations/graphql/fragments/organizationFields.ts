import { graphql } from '../../../../gql';

export const ORGANIZATION_FIELDS = graphql(`
  fragment OrganizationFields on Organization {
    id
    name
    currency
    fiscalYearStartMonth
    createdAt
    version
  }
`);
