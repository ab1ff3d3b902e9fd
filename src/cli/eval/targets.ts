import type { ChannelScore, DirectScore } from './metrics.js';

/** The quality bar (issue #5): a build whose evaluation falls below it does not ship. */
export const TARGETS = {
  direct: { top1: 0.95, top3: 0.99, notCovered: 0.95 },
  channel: { chatterAnswers: 0, recall: 0.7, precision: 0.98 },
} as const;

/** Every target missed, as readable lines; empty when all are met. */
export function missedTargets(direct: DirectScore, channel: ChannelScore): string[] {
  const missed: string[] = [];
  const below = (name: string, value: number, target: number) => {
    if (value < target) missed.push(`${name} ${(value * 100).toFixed(1)}% < ${(target * 100).toFixed(0)}%`);
  };
  below('direct top-1', direct.top1, TARGETS.direct.top1);
  below('direct top-3', direct.top3, TARGETS.direct.top3);
  below('direct not-covered', direct.notCovered, TARGETS.direct.notCovered);
  below('channel recall', channel.recall, TARGETS.channel.recall);
  below('channel precision', channel.precision, TARGETS.channel.precision);
  if (channel.chatterAnswers > TARGETS.channel.chatterAnswers)
    missed.push(`channel answered ${channel.chatterAnswers} chatter message(s)`);
  return missed;
}

/** Lines where a baseline does at least as well as CertPath (it must be clearly ahead on each). */
export function notAhead(
  ours: { direct: DirectScore; channel: ChannelScore },
  baseline: { name: string; direct: DirectScore; channel: ChannelScore },
): string[] {
  const lines: string[] = [];
  const check = (name: string, mine: number, theirs: number, higherIsBetter = true) => {
    if (higherIsBetter ? mine <= theirs : mine >= theirs)
      lines.push(`${name}: certpath ${mine.toFixed(3)} vs ${baseline.name} ${theirs.toFixed(3)}`);
  };
  check('direct top-1', ours.direct.top1, baseline.direct.top1);
  check('direct top-3', ours.direct.top3, baseline.direct.top3);
  check('direct not-covered', ours.direct.notCovered, baseline.direct.notCovered);
  check('channel chatter answers', ours.channel.chatterAnswers, baseline.channel.chatterAnswers, false);
  check('channel precision', ours.channel.precision, baseline.channel.precision);
  check('channel net gain', ours.channel.net, baseline.channel.net);
  return lines;
}
