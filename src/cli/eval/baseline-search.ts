import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { Guide } from '../../core/guide.js';
import { sectionText } from '../../core/text/section-text.js';

/** A baseline's search over every guide's sections: `guide/section` ids, best first. */
export type BaselineSearch = (question: string) => string[];

interface Doc {
  /** `guide/section`: unique across guides (MiniSearch needs that). */
  id: string;
  title: string;
  text: string;
}

/** Every section as title + plain text: what `content export` publishes, and what both baselines index. */
function docs(guides: readonly Guide[]): Doc[] {
  return guides.flatMap((guide) =>
    guide.sections.map((section) => ({
      id: `${guide.id}/${section.id}`,
      title: section.title,
      text: sectionText(guide, section),
    })),
  );
}

/** Plain Fuse.js with default options over title + text. */
export function fuseDefaultsSearch(guides: readonly Guide[]): BaselineSearch {
  const fuse = new Fuse(docs(guides), { keys: ['title', 'text'] });
  return (question) => fuse.search(question).map((hit) => hit.item.id);
}

/** MiniSearch over title + text with its usual fuzzy (0.2) + prefix search. */
export function miniSearchFuzzySearch(guides: readonly Guide[]): BaselineSearch {
  const mini = new MiniSearch<Doc>({
    fields: ['title', 'text'],
    searchOptions: { fuzzy: 0.2, prefix: true },
  });
  mini.addAll(docs(guides));
  return (question) => mini.search(question).map((hit) => String(hit.id));
}
