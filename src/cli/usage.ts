/** A command line the CLI cannot act on: printed with a hint, exit code 2. */
export class UsageError extends Error {
  readonly code = 'CLI_USAGE';
  override readonly name = 'UsageError';
}

/** `certpath ask` typed alone at a terminal: it would otherwise wait silently for stdin. */
export const ASK_USAGE = `Usage: certpath ask [--json] [--mode direct|channel] [--content DIR] QUESTION…
  e.g. certpath ask "which exam is harder?"
  Or pipe questions in, one per line: certpath ask --json < questions.txt`;

/** `certpath --help`. */
export const USAGE = `certpath — compare AWS Solutions Architect and Developer (Associate) from the command line

Usage:
  certpath ask [--json] [--mode direct|channel] [--content DIR] [QUESTION…]
      Answer a question as the Slack bot would. With no QUESTION, reads one question per line from stdin.
      --json prints one JSON line per question: {question, answer, suggestions, text, blocks}.
  certpath content check [DIR]
      Validate every guide under DIR (default: content); print every problem; exit 1 if any.
  certpath content export --json [--content DIR]
      Print every guide and section as plain text JSON.
  certpath eval [FILE] [--mode direct|channel|both] [--variants] [--content DIR] [--json]
      Evaluate answer quality on FILE (default: eval/questions.jsonl) against two baselines.
      --variants also asks every rightly handled question again rewritten (typos, no "?", "Hi team, " first…).
  certpath recommend [--statement ID…] [--role ID] [--answer QUESTION=OPTION…] [--guide ID] [--json]
      Recommend a certification from quiz answers (see the guide's choose section).
      --list prints the statement, role and question ids the quiz accepts. --content DIR as above.
  certpath report [--since 30d] [--json|--csv] [--content DIR]
      Unanswered questions grouped (count, last seen, outcome, best guess), sections by share of 👎,
      and a suggested fix for each. Reads the bot's store: DATABASE_URL, else CERTPATH_DATA_DIR (./data).
  certpath teach "QUESTION" SECTION-ID [--guide ID] [--content DIR]
      Answer QUESTION (and close variants) with that section from now on, as the App Home's Content gaps do.
  certpath content learn [--write] [--content DIR]
      Fold the learned phrasings into their sections' questions: (prints what it would add without --write).
  certpath --version
  certpath --help

Exit codes: 0 ok, 1 failure (invalid content, eval below target), 2 usage error.`;
