import { graphql } from '../../../../gql';

export const UNREAD_NOTIFICATION_COUNT_QUERY = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      items {
        id
        kind
        message
        dueDate
        cycleId
        stageId
        readAt
        createdAt
        actor {
          id
          user {
            id
            displayName
          }
        }
      }
      nextCursor
    }
  }
`);
