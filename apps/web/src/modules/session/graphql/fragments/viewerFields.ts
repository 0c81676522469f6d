import { graphql } from '../../../../gql';

export const VIEWER_FIELDS = graphql(`
  fragment ViewerFields on Viewer {
    user {
      id
      email
      displayName
      locale
    }
    organization {
      id
      name
      currency
      fiscalYearStartMonth
      version
    }
    membership {
      id
      role
      active
      version
      department {
        id
        name
      }
    }
    organizations {
      id
      name
      role
    }
    permissions
  }
`);

export const AUTH_PAYLOAD_FIELDS = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    viewer {
      ...ViewerFields
    }
  }
`);
