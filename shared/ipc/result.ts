/**
 * Every IPC handler answers with a Result instead of throwing: errors that cross Electron's IPC lose
 * everything but their message, and a cancelled operation is not a failure.
 */
import { z } from 'zod';

/** Failure codes that cross IPC. The user sees `errors.<code>` from the i18n catalog. */
export const ErrorCode = z.enum([
  'E_INVALID_REQUEST',
  'E_UNKNOWN_CHANNEL',
  'E_FORBIDDEN_SENDER',
  'E_INTERNAL',
  'E_BUSY',
  'E_NOT_FOUND',
  'E_NOT_SIMULATED',
  'E_SCENARIO_INVALID',
  'E_LINK_BLOCKED',
  'E_FILE_UNREADABLE',
  'E_FILE_TOO_LARGE',
  'E_NOT_AN_MSI',
  'E_NOT_A_LOG',
  'E_UNSAFE_PATH',
  'E_HOST_FAILED',
  'E_ELEVATION_BUSY',
  'E_TOKEN_UNKNOWN',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export type Ok<T> = { status: 'ok'; value: T };
export type Cancelled = { status: 'cancelled' };
export type Failed = { status: 'failed'; code: ErrorCode; messageKey: `errors.${ErrorCode}`; detail?: string };
export type Result<T> = Ok<T> | Cancelled | Failed;

export const ok = <T>(value: T): Ok<T> => ({ status: 'ok', value });
export const cancelled = (): Cancelled => ({ status: 'cancelled' });
export function failed(code: ErrorCode, detail?: string): Failed {
  return detail === undefined
    ? { status: 'failed', code, messageKey: `errors.${code}` }
    : { status: 'failed', code, messageKey: `errors.${code}`, detail: detail.slice(0, 2000) };
}

/** The wire schema of a Result whose value has the given schema. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('status', [
    z.object({ status: z.literal('ok'), value }).strict(),
    z.object({ status: z.literal('cancelled') }).strict(),
    z
      .object({ status: z.literal('failed'), code: ErrorCode, messageKey: z.string(), detail: z.string().optional() })
      .strict(),
  ]);
}
