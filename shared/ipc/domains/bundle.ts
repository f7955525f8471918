/**
 * The support bundle: build a preview (everything redacted and zipped in main, kept under an id),
 * read any entry's redacted text, then save it where the user chooses in main's own save dialog.
 * The renderer never names a path: logs, the package and a bundle to open come as file tokens minted
 * by main.
 */
import { z } from 'zod';
import { invoke } from '../define';
import { BundleEntryText, BundlePreview, BundleSaved } from '../../model/bundle';
import { SymptomId } from '../../model/findings';
import { HostInfo } from '../../model/app';

const token = z.string().regex(/^[a-f0-9]{32}$/u);
const previewId = z.string().regex(/^[0-9a-f]{32}$/u);

export const bundleInvoke = {
  /** Gathers, redacts and zips (one diagnosis on the current machine), without writing anything. */
  'bundle:preview': invoke(
    z
      .object({
        symptom: SymptomId.optional(),
        packageToken: token.optional(),
        logTokens: z.array(token).max(10).optional(),
      })
      .strict(),
    BundlePreview,
  ),
  /** The redacted text of one entry of a preview, exactly as it is in the zip. */
  'bundle:entry': invoke(z.object({ previewId, name: z.string().min(1).max(200) }).strict(), BundleEntryText),
  /** Saves a preview's zip: main asks where (a save dialog) and never overwrites a file. */
  'bundle:save': invoke(z.object({ previewId }).strict(), BundleSaved),
  /**
   * Opens a support bundle (a .zip handed over by file token) as the simulated machine, so a helpdesk
   * sees the customer's findings. Refused on the live host (E_NOT_SIMULATED).
   */
  'bundle:open': invoke(z.object({ token }).strict(), HostInfo),
} as const;
