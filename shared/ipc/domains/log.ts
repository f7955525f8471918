/** The log analyzer: analyze a log the user chose (by token), or find the installer logs on this PC. */
import { z } from 'zod';
import { event, invoke } from '../define';
import { LogAnalysis } from '../../model/log-analysis';
import { FileRef } from './files';

export const LogCandidate = FileRef.extend({ modified: z.string() });
export type LogCandidate = z.infer<typeof LogCandidate>;

export const LogProgress = z.object({
  token: z.string(),
  bytesRead: z.number().nonnegative(),
  totalBytes: z.number().nonnegative(),
});
export type LogProgress = z.infer<typeof LogProgress>;

export const logInvoke = {
  'log:analyze': invoke(z.object({ token: z.string().regex(/^[a-f0-9]{32}$/u) }).strict(), LogAnalysis),
  /** Installer logs found in the user's and Windows' Temp folders (MSI*.LOG), newest first. */
  'log:find': invoke(z.object({}).strict(), z.object({ candidates: z.array(LogCandidate) })),
} as const;

export const logEvents = {
  'log:progress': event(LogProgress),
} as const;
