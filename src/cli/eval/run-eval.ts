import type { Guide } from '../../core/guide.js';
import type { EvalCase } from './eval-set.js';
import {
  type CalibrationBand,
  type CaseResult,
  type ChannelScore,
  calibration,
  channelScore,
  type DirectScore,
  directScore,
  runCases,
} from './metrics.js';
import { certpathSystem, fuseBaseline, miniSearchBaseline } from './systems.js';
import { missedTargets, notAhead } from './targets.js';

/** One system's numbers, overall and per category. */
export interface SystemReport {
  name: string;
  direct: DirectScore;
  channel: ChannelScore;
  byCategory: { cat: string; direct: DirectScore; channel: ChannelScore }[];
  results: CaseResult[];
}

/** The whole evaluation: CertPath, the two baselines, calibration, and what falls short. */
export interface EvalReport {
  systems: SystemReport[];
  calibration: CalibrationBand[];
  missed: string[];
  behindBaselines: string[];
}

export const CALIBRATION_EDGES = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** Evaluates CertPath and both baselines on the same content and questions. */
export function runEvaluation(guides: readonly Guide[], cases: readonly EvalCase[]): EvalReport {
  const systems = [certpathSystem(guides), fuseBaseline(guides), miniSearchBaseline(guides)].map((system) => {
    const results = runCases(system, cases);
    const cats = [...new Set(cases.map((item) => item.cat))];
    const byCategory = cats.map((cat) => {
      const subset = results.filter((r) => r.case.cat === cat);
      return { cat, direct: directScore(subset), channel: channelScore(subset) };
    });
    return {
      name: system.name,
      direct: directScore(results),
      channel: channelScore(results),
      byCategory,
      results,
    };
  });
  const [ours, ...baselines] = systems as [SystemReport, ...SystemReport[]];
  return {
    systems,
    calibration: calibration(ours.results, CALIBRATION_EDGES),
    missed: missedTargets(ours.direct, ours.channel),
    behindBaselines: baselines.flatMap((baseline) => notAhead(ours, baseline)),
  };
}
