import { READY_DATASET_KEY } from '../../shared/ipc';

/** Tell the e2e tests (and anyone waiting) that the app is ready: call once the catalog is loaded and the first view drawn. */
export function markReady(doc: Document = document): void {
  doc.body.dataset[READY_DATASET_KEY] = 'true';
}
