/**
 * Lines that look like errors but are harmless, so they never become the root cause and never make
 * a log look failed. Each entry says where the fact comes from: the Error-table text in Microsoft's
 * "Windows Installer Error Messages" (../shared/reference/msdocs/windows-installer-error-messages.md)
 * and the successful installs in our real-log corpus, which are full of them.
 */

/** HRESULT STG_E_FILENOTFOUND: the optional file or stream simply is not there. */
export const STG_E_FILENOTFOUND = -2147287038;
/** HRESULT STG_E_PATHNOTFOUND (0x80030003). */
export const STG_E_PATHNOTFOUND = -2147287037;
/** HRESULT STG_E_ACCESSDENIED (0x80030005). */
export const STG_E_ACCESSDENIED = -2147287035;

/**
 * "Note: 1: N" records that are noise whatever their arguments:
 * 2205 "Table does not exist" and 2228 "Unknown table in SQL query": the engine probes optional tables
 * (Patch, MsiSFCBypass, Error when the package has no Error table) in every install.
 * 1402 "Could not open key" (e.g. ...\Installer\Rollback\Scripts, system error 2): probed, absent.
 * 2727 "The directory entry does not exist in the Directory table": costing probes.
 * 2318 "File does not exist": probed before copying or when cleaning rollback files.
 * 2265 "Could not commit storage": logged at the end of successful installs in the corpus.
 */
const ALWAYS_BENIGN_NOTES = new Set([2205, 2228, 1402, 2727, 2318, 2265]);

/** Noise whatever its arguments (isBenignNote is then true for any system error). */
export const isAlwaysBenignNote = (code: number): boolean => ALWAYS_BENIGN_NOTES.has(code);

/** 2262 "Stream does not exist" and 2203 "Cannot open database file" are noise with STG_E_FILENOTFOUND or no error. */
export function isBenignNote(code: number, systemError: number | null): boolean {
  if (ALWAYS_BENIGN_NOTES.has(code)) return true;
  if (code === 2262 || code === 2203)
    return systemError === null || systemError === 0 || systemError === STG_E_FILENOTFOUND;
  return false;
}

/**
 * Internal errors printed as "DEBUG: Error N" that do not affect the result:
 * 2826 "Control extends beyond the boundaries of the dialog" and 2835 "The control was not found on
 * dialog": UI layout checks (the cancelled Redball install in the corpus prints a dozen).
 * 2911 "Could not remove the folder" (C:\Config.Msi\ during cleanup, in a successful Burn package log).
 * 2203 with STG_E_FILENOTFOUND: the same probe as the Note above.
 */
export function isBenignDebugError(code: number, systemError: number | null): boolean {
  if (code === 2826 || code === 2835 || code === 2911) return true;
  if (code === 2203 || code === 2262) return systemError === STG_E_FILENOTFOUND;
  return false;
}

/**
 * "RESTART MANAGER: Failed to open session; Windows Installer will use the built-in FilesInUse
 * functionality. Error: 29": Restart Manager is unavailable (restricted session), the install carries on.
 */
export const RESTART_MANAGER_NOISE_KEY = 'restart-manager';

/** Note codes that are the only trace of a real error in some logs (the 2503 log has no "Error 2503." line). */
export const ERROR_NOTES = new Set([1714, 1720, 1721, 1722, 1723, 2502, 2503]);

/** Status texts after "Product: X --" that are results, not causes (1708 "Installation operation failed"). */
export const CONSEQUENCE_MESSAGES = new Set([1708, 1709]);
