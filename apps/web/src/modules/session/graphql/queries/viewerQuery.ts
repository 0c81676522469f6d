import { graphql } from '../../../../gql';

export const VIEWER_QUERY = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);
