import type { Machine } from '../machine.js';
import type { ScaleResult } from '../matching/matching-suite.js';
import type { ProfileSummary } from '../profile/cpu-hotspots.js';
import type { MemoryProfile } from '../profile/memory-profile.js';
import type { EventResult } from '../slack/event-load.js';
import type { SlashResult } from '../slack/slash-suite.js';
import type { StartupResult } from '../startup/startup-suite.js';

/** A target from the issue, and whether this run met it (undefined: not judged in a smoke run). */
export interface TargetCheck {
  name: string;
  goal: string;
  measured: string;
  met?: boolean;
}

/** Where the CPU went in a run that missed a target. */
export interface HotspotReport extends ProfileSummary {
  what: string;
  profile: string;
}

/** Everything one `npm run bench` measured. */
export interface BenchReport {
  quick: boolean;
  machine: Machine;
  /** 1-minute load average at the start and the highest seen during the run: other work on the machine skews absolute numbers. */
  loadAverage: { start: number; max: number };
  durationS: number;
  matching: ScaleResult[];
  slash?: SlashResult;
  slashSetup?: { connections: number; rounds: number; seconds: number };
  events?: EventResult & { concurrency: number };
  startup?: StartupResult & { afterLoadRssMb: number };
  targets: TargetCheck[];
  hotspots: HotspotReport[];
  /** The GC log of a bot under the same load, when RSS missed its target. */
  memory?: MemoryProfile;
  /** Parts that could not run, and why. */
  skipped: string[];
}
