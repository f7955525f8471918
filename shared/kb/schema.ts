/**
 * The error-code knowledge base: one zod schema from which every KB type is derived.
 * Two namespaces are kept apart on purpose: the same number can mean different things
 * (exit code 1603 is "the install failed", Error-table message 1603 is "a file is in use").
 */
import { z } from 'zod';
import { CHECK_IDS, FIX_IDS } from '../model/catalog-ids';

/** 'exit': what msiexec.exe returns; 'message': an Error-table message (1101-3002) seen in dialogs and logs. */
export const KB_NAMESPACES = ['exit', 'message'] as const;
export type KbNamespace = (typeof KB_NAMESPACES)[number];

/** A small closed set of causes, so the UI can group codes and pick an icon. */
export const KB_CATEGORIES = [
  'success', // the install worked (maybe with a restart)
  'status', // a progress or result report, not a cause
  'failure', // the install failed; the code itself does not say why
  'cancelled', // someone (or something) chose to stop
  'privileges', // the account lacks rights
  'temp-folder', // the Temp folders
  'service', // the Windows Installer service or a service the package installs
  'policy', // blocked by a system or group policy
  'concurrency', // another install is running or was left unfinished
  'package', // the .msi itself is damaged or was built with a mistake
  'source', // the original install files cannot be reached
  'disk', // disk space, drives, removable media
  'memory', // the computer ran out of memory
  'reboot', // a restart is needed
  'custom-action', // a program the package runs during setup failed
  'file-in-use', // a file is held open by a running program
  'file-system', // files or folders cannot be created, read or written
  'registry', // the Windows registry
  'patch', // patches (.msp) and transforms (.mst)
  'compatibility', // this Windows, processor or language is not supported
  'configuration', // the record of installed products is missing or damaged
  'user-interface', // the setup windows (dialogs) of the package
  'database', // the installer's own package database engine
  'internal', // the installer's inner workings
] as const;
export type KbCategory = (typeof KB_CATEGORIES)[number];

/** A text in every language the product speaks (keys match shared/i18n/languages LANGUAGES). */
export const KbTextSchema = z.object({
  en: z.string().min(1),
  'zh-CN': z.string().min(1),
  'zh-TW': z.string().min(1),
});
export type KbText = z.infer<typeof KbTextSchema>;

/** ERROR_* names for exit codes; a kebab-case slug of our own for messages. */
const EXIT_NAME = /^ERROR_[A-Z0-9_]+$/u;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

export const KbEntrySchema = z
  .object({
    code: z.number().int().min(0).max(65535),
    namespace: z.enum(KB_NAMESPACES),
    name: z.string().min(1),
    category: z.enum(KB_CATEGORIES),
    /** True when the code also shows up in logs of installs that worked. */
    benign: z.boolean(),
    /** Our own words, for someone who is not technical. */
    explanation: KbTextSchema,
    /** A paraphrase of what the user saw on screen, so they can recognise it (never Microsoft's text). */
    dialogHint: KbTextSchema.optional(),
    checks: z.array(z.enum(CHECK_IDS)),
    fixes: z.array(z.enum(FIX_IDS)),
  })
  .refine((e) => (e.namespace === 'exit' ? EXIT_NAME : SLUG).test(e.name), {
    message: 'exit codes use their ERROR_* name, messages a kebab-case slug',
    path: ['name'],
  });
export type KbEntry = z.infer<typeof KbEntrySchema>;
