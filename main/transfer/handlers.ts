import type { transferContract } from '../../shared/transfer/contract';
import type { HandlersFor } from '../core/handler-types';
import type { Services } from '../core/services';

export function transferHandlers({ transfer, jobs }: Services): HandlersFor<keyof typeof transferContract> {
  return {
    startTransferExport: (request) => {
      const user = transfer.requireExporter();
      return jobs.start('transfer-export', user.id, (context) => transfer.exportFile(request, user, context));
    },
    startTransferPreview: (request) => {
      const user = transfer.requireImporter();
      return jobs.start('transfer-preview', user.id, (context) => transfer.preview(request, context));
    },
    startTransferImport: (request) => {
      const user = transfer.requireImporter();
      return jobs.start('transfer-import', user.id, (context) => transfer.importFile(request, user, context));
    },
    listTransferConflicts: () => ({ items: transfer.listConflicts() }),
    resolveTransferConflict: ({ id, keep }) => ({ items: transfer.resolve(id, keep) }),
  };
}
