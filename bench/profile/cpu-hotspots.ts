import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtDir, ROOT } from '../paths.js';
import { sourceFile, sourceLocation } from './source-location.js';

/** One function's (or file's) share of the busy samples in a CPU profile. */
export interface Hotspot {
  /** `name (file:line)`, or a file. */
  where: string;
  /** Time on top of the stack. */
  selfMs: number;
  /** Time on the stack at all: the function and everything it called. */
  totalMs: number;
  /** selfMs (or totalMs, for the "our code" list) as a share of the busy time. */
  percent: number;
}

/** Where the time went, three ways. */
export interface ProfileSummary {
  /** By self time: what to make cheaper. */
  functions: Hotspot[];
  /** By file, self time. */
  files: Hotspot[];
  /** The project's own functions (dist/, src/) by total time: which path leads there. */
  ours: Hotspot[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const IDLE = new Set(['(idle)', '(program)']);
/** The bench's own timing calls in a profile of the matching worker: overhead of measuring, not of matching. */
const BENCH_OVERHEAD = new Set(['cpuUsage', 'now', 'hrtime']);
const notMeasured = (node: ProfileNode) =>
  IDLE.has(node.callFrame.functionName) ||
  BENCH_OVERHEAD.has(node.callFrame.functionName) ||
  shorten(node.callFrame.url).startsWith('bench/');

/** The newest `.cpuprofile` in `dir` (what `node --cpu-prof --cpu-prof-dir=<dir>` wrote). */
export function newestProfile(dir: string): string | undefined {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .sort();
  return files.length ? join(dir, files.at(-1)!) : undefined;
}

/** Summarises a `.cpuprofile`; GC shows as its own row. */
export function hotspots(file: string, top = 8): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const files = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || notMeasured(node)) return;
    busy += ms;
    add(self, label(node), ms);
    const file = shorten(node.callFrame.url);
    add(files, file.startsWith('dist/') ? sourceFile(file) : file || node.callFrame.functionName, ms);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
      onStack.add(label(byId.get(at)!));
    for (const key of onStack) add(total, key, ms);
  });
  const hotspot = (where: string, selfMs: number, shareOf: number): Hotspot => ({
    where,
    selfMs,
    totalMs: total.get(where) ?? selfMs,
    percent: (shareOf / busy) * 100,
  });
  const bySelf = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  const ours = [...total].filter(([where]) => /\((dist|src)\//.test(where)).sort((a, b) => b[1] - a[1]);
  return {
    functions: bySelf.map(([where, ms]) => hotspot(where, ms, ms)),
    files: [...files]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([where, ms]) => ({ where, selfMs: ms, totalMs: ms, percent: (ms / busy) * 100 })),
    ours: ours.slice(0, top).map(([where, ms]) => hotspot(where, self.get(where) ?? 0, ms)),
  };
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const source = shorten(url);
  const where = source.startsWith('dist/') ? sourceLocation(source, lineNumber, columnNumber) : undefined;
  return `${functionName || '(anonymous)'}${source ? ` (${where ?? `${source}:${lineNumber + 1}`})` : ''}`;
}

/** `file:///work/main/dist/core/x.js` → `dist/core/x.js`; dependencies by package path. */
function shorten(url: string): string {
  if (!url) return '';
  const path = url.startsWith('file://') ? new URL(url).pathname : url;
  const built = builtDir();
  if (path.startsWith(`${built}/`)) return `dist/${path.slice(built.length + 1)}`;
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) return path.slice(modules + 'node_modules/'.length);
  return path.startsWith('/') ? relative(ROOT, path) : path;
}
