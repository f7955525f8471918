import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

describe('parseArgs', () => {
  const spec = { values: { scenario: false, 'include-log': true }, flags: ['json'] };
  it('reads flags, values (both forms) and repeated options', () => {
    const a = parseArgs(
      ['x', '--json', '--scenario', 'healthy', '--include-log=a.log', '--include-log', 'b.log'],
      spec,
    );
    expect(a.positionals).toEqual(['x']);
    expect(a.flags.has('json')).toBe(true);
    expect(a.values).toEqual({ scenario: ['healthy'], 'include-log': ['a.log', 'b.log'] });
  });
  it('keeps values that contain spaces, quotes and CJK intact', () => {
    expect(parseArgs(['--scenario', 'C:\\Users\\王小明\\my "x".json'], spec).values['scenario']).toEqual([
      'C:\\Users\\王小明\\my "x".json',
    ]);
  });
  it.each([
    [['--nope']],
    [['--scenario']],
    [['--scenario', 'a', '--scenario', 'b']],
    [['--json=1']],
    [['--scenario', '--json']],
  ])('rejects %j', (argv) => {
    expect(() => parseArgs(argv, spec)).toThrow(UsageError);
  });
});
