import { z } from 'zod';
import { IsoDateTimeSchema } from './base';

/**
 * The shared folder of this PC (issue 19, shared/sync/sharedFolder.ts): what the coordinator
 * set up and what this PC knows of the other PCs' files. Kept in `meta`: it is about this PC,
 * never part of a backup or of a shared-folder file.
 */

/** What the coordinator calls this PC ("Szeged office"): part of its file's name. */
export const PcNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'validation.required' })
  .max(60, { error: 'validation.tooLong' })
  .refine((name) => /[\p{L}\p{N}]/u.test(name), { error: 'validation.invalid' });

export const SharedFolderSetupSchema = z.object({
  pcName: PcNameSchema,
  /** What the coordinator sees of the folder: its path (desktop) or its name (browser). */
  folderLabel: z.string().max(1000),
  since: IsoDateTimeSchema,
});
export type SharedFolderSetup = z.infer<typeof SharedFolderSetupSchema>;

/** Why another PC's file was not merged (each has its own message saying what to do). */
export const PEER_PROBLEMS = [
  'wrongPassphrase',
  'damaged',
  'newerVersion',
  'notTandem',
  'otherOrganisation',
  /** A copy of another file under this name (a sync engine's conflict copy, a copy of ours). */
  'misnamed',
] as const;
export const PeerProblemSchema = z.enum(PEER_PROBLEMS);
export type PeerProblem = z.infer<typeof PeerProblemSchema>;

export const PeerStateSchema = z.object({
  pcName: z.string().max(200),
  deviceId: z.string().max(100).nullable(),
  /** Size and modification time of the version last read whole: a new version has others. */
  fingerprint: z.string().max(100),
  /** `inStep`: merged (or nothing new); `waiting`: the coordinator must look first; `problem`: not merged. */
  status: z.enum(['inStep', 'waiting', 'problem']),
  problem: PeerProblemSchema.nullable(),
  /** Why a merge waits: stamps from a clock ahead of this PC's, or rules the merge would break. */
  waitingFor: z.enum(['futureStamps', 'breaks']).nullable(),
  /** This PC's time when it first read the file's current version (never the other PC's clock). */
  heardAt: IsoDateTimeSchema.nullable(),
  /** This PC's time when it was last in step with that file. */
  mergedAt: IsoDateTimeSchema.nullable(),
});
export type PeerState = z.infer<typeof PeerStateSchema>;

export const SyncStateSchema = z.object({
  peers: z.record(z.string(), PeerStateSchema),
  /** Files skipped and reported once (conflict copies), by name, with the version reported. */
  skipped: z.record(z.string(), z.string()),
  own: z.object({
    /** This PC's file name as last written (renamed when the organisation or PC name changes). */
    file: z.string().nullable(),
    fingerprint: z.string().nullable(),
    /** The change stamp of the data the file holds: a different one means there is news to write. */
    stamp: z.string().nullable(),
    writtenAt: IsoDateTimeSchema.nullable(),
    /** Another PC writes a file under this PC's name: nothing is written until the name changes. */
    nameTaken: z.boolean(),
  }),
});
export type SyncState = z.infer<typeof SyncStateSchema>;

export const emptySyncState = (): SyncState => ({
  peers: {},
  skipped: {},
  own: { file: null, fingerprint: null, stamp: null, writtenAt: null, nameTaken: false },
});

/** What the coordinator types to set up the shared folder on a PC (the folder is chosen in a dialog). */
export const SharedFolderFormSchema = z.object({
  pcName: PcNameSchema,
  /** The organisation's sync passphrase, the same on every PC (checked for strength by the form). */
  passphrase: z
    .string()
    .min(10, { error: 'sharedFolder:errors.passphraseShort' })
    .max(1000, { error: 'validation.tooLong' }),
});
export type SharedFolderForm = z.infer<typeof SharedFolderFormSchema>;
