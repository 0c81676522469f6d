import { graphql } from '../../../../gql';

export const ATTACHMENT_CONTENT_QUERY = graphql(`
  query AttachmentContent($id: ID!) {
    attachmentContent(id: $id) {
      id
      filename
      contentType
      contentBase64
    }
  }
`);
