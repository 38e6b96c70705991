import type { transferContract } from '../../shared/transfer/contract';
import type { HandlersFor } from '../core/handlers';
import type { Services } from '../core/services';
import { createJobContext } from '../jobs/job-context';

export function transferHandlers({ transfer, jobs }: Services): HandlersFor<keyof typeof transferContract> {
  return {
    startTransferExport: (request) => {
      const user = transfer.requireExporter();
      return jobs.start('transfer-export', user.id, (context) => transfer.exportFile(request, user, context));
    },
    previewTransferImport: (request) => {
      transfer.requireImporter();
      return transfer.preview(request, createJobContext());
    },
    startTransferImport: (request) => {
      const user = transfer.requireImporter();
      return jobs.start('transfer-import', user.id, (context) => transfer.importFile(request, user, context));
    },
    listTransferConflicts: () => ({ items: transfer.listConflicts() }),
    resolveTransferConflict: ({ id, keep }) => ({ items: transfer.resolve(id, keep) }),
  };
}
