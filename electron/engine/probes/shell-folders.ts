/**
 * The user's shell folders as Windows Installer resolves them (AppDataFolder, PersonalFolder,
 * DesktopFolder ...). Error 2103 "Could not resolve path for shell folder" comes from a value that is
 * empty, still holds an unexpanded variable, or points to a folder (often a redirected share) that is
 * not there. A value that is absent is not a problem: Windows then uses its default.
 */
import type { ShellFolderFacts } from '@shared/model/facts';
import type { Probe } from './types';
import { need } from './types';

/** Value names under HKCU ...\Explorer\User Shell Folders behind the Installer's per-user folder properties. */
export const SHELL_FOLDER_NAMES = [
  'AppData',
  'Local AppData',
  'Desktop',
  'Personal',
  'Programs',
  'Start Menu',
  'Startup',
  'Favorites',
  'Templates',
  'My Pictures',
  'SendTo',
  'Recent',
] as const;

export function shellFolderProblems(folders: ShellFolderFacts['folders']): ShellFolderFacts['problems'] {
  const problems: ShellFolderFacts['problems'] = [];
  for (const f of folders) {
    if (f.raw === null) continue;
    const base = { name: f.name, raw: f.raw, expanded: f.expanded };
    if (f.raw.trim() === '') problems.push({ ...base, problem: 'empty' });
    else if ((f.expanded ?? '').includes('%')) problems.push({ ...base, problem: 'unexpanded' });
    else if (!f.exists) problems.push({ ...base, problem: f.isNetwork ? 'offline-network' : 'not-found' });
  }
  return problems;
}

export const shellFoldersProbe: Probe<'shellFolders'> = {
  fact: 'shellFolders',
  checkId: 'shell-folders',
  queries: () => [{ kind: 'shellFolders', names: [...SHELL_FOLDER_NAMES] }],
  parse(answers) {
    const folders = need(answers, 0, 'shellFolders').folders;
    return { folders, problems: shellFolderProblems(folders) };
  },
};
