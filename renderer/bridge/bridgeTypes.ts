// What the renderer's bridge is, apart from how either kind is made: bridge.ts picks one and
// browserBridge.ts builds the browser's, so both read the shape here instead of from each other.
import type { DesktopApi } from '../../electron/ipc/contract';

export type {
  AppInfo,
  ExportPdfRequest,
  JournalEntry,
  JournalWriteRequest,
  MenuCommand,
  MenuMessage,
  OpenDocumentResult,
  RecentDocument,
  SaveDocumentRequest,
  SaveDocumentResult,
  SaveTextRequest,
  SaveTextResult,
} from '../../electron/ipc/contract';

export interface Bridge extends DesktopApi {
  readonly runtime: 'electron' | 'browser';
}
