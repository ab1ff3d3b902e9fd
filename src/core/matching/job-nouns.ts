// The nouns jobs are called by, read in two places: where a question names a job rather than a certification
// (analyze-question.ts) and where a post opens by saying who someone is (prepare-question.ts).

/** Job nouns a side may be called by, which other roles share ("UX designer", "game developer"). */
export const SIDE_JOB_NOUNS: ReadonlySet<string> = new Set(
  'architect architects designer designers developer developers dev devs builder builders programmer programmers engineer engineers'.split(
    ' ',
  ),
);
/**
 * Nouns for jobs neither side is ("product manager", "data analyst", "nurse"): a question that names nothing
 * of the guide's and asks about one of these asks about that job.
 */
export const OTHER_JOB_NOUNS: ReadonlySet<string> = new Set(
  'manager managers analyst analysts scientist scientists administrator administrators admin admins dba dbas sre sres consultant consultants nurse nurses teacher teachers advocate advocates director directors recruiter recruiters accountant accountants lawyer lawyers doctor doctors tester testers technician technicians marketer marketers salesperson owner owners officer officers'.split(
    ' ',
  ),
);
