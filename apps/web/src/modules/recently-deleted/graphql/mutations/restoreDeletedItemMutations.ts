import { graphql } from '../../../../gql';

// Each kind comes back through its own restore mutation. The answers ask for
// little: the list is fetched again, and the pages showing what came back
// fetch it afresh (see useRestoreDeletedItem).

export const RESTORE_DELETED_NODE_MUTATION = graphql(`
  mutation RestoreDeletedNode($id: ID!) {
    restoreNode(id: $id) {
      id
    }
  }
`);

export const RESTORE_DELETED_DEPARTMENT_MUTATION = graphql(`
  mutation RestoreDeletedDepartment($id: ID!) {
    restoreDepartment(id: $id) {
      id
    }
  }
`);

export const RESTORE_DELETED_STAGE_MUTATION = graphql(`
  mutation RestoreDeletedStage($id: ID!) {
    restoreCycleStage(id: $id) {
      id
    }
  }
`);

export const RESTORE_DELETED_TEMPLATE_MUTATION = graphql(`
  mutation RestoreDeletedTemplate($id: ID!) {
    restorePlanTemplate(id: $id) {
      id
    }
  }
`);
