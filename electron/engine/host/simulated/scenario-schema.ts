/**
 * The scenario file: a Windows machine as data. It is the single source of the SimulatedHost's model
 * (types derive from this schema) and is documented in docs/scenarios.md. A scenario may `extends`
 * another (usually "healthy") and state only what differs; see scenario-loader.ts for the merge rules.
 */
import { z } from 'zod';
import {
  AceSchema,
  EnvAnswer,
  OsAnswer,
  ProcessSchema,
  RegistryHive,
  RegistryValueSchema,
  RegistryView,
  ServiceAnswer,
  TokenAnswer,
} from '../queries';

export const SimPathSchema = z
  .object({
    type: z.enum(['file', 'directory']),
    attributes: z.number().int().nonnegative().default(0),
    ownerSid: z.string().nullable().default('S-1-5-32-544'),
    acl: z.array(AceSchema).nullable().default(null),
    /** File content as UTF-8 text, or base64 for binary files (packages, UTF-16 logs). */
    content: z.string().optional(),
    contentBase64: z.string().optional(),
    /** Size when there is no content (a large file we do not need the bytes of). */
    size: z.number().nonnegative().optional(),
    modified: z.string().optional(),
    isNetwork: z.boolean().default(false),
    /** Whether the current user can create/write/delete inside (folders). Derived from the ACL when absent. */
    userWritable: z.boolean().optional(),
  })
  .strict();
export type SimPath = z.infer<typeof SimPathSchema>;

export const SimRegistryKeySchema = z
  .object({
    hive: RegistryHive,
    key: z.string().min(1),
    view: RegistryView.default('64'),
    values: z.record(z.string(), RegistryValueSchema).default({}),
  })
  .strict();

export const SimEventSchema = z
  .object({
    log: z.string().default('Application'),
    provider: z.string().default('MsiInstaller'),
    id: z.number().int(),
    /** Either an absolute time or an age relative to the scenario clock. */
    time: z.string().optional(),
    minutesAgo: z.number().nonnegative().optional(),
    level: z.number().int().default(4),
    userSid: z.string().nullable().default(null),
    processId: z.number().int().nullable().default(null),
    data: z.array(z.string()).default([]),
  })
  .strict();

/** How the simulated msiexec behaves when a fix runs it (besides what the machine state implies). */
export const SimInstallerBehaviourSchema = z
  .object({
    /** The user clicks "No" on the UAC prompt: elevated launches end with 1223. */
    declineUac: z.boolean().default(false),
    /** Forced exit code for the next installs, consumed in order (e.g. a custom action that fails). */
    scriptedExitCodes: z.array(z.number().int()).default([]),
    /** How long the process holding the install mutex keeps it, in simulated seconds (1618 journeys). */
    holderFinishesAfterPolls: z.number().int().nonnegative().nullable().default(null),
  })
  .strict();

export const MachineSchema = z
  .object({
    computerName: z.string().min(1),
    domain: z.string().default('WORKGROUP'),
    userName: z.string().min(1),
    os: OsAnswer,
    token: TokenAnswer,
    env: EnvAnswer.shape.values,
    /** Keyed by absolute Windows path; case-insensitive like NTFS. */
    paths: z.record(z.string(), SimPathSchema),
    /** Keyed by drive ("C:"). */
    volumes: z.record(z.string(), z.object({ freeBytes: z.number().nonnegative() }).strict()),
    registry: z.array(SimRegistryKeySchema),
    services: z.record(z.string(), ServiceAnswer),
    processes: z.array(ProcessSchema),
    events: z.array(SimEventSchema),
    fileVersions: z.record(z.string(), z.string()),
    installer: SimInstallerBehaviourSchema.default({
      declineUac: false,
      scriptedExitCodes: [],
      holderFinishesAfterPolls: null,
    }),
  })
  .strict();
export type Machine = z.infer<typeof MachineSchema>;

/**
 * Simulated latency: every query waits this long before it is answered, like a slow or busy PC, so
 * progress and cancel can be seen and tested. A cancelled run stops waiting at once.
 */
export const SimulationSchema = z
  .object({
    queryDelayMs: z.number().int().nonnegative().max(60_000).default(0),
  })
  .strict();

export const ScenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/u, 'lower-case letters, digits and dashes'),
    title: z.string().min(1).max(200),
    /** The title in the other UI languages (the banner shows it in the user's language). */
    titles: z
      .object({ 'zh-CN': z.string().min(1).max(200), 'zh-TW': z.string().min(1).max(200) })
      .partial()
      .strict()
      .default({}),
    description: z.string().max(4000).default(''),
    /** Error codes and topics this scenario reproduces, e.g. ["2503", "2502"]. */
    tags: z.array(z.string().max(32)).default([]),
    /** The clock of the scenario (ISO). Defaults to the time of loading. */
    now: z.string().optional(),
    /** What a diagnosis of this machine must conclude; used by the integration tests. */
    expect: z
      .object({
        symptom: z.string().optional(),
        topFinding: z.string().optional(),
        healthy: z.boolean().optional(),
        packagePath: z.string().optional(),
      })
      .strict()
      .optional(),
    /** How the simulated machine behaves as a computer (not what it contains): e.g. a slow PC. */
    simulation: SimulationSchema.default({ queryDelayMs: 0 }),
    machine: MachineSchema,
  })
  .strict();
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
