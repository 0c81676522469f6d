import { graphql } from '../../../../gql';

export const SET_NODE_CHECKLIST_MUTATION = graphql(`
  mutation SetNodeChecklist($input: SetNodeChecklistInput!) {
    setNodeChecklist(input: $input) {
      ...PlanNodeFields
    }
  }
`);
