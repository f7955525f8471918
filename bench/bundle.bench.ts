/**
 * A support bundle carrying a 50 MB synthetic MSI log (UTF-16LE with BOM, as msiexec writes it, with
 * user paths, SIDs, addresses and property lines to redact on every few lines): time for each phase
 * and the sizes, printed. Figures, not assertions: `npm run bench` bundles this file and runs it.
 */
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle } from '../electron/engine/bundle/build';
import { gatherBundleInputs } from '../electron/engine/bundle/collect';
import { saveBundle } from '../electron/engine/bundle/preview';
import { loadBuiltinScenario } from '../electron/engine/host/simulated/scenario-loader';
import { SimulatedHost } from '../electron/engine/host/simulated/simulated-host';

/** 50 MB; BENCH_LOG_MB=200 npm run bench bundle tries another size (reads stop at MAX_LOG_READ_BYTES). */
const TARGET_BYTES = Number(process.env['BENCH_LOG_MB'] ?? 50) * 1024 * 1024;

/**
 * Writes a log of about targetBytes: log lines in the shapes a verbose log repeats, with something to
 * redact in most of them. Written block by block, so the generator holds no copy of the log and the
 * peak RSS below is the bundle's.
 */
function writeSyntheticLog(path: string, targetBytes: number): number {
  const lines = [
    'MSI (s) (3C:40) [10:00:01:001]: Executing op: FileCopy(SourceName=APP~1.DLL|app.dll,SourceCabKey=AppDll,DestName=app.dll,Attributes=512,FileSize=29471104,PerTick=65536,,VerifyMedia=1,,,,,CheckCRC=0,Version=2.1.223.0,Language=1033,InstallMode=58982400,,,,,,,)',
    'MSI (s) (3C:40) [10:00:01:002]: Note: 1: 2203 2: C:\\Users\\benchuser\\AppData\\Local\\Temp\\inprogressinstallinfo.ipi 3: -2147287035',
    "MSI (s) (3C:40) [10:00:01:003]: PROPERTY CHANGE: Adding INSTALLFOLDER property. Its value is 'C:\\Users\\benchuser\\AppData\\Local\\Contoso\\'.",
    'MSI (s) (3C:40) [10:00:01:004]: Component: Comp42; Installed: Absent;   Request: Local;   Action: Local',
    'MSI (s) (3C:40) [10:00:01:005]: Connecting to 10.20.30.40 as S-1-5-21-1111111111-2222222222-3333333333-1001 on BENCH-PC01',
    'Property(S): SERVICE_PASSWORD = NotARealPassword1',
    'MSI (s) (3C:40) [10:00:01:006]: Doing action: InstallFiles',
    'Action start 10:00:01: InstallFiles.',
  ];
  const head =
    '=== Verbose logging started: 11/20/2026  10:00:00  Build type: SHIP UNICODE 5.00.10011.00  Calling process: C:\\WINDOWS\\system32\\msiexec.exe ===\r\nMSI (c) (1C:2C) [10:00:00:001]: Command Line: PIDKEY=ABCDE-12345 ALLUSERS=1 CURRENTDIRECTORY=C:\\Users\\benchuser\\Downloads\r\nProperty(C): ComputerName = BENCH-PC01\r\n';
  const block = `${lines.join('\r\n')}\r\n`;
  const tail =
    'MSI (s) (3C:40) [10:00:02:000]: Product: Contoso -- Installation failed.\r\n=== Verbose logging stopped: 11/20/2026  10:00:02 ===\r\n';
  const chars = Math.floor(targetBytes / 2) - head.length - tail.length;
  const blocks = Math.floor(chars / block.length);
  const many = Buffer.from(block.repeat(1000), 'utf16le');
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(head, 'utf16le')]));
    for (let n = blocks; n > 0; n -= 1000) writeSync(fd, n >= 1000 ? many : Buffer.from(block.repeat(n), 'utf16le'));
    writeSync(fd, Buffer.from(tail, 'utf16le'));
  } finally {
    closeSync(fd);
  }
  return statSync(path).size;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-bench-'));
  try {
    const logPath = join(dir, 'MSIbench.LOG');
    const logSize = writeSyntheticLog(logPath, TARGET_BYTES);
    const host = new SimulatedHost(loadBuiltinScenario('standard-user-windows-temp-2503'));
    const t0 = performance.now();
    const inputs = await gatherBundleInputs(host, {
      app: { name: 'Installer Doctor', version: 'bench' },
      lang: 'en',
      chosenLogs: [logPath],
      discoverLogs: false,
    });
    const t1 = performance.now();
    const built = buildBundle(inputs);
    const t2 = performance.now();
    const out = join(dir, 'support.zip');
    await saveBundle(built, out);
    const t3 = performance.now();
    const logEntry = built.entries.find((e) => e.kind === 'log');
    console.log(
      `support bundle with a ${mb(logSize)} UTF-16LE log (${built.entries.length} entries, ${built.withheld.length} withheld)`,
    );
    console.log(`  gather (diagnose, scenario, read log)  ${(t1 - t0).toFixed(0).padStart(7)} ms`);
    console.log(`  build (analyze, redact, re-check, zip) ${(t2 - t1).toFixed(0).padStart(7)} ms`);
    console.log(`  save (no-overwrite write)              ${(t3 - t2).toFixed(0).padStart(7)} ms`);
    console.log(`  total                                  ${(t3 - t0).toFixed(0).padStart(7)} ms`);
    console.log(`  log in the bundle: ${mb(logEntry?.bytes.length ?? 0)} UTF-8 after redaction and the head/tail cap`);
    console.log(
      `  zip: ${mb(built.zip.length)}; redactions: ${Object.entries(built.totals)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    // maxRSS is the high-water mark of the whole process (in KiB), not the RSS left at the end.
    console.log(
      `  peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} (RSS at the end ${mb(process.memoryUsage().rss)})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
