import { graphql } from '../../../../gql';

export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($first: Int!, $after: String, $entity: String) {
    auditLog(first: $first, after: $after, entity: $entity) {
      nextCursor
      items {
        id
        entity
        entityId
        entityLabel
        action
        createdAt
        actor {
          id
          displayName
          email
        }
        changes {
          field
          before
          after
          beforeLabel
          afterLabel
        }
      }
    }
  }
`);
