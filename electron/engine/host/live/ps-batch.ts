/**
 * Runs a batch of HostQuery in ONE powershell.exe (-NoProfile -NonInteractive -EncodedCommand). The
 * encoded part is a fixed bootstrap; the library and the queries come on standard input, the queries
 * as base64 JSON so no user data is ever parsed as PowerShell. Each query runs in its own runspace with
 * a time limit and its own try/catch; the output is one JSON line between markers, parsed with the
 * answer schemas. Constrained Language Mode is detected and reported, so the caller can fall back.
 */
import { answerSchemas, queryFailed, type HostQueryParsed, type QueryOutcome } from '../queries';
import { PS_LIBRARY } from './ps-library';
import type { ToolRequest } from './tool-runner';

export const BEGIN_MARK = '<<<INSTALLER-DOCTOR-JSON>>>';
export const END_MARK = '<<<INSTALLER-DOCTOR-END>>>';

/** PowerShell's -EncodedCommand takes base64 of UTF-16LE. */
export function encodePowerShell(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

const BOOTSTRAP = [
  "$ErrorActionPreference = 'Stop'",
  "$ProgressPreference = 'SilentlyContinue'",
  '[Console]::OutputEncoding = [System.Text.UTF8Encoding]::new($false)',
  "if ($ExecutionContext.SessionState.LanguageMode -ne 'FullLanguage') { [Console]::Out.Write('" +
    BEGIN_MARK +
    '{"clm":true}' +
    END_MARK +
    "'); exit 0 }",
  '$in = [Console]::In.ReadToEnd()',
  '$parts = $in.Split([char]10, 2)',
  '$queries = ConvertFrom-Json ([System.Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($parts[0].Trim())))',
  '$lib = $parts[1]',
  '$results = New-Object System.Collections.ArrayList',
  'foreach ($entry in $queries) {',
  '  $ps = [PowerShell]::Create()',
  '  $null = $ps.AddScript($lib + "`nInvoke-IdQuery `$args[0]").AddArgument($entry.query)',
  '  $handle = $ps.BeginInvoke()',
  '  if (-not $handle.AsyncWaitHandle.WaitOne([int]$entry.timeoutMs)) { $ps.Stop(); $null = $results.Add(@{ ok = $false; kind = $entry.query.kind; error = "timed out after $($entry.timeoutMs) ms" }); continue }',
  '  try { $out = $ps.EndInvoke($handle); if ($ps.Streams.Error.Count -gt 0 -and $out.Count -eq 0) { throw $ps.Streams.Error[0].Exception }',
  '        $null = $results.Add(@{ ok = $true; kind = $entry.query.kind; answer = $out[0] }) }',
  '  catch { $null = $results.Add(@{ ok = $false; kind = $entry.query.kind; error = $_.Exception.Message }) }',
  '  finally { $ps.Dispose() }',
  '}',
  "[Console]::Out.Write('" +
    BEGIN_MARK +
    "' + (ConvertTo-Json -InputObject @{ results = $results.ToArray() } -Depth 10 -Compress) + '" +
    END_MARK +
    "')",
].join('\n');

export function buildBatchRequest(queries: readonly HostQueryParsed[], perQueryTimeoutMs: number): ToolRequest {
  const payload = Buffer.from(
    JSON.stringify(queries.map((query) => ({ query, timeoutMs: perQueryTimeoutMs }))),
    'utf8',
  ).toString('base64');
  return {
    tool: 'powershell',
    args: [
      '-NoLogo',
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
      encodePowerShell(BOOTSTRAP),
    ],
    stdin: `${payload}\n${PS_LIBRARY}`,
    timeoutMs: perQueryTimeoutMs * queries.length + 15_000,
    maxOutputBytes: 32 * 1024 * 1024,
  };
}

export type BatchParse =
  { kind: 'results'; outcomes: QueryOutcome[] } | { kind: 'constrained' } | { kind: 'unreadable'; reason: string };

/** Parses the batch output: one outcome per query, each checked with its answer schema. */
export function parseBatchOutput(stdout: string, queries: readonly HostQueryParsed[]): BatchParse {
  const start = stdout.indexOf(BEGIN_MARK);
  const end = stdout.indexOf(END_MARK, start + BEGIN_MARK.length);
  if (start === -1 || end === -1) return { kind: 'unreadable', reason: 'no result block in the PowerShell output' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout.slice(start + BEGIN_MARK.length, end));
  } catch (err) {
    return { kind: 'unreadable', reason: `invalid JSON from PowerShell: ${(err as Error).message}` };
  }
  if (typeof parsed === 'object' && parsed !== null && (parsed as { clm?: unknown }).clm === true)
    return { kind: 'constrained' };
  const rawResults = (parsed as { results?: unknown }).results;
  const list = Array.isArray(rawResults)
    ? rawResults
    : rawResults === undefined || rawResults === null
      ? []
      : [rawResults];
  const outcomes = queries.map((q, i): QueryOutcome => {
    const r = list[i] as { ok?: unknown; answer?: unknown; error?: unknown } | undefined;
    if (!r) return queryFailed(q.kind, 'no answer from PowerShell');
    if (r.ok !== true) return queryFailed(q.kind, typeof r.error === 'string' ? r.error : 'failed');
    const checked = answerSchemas[q.kind].safeParse(normalizeAnswer(q.kind, r.answer));
    return checked.success
      ? ({ ok: true, kind: q.kind, answer: checked.data, raw: r.answer } as QueryOutcome)
      : queryFailed(
          q.kind,
          `unexpected answer shape: ${checked.error.issues[0]?.path.join('.') ?? ''} ${checked.error.issues[0]?.message ?? ''}`,
        );
  });
  return { kind: 'results', outcomes };
}

/** Fields that are arrays in our schemas; PowerShell 5.1 may hand back null or a bare object. */
const ARRAY_FIELDS: Record<string, readonly string[]> = {
  token: ['groups'],
  registry: ['subkeys'],
  processes: ['processes'],
  events: ['events'],
  listFiles: ['files'],
  path: ['acl'],
  installerProducts: ['products'],
  shellFolders: ['folders'],
};

function normalizeAnswer(kind: string, answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null) return answer;
  const out: Record<string, unknown> = { ...(answer as Record<string, unknown>) };
  for (const field of ARRAY_FIELDS[kind] ?? []) {
    const v = out[field];
    if (v === undefined) continue;
    if (v === null) out[field] = kind === 'path' ? null : [];
    else if (!Array.isArray(v)) out[field] = [v];
  }
  if (kind === 'events' && Array.isArray(out['events'])) {
    out['events'] = (out['events'] as Record<string, unknown>[]).map((e) => ({
      ...e,
      data: e['data'] === null || e['data'] === undefined ? [] : Array.isArray(e['data']) ? e['data'] : [e['data']],
    }));
  }
  return out;
}
