/**
 * The renderer never names a file path: files reach the engine through a main-process dialog or a
 * drag-and-drop that main validated, and the renderer only holds the opaque token minted here.
 * Tokens are random, per run, and resolve to the path (and display name) main recorded.
 */
import { randomBytes } from 'node:crypto';

export interface FileEntry {
  path: string;
  /** The base name, safe to show. */
  name: string;
  size: number;
  purpose: 'package' | 'log' | 'bundle' | 'any';
}

export class FileTokenStore {
  private readonly entries = new Map<string, FileEntry>();

  mint(entry: FileEntry): string {
    const token = randomBytes(16).toString('hex');
    this.entries.set(token, entry);
    // Keep the map small: a session needs a handful of files, not thousands.
    if (this.entries.size > 256) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return token;
  }

  resolve(token: string): FileEntry | undefined {
    return this.entries.get(token);
  }
}
