/** Shell folders Windows Installer cannot resolve (2103): empty, unexpanded, or pointing nowhere. */
import type { Check } from './types';
import { draft, ev } from './types';

export const shellFoldersCheck: Check = {
  id: 'shell-folders',
  run({ facts }) {
    const s = facts.shellFolders;
    if (!s || s.problems.length === 0) return [];
    return [
      draft(
        'shell-folder-unresolvable',
        'error',
        'high',
        s.problems.map((p) =>
          ev(
            'shellFolder',
            `${p.name} = ${p.raw === '' ? '(empty)' : (p.raw ?? '')} -> ${p.expanded ?? ''}: ${p.problem}`,
            'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders',
            { name: p.name },
          ),
        ),
        [],
        { name: s.problems[0]?.name ?? '', count: s.problems.length },
      ),
    ];
  },
};
