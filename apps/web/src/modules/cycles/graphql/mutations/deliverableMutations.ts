import { graphql } from '../../../../gql';

export const UPDATE_DELIVERABLE_MUTATION = graphql(`
  mutation UpdateDeliverable($input: UpdateDeliverableInput!) {
    updateDeliverable(input: $input) {
      id
      body
      version
      updatedAt
    }
  }
`);

export const ADD_ATTACHMENT_MUTATION = graphql(`
  mutation AddAttachment($input: AddAttachmentInput!) {
    addAttachment(input: $input) {
      id
      filename
      contentType
      size
      createdAt
    }
  }
`);

export const REMOVE_ATTACHMENT_MUTATION = graphql(`
  mutation RemoveAttachment($id: ID!) {
    removeAttachment(id: $id) {
      id
    }
  }
`);
