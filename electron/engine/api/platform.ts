/**
 * What a handler needs from the shell it runs in. Electron's main process and the development
 * preview server each implement it; the engine never imports electron.
 */
import type { FilePurpose } from '@shared/ipc/domains/files';

export interface Platform {
  readonly shell: 'electron' | 'preview';
  /** Opens an already-validated https URL in the user's browser. */
  openExternal(url: string): Promise<void>;
  /** The OS's preferred languages, most preferred first (BCP-47 tags). */
  osLanguages(): string[];
  /** Shows the OS open-file dialog for a package or a log; the chosen path, or null when cancelled (absent: no dialog). */
  pickFile?(purpose: FilePurpose): Promise<string | null>;
  /** Where to save a new file (the support bundle): a save dialog in Electron; null when cancelled (absent: cannot save). */
  saveFile?(defaultName: string): Promise<string | null>;
}
