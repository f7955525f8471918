/**
 * Recognizes the text of Windows Installer messages: "Error 1310. ...", "Info 1603. ...",
 * "DEBUG: Error 2203: ...", in the log's language where the word "Error" may be translated. Only the
 * number is needed; the KB explains it in the reader's language.
 */

/** "Error" as msiexec prints it on localized Windows (our list; the number after it is what counts). */
const ERROR_WORD =
  /^(?:Error|Erreur|Fehler|Errore|Erro|Fout|Fel|Feil|Virhe|Błąd|Chyba|Hiba|Hata|Ошибка|Помилка|错误|錯誤|エラー|오류) ?(\d{3,5})[.:：。]\s*/u;
const DEBUG_ERROR = /^DEBUG: Error (\d{3,5}):\s*/u;
const INFO = /^Info (\d{3,5})\.\s*/u;
const SYSTEM_ERROR = /System [Ee]rror:? (-?\d+)/u;
const CA_IN_MESSAGE = /Action ([^\s,]+), location:/u;
const INTERNAL_CODE = /The error code is (\d{4})\./u;
/** The 1603 Info text: "The file X is being held in use by the following process: Name: P, Id: N, ...". */
const HELD_BY = /Name: ([^,]*), Id: (\d+)/u;

export interface ParsedMessage {
  code: number;
  text: string;
}

export function parseErrorMessage(text: string): ParsedMessage | null {
  const m = ERROR_WORD.exec(text);
  return m ? { code: Number(m[1]), text } : null;
}

export function parseDebugError(text: string): ParsedMessage | null {
  const m = DEBUG_ERROR.exec(text);
  return m ? { code: Number(m[1]), text } : null;
}

export function parseInfo(text: string): ParsedMessage | null {
  const m = INFO.exec(text);
  return m ? { code: Number(m[1]), text: text.slice(m[0].length) } : null;
}

/** "System Error 1620." in 1714, "System error -2147287037" in 2203; 0 means none. */
export function systemErrorIn(text: string): number | null {
  const m = SYSTEM_ERROR.exec(text);
  const n = m ? Number(m[1]) : 0;
  return n === 0 || !Number.isSafeInteger(n) ? null : n;
}

export function customActionIn(text: string): string | null {
  return CA_IN_MESSAGE.exec(text)?.[1] ?? null;
}

/** The English wrapper of an internal error: "... The error code is 2503. The arguments are: ...". */
export function internalCodeIn(text: string): number | null {
  const m = INTERNAL_CODE.exec(text);
  return m ? Number(m[1]) : null;
}

export function fileInUseFromInfo(
  text: string,
): { path: string; process: { name: string; pid: number } | null } | null {
  if (!text.startsWith('The file ')) return null;
  const end = text.indexOf(' is being held in use');
  if (end === -1) return null;
  const m = HELD_BY.exec(text.slice(end));
  return { path: text.slice('The file '.length, end), process: m ? { name: m[1] ?? '', pid: Number(m[2]) } : null };
}
