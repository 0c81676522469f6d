import { graphql } from '../../../../gql';

export const RECENTLY_DELETED_QUERY = graphql(`
  query RecentlyDeleted {
    recentlyDeleted {
      id
      kind
      title
      titleZh
      stageKey
      level
      planId
      context
      itemCount
      deletedAt
      parentDeleted
      deletedBy {
        id
        displayName
      }
    }
  }
`);
