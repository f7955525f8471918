/**
 * Proves the architecture's boundaries are enforced by lint (ARCHITECTURE.md "Boundaries"): each case
 * lints a virtual file at a path in the tree and expects the rule to fire; the allowed cases must not.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const cwd = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('lint bans the crossings', () => {
  it.each([
    ['renderer/x.ts', "import { ipcRenderer } from 'electron'; export const a = ipcRenderer;"],
    ['renderer/x.ts', "import { readFileSync } from 'node:fs'; export const a = readFileSync;"],
    ['renderer/x.ts', "import { handlers } from '../electron/engine/api/handlers/index'; export const a = handlers;"],
    ['electron/engine/x.ts', "import { app } from 'electron'; export const a = app;"],
    ['electron/engine/probes/x.ts', "import { execFile } from 'node:child_process'; export const a = execFile;"],
    ['electron/main/x.ts', "import { spawn } from 'child_process'; export const a = spawn;"],
    ['electron/main/x.ts', "import { ipcMain } from 'electron'; export const a = ipcMain;"],
    ['shared/x.ts', "import { api } from '../renderer/api'; export const a = api;"],
    ['shared/x.ts', "import { join } from 'node:path'; export const a = join;"],
    ['shared/x.ts', "import React from 'react'; export const a = React;"],
    [
      'electron/engine/x.ts',
      "import { spawn } from 'node:child_process'; export const a = spawn('x', [], { shell: true });",
    ],
    ['electron/main/x.ts', 'export const p = { webPreferences: { sandbox: false } };'],
  ])('%s: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['electron/engine/host/live/tool-runner.ts', "import { spawn } from 'node:child_process'; export const a = spawn;"],
    ['electron/main/ipc/x.ts', "import { ipcMain } from 'electron'; export const a = ipcMain;"],
    ['electron/preload/x.ts', "import { ipcRenderer } from 'electron'; export const a = ipcRenderer;"],
    ['shared/x.ts', "import { z } from 'zod'; import { ok } from './ipc/result'; export const a = [z, ok];"],
    ['renderer/x.ts', "import { ok } from '@shared/ipc/result'; export const a = ok;"],
  ])('allows %s: %s', async (file, code) => {
    expect(await restrictedImportErrors(file, code)).toEqual([]);
  });
});

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? '');
}

describe('security lint rules are errors in shipped code (issue 9: SDL and regexp)', () => {
  it.each([
    [
      'renderer/x.tsx',
      'export const f = (el: HTMLElement) => { el.innerHTML = "<b>x</b>"; };',
      '@microsoft/sdl/no-inner-html',
    ],
    ['electron/engine/x.ts', 'export const u = "http://example.com/";', '@microsoft/sdl/no-insecure-url'],
    ['renderer/x.ts', 'export const r = Math.random();', '@microsoft/sdl/no-insecure-random'],
    ['electron/engine/x.ts', 'export const b = Buffer.allocUnsafe(10);', '@microsoft/sdl/no-unsafe-alloc'],
    [
      'electron/main/x.ts',
      "import { BrowserWindow } from 'electron'; export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true } });",
      '@microsoft/sdl/no-electron-node-integration',
    ],
    ['electron/engine/msilog/x.ts', 'export const re = /^(a+)+$/u;', 'regexp/no-super-linear-backtracking'],
  ])('%s: %s', async (file, code, rule) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });
});
