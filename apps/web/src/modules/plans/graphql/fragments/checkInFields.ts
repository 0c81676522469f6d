import { graphql } from '../../../../gql';

export const CHECK_IN_FIELDS = graphql(`
  fragment CheckInFields on NodeCheckIn {
    id
    nodeId
    progress
    kpiActual
    confidence
    note
    createdAt
    author {
      id
      user {
        id
        displayName
      }
    }
  }
`);
