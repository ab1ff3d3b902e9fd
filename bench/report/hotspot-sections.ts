import type { BenchReport, HotspotReport } from './bench-report.js';
import { markdownTable, num } from './markdown-table.js';

/** Where the CPU went in a part that missed a target. */
export function hotspotSection(hotspot: HotspotReport): string[] {
  const rows = (list: HotspotReport['functions']) =>
    list.map((h) => [h.where, num(h.selfMs), num(h.totalMs), `${h.percent.toFixed(1)}%`]);
  return [
    `## Hot spot: ${hotspot.what}`,
    '',
    `Profile: \`${hotspot.profile}\` (open in Chrome DevTools → Performance). Shares are of the busy (non-idle) time.`,
    '',
    markdownTable(['function, by self time', 'self ms', 'total ms', 'share (self)'], rows(hotspot.functions)),
    '',
    markdownTable(
      ['our code, by total time (itself + what it calls)', 'self ms', 'total ms', 'share (total)'],
      rows(hotspot.ours),
    ),
    '',
    markdownTable(
      ['file, by self time', 'self ms', '', 'share'],
      hotspot.files.map((h) => [h.where, num(h.selfMs), '', `${h.percent.toFixed(1)}%`]),
    ),
    '',
  ];
}

/** What the heap did in a bot whose RSS missed its target. */
export function memorySection({ memory }: BenchReport): string[] {
  if (!memory) return [];
  const garbage = memory.peakHeapMb - memory.liveHeapMb;
  return [
    '## Hot spot: memory after the load (`--trace-gc` of a bot under the same load)',
    '',
    markdownTable(
      [
        'RSS MB',
        'live heap after the last full GC MB',
        'peak heap before a full GC MB',
        'heap committed MB',
        'full GCs',
        'scavenges',
      ],
      [
        [
          num(memory.rssMb),
          num(memory.liveHeapMb),
          num(memory.peakHeapMb),
          num(memory.committedMb),
          String(memory.fullGcs),
          String(memory.scavenges),
        ],
      ],
    ),
    '',
    `Between full GCs the heap holds up to ${num(garbage)} MB more than the bot keeps: short-lived garbage that outlived the young generation (requests in flight across scavenges) and was promoted. RSS follows the committed heap, not the live data.`,
    '',
  ];
}
