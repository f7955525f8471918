/**
 * Files the user hands over: chosen in a main-process dialog (`files:pick`) or sent as bytes from the
 * page (`files:upload`: drag-and-drop, and the browser preview, which has no native dialog). Either
 * way main keeps the path and the renderer only gets an opaque token, a display name and a size.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { PackageInfo } from '../../model/package-info';

export const FilePurpose = z.enum(['package', 'log', 'bundle']);
export type FilePurpose = z.infer<typeof FilePurpose>;

/** Largest file accepted through `files:upload` (base64 on the wire, so about a third more). */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;

export const FileRef = z.object({
  token: z.string().regex(/^[a-f0-9]{32}$/u),
  name: z.string().max(260),
  size: z.number().int().nonnegative(),
});
export type FileRef = z.infer<typeof FileRef>;

const token = z.string().regex(/^[a-f0-9]{32}$/u);

export const filesInvoke = {
  /** Opens the OS file dialog filtered for the purpose; cancelled when the user closes it. */
  'files:pick': invoke(z.object({ purpose: FilePurpose }).strict(), FileRef),
  /** Stores the bytes under the app's data folder with a sanitized name and mints a token for them. */
  'files:upload': invoke(
    z
      .object({
        name: z.string().min(1).max(260),
        purpose: FilePurpose,
        dataBase64: z
          .string()
          .max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/u),
      })
      .strict(),
    FileRef,
  ),
  /** Reads a chosen package: is it really an .msi, what product, per-user or per-machine. */
  'files:inspectPackage': invoke(z.object({ token }).strict(), PackageInfo),
} as const;
