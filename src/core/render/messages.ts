/**
 * Every word CertPath says to a user, in one place: renderers assemble these, tests assert on
 * them. Arguments are already escaped for Slack markup by the caller.
 */

/** Labels for how sure the matcher is. */
export const BAND_LABELS = { best: 'Best match', possible: 'Possibly relevant' } as const;

export const BUTTON_LABELS = {
  quiz: 'Take the quiz',
  share: 'Share in channel',
  helpful: '👍 Helpful',
  notHelpful: '👎 Not helpful',
  allTopics: 'All topics',
  showTopics: 'Show topics',
} as const;

export const ANSWER_WORDS = {
  /** Context line under an answer: where it comes from and how sure the match is. */
  source: (guideTitle: string, band: string, percent: number) =>
    `From *${guideTitle}* · ${band} (${percent}%)`,
  sharedBy: (userMention: string) => `Shared by ${userMention}`,
  /** Where the Share button was, on the private copy, once the answer is shared. */
  shared: ':white_check_mark: Shared in the channel',
  /** A persona cue found in the question (a role the asker holds). */
  mentionedRole: (role: string, side: string) => `:dart: You mentioned *${role}* → points to *${side}*`,
  /** A persona cue found in the question (something the asker enjoys or does). */
  mentionedStatement: (quote: string, side: string) => `:dart: You said _${quote}_ → points to *${side}*`,
  /** A persona cue recognised only loosely (after a spelling fix): the guide's words, not a quote. */
  soundsLike: (statement: string, side: string) => `:dart: Sounds like _${statement}_ → points to *${side}*`,
} as const;

export const DID_YOU_MEAN_WORDS = {
  prompt: (question: string) => `I'm not sure I understood “${question}”. Did you mean:`,
  fallback: (question: string, titles: string) =>
    `I'm not sure I understood “${question}”. Did you mean: ${titles}?`,
} as const;

export const NOT_FOUND_WORDS = {
  topic: (topic: string) => `The guide doesn't cover *${topic}*.`,
  question: (question: string) => `The guide doesn't cover “${question}”.`,
  general: "The guide doesn't cover that.",
  /** A question in another language: the matcher reads English only, so say that, with an example to try. */
  otherLanguage: (question: string, example: string) =>
    `I can only read questions in English so far, so I couldn't match “${question}”. Try asking in English, for example “${example}”`,
  offer: 'Here are some topics it does cover:',
} as const;

export const TOPICS_WORDS = {
  intro: 'Here is everything I can answer. Pick a topic:',
  guideLine: (sides: string, count: number) => `${sides} · ${count} ${count === 1 ? 'topic' : 'topics'}`,
  moreGuides: (titles: string) => `Also loaded: ${titles}. Ask about them by name.`,
  fallback: (titles: string) => `Topics in ${titles}`,
  none: 'No guides are loaded yet, so there are no topics to show.',
} as const;

export const HELP_WORDS = {
  title: 'CertPath',
  what: (guides: string) =>
    `I compare AWS certifications side by side and answer questions about them, straight from ${guides}.`,
  noGuides: 'I compare AWS certifications side by side and answer questions about them.',
  howTitle: '*How to ask*',
  how: (command: string, botName: string) =>
    [
      `• Type \`${command} <your question>\` anywhere. Only you see the answer, and you can share it.`,
      `• Mention me in a channel: \`@${botName} which exam is harder?\``,
      '• Send me a direct message.',
      "• Ask in a channel I'm in: when I'm sure I can help, I answer in a thread.",
    ].join('\n'),
  /** "How to ask", read in the DM itself: asking here comes first, and needs no command or mention. */
  howInDm: (command: string, botName: string) =>
    [
      '• Just type your question here, like _which exam is harder?_',
      `• In any channel, type \`${command} <your question>\`: only you see the answer, and you can share it.`,
      `• Mention me in a channel: \`@${botName} which exam is harder?\``,
    ].join('\n'),
  examplesTitle: '*Try asking*',
  commandsTitle: '*Commands*',
  /** `prefix` is the slash command and a space, or nothing in a DM, where the bare word works. */
  commands: (prefix: string) =>
    [
      `• \`${prefix}topics\`: everything the guide covers`,
      `• \`${prefix}quiz\`: a few questions, then a recommendation for you`,
      `• \`${prefix}help\`: this message`,
    ].join('\n'),
  fallback: (command: string) => `CertPath compares AWS certifications. Ask with ${command} <your question>.`,
  fallbackInDm: 'CertPath compares AWS certifications. Just type your question here.',
  defaultExamples: ['Which exam is harder?', 'Which one pays more?', "I'm a sysadmin – which should I take?"],
} as const;

/** Replies to small talk; `topics` and `quiz` arrive as the command to type where the reply is read. */
export const SMALL_TALK_WORDS = {
  greeting: "Hi there! :wave: I'm CertPath: I compare AWS certifications side by side.",
  thanks: "You're welcome! :blush: Happy studying.",
  acknowledgement: 'Got it. :+1:',
  about: (guides: string, count: number) =>
    `I'm CertPath, a bot that compares certifications side by side. Everything I say comes from the ${
      count === 1 ? 'guide' : 'guides'
    } installed here: ${guides}. I match your question to a section; I don't search the web, so my answers are as current as the ${
      count === 1 ? 'guide' : 'guides'
    }.`,
  noGuides: "I'm CertPath, a bot that compares certifications side by side, from the guides installed here.",
  aboutHint: (topics: string) => `Type ${topics} to see everything the guide covers.`,
  greetingHint: (topics: string) =>
    `Ask me something like _which exam is harder?_, or type ${topics} to see everything I know.`,
  thanksHint: (topics: string) => `Anything else? Ask away, or type ${topics} to browse.`,
  acknowledgementHint: (topics: string, quiz: string) =>
    `Ask me another question whenever you like, type ${quiz} for a recommendation, or ${topics} to browse.`,
} as const;

export const ERROR_WORDS = {
  generic: 'Something went wrong on my side, sorry. Please try again in a moment.',
} as const;

export const FEEDBACK_WORDS = {
  helpful: 'Thanks for the feedback! Glad it helped. :raised_hands:',
  notHelpful: "Thanks for telling me. I'll use it to improve the guide. :pray:",
} as const;

export const HOME_WORDS = {
  title: 'Welcome to CertPath',
  guidesTitle: 'Guides loaded',
  guideLine: (title: string, sides: string, count: number) =>
    `*${title}*\n${sides} · ${count} ${count === 1 ? 'section' : 'sections'}`,
  quizHint: 'Not sure which one to take? Answer a few questions:',
} as const;

/** A topic or a quiz result shown in a modal over the App Home. Slack caps both at 24 characters. */
export const MODAL_WORDS = {
  title: 'CertPath',
  close: 'Done',
} as const;

export const THREAD_WORDS = {
  /** Said only to the asker when the section they asked for was already posted in the thread. */
  alreadyPosted: (title: string) => `*${title}* is already in this thread, just above. :point_up:`,
} as const;

/** The "which one should I take?" quiz modal. Slack caps the title and buttons at 24 characters. */
export const QUIZ_WORDS = {
  title: 'Which one should I take?',
  submit: 'See my pick',
  close: 'Cancel',
  intro: (first: string, second: string) =>
    `A few quick questions, then I'll suggest whether to take *${first}* or *${second}* first. *Answer at least one*; the more you answer, the better the pick.`,
  statementsLabel: (part: number) =>
    part === 0 ? 'What sounds like you?' : 'Anything else that sounds like you?',
  /**
   * Under every field: Slack marks each one "(optional)", since any one of them is enough, so each
   * says that at least one answer is needed.
   */
  statementsHint: 'Tick as many as you like. Answer at least one question on this form.',
  fieldHint: 'Answer at least one question on this form.',
  roleLabel: 'What is your current role?',
  rolePlaceholder: 'Pick a role',
  nothingChosen:
    'Tick at least one statement, pick a role or answer a question, so I have something to go on.',
  /** Only neutral choices ("Other", "Not sure yet"): refused in the form rather than "try again" after it. */
  onlyNeutral: (chosen: string) =>
    `“${chosen}” doesn't point to either exam on its own. Tick a statement or answer a question too.`,
  /** "quiz" typed in a DM, where no modal can open without a click: a button that opens it. */
  prompt: (first: string, second: string) =>
    `Not sure whether to take *${first}* or *${second}* first? Answer a few quick questions and I'll suggest one.`,
  /** `/certpath quiz` when no loaded guide has recommender data. */
  noQuizzes:
    'None of the loaded guides has a quiz yet. Ask me a question instead, like _which exam is harder?_',
  /** The guide asked for has no recommender data. */
  noQuiz: (guideTitle: string) =>
    `*${guideTitle}* has no quiz yet. Ask me a question about it instead, like _which exam is harder?_`,
  /** `/certpath quiz <id>` with an id no loaded guide has; `quizGuides` lists the ones that have a quiz. */
  unknownGuide: (guideId: string, quizGuides: string) =>
    `I don't know a guide called \`${guideId}\`. Guides with a quiz: ${quizGuides}.`,
} as const;

/** The quiz result. Names arrive escaped; `certification` reads "Name (CODE)". */
export const RECOMMENDATION_WORDS = {
  title: 'Your recommendation',
  takeFirst: (certification: string) => `:dart: Take the ${certification} first.`,
  bothWays: (first: string, second: string) =>
    `:scales: Your answers point both ways, so consider both the ${first} and the ${second}.`,
  undecided:
    ":thinking_face: Your answers don't lean towards either certification yet. Tick a few statements that sound like you, then try again.",
  whyTitle: '*Why*',
  saidStatement: (statement: string) => `• You said _${statement}_`,
  heldRole: (role: string) => `• Your role: *${role}*`,
  answered: (question: string, answer: string) => `• ${question} _${answer}_`,
  pointsTo: (line: string, side: string) => `${line} → *${side}*`,
  scores: (perSide: string) => `Points: ${perSide}`,
  retake: 'Retake the quiz',
  fallbackTakeFirst: (certification: string, reasons: string) =>
    `Take the ${certification} first: ${reasons}.`,
  fallbackBoth: (first: string, second: string, advice: string) =>
    `Consider both the ${first} and the ${second}: ${advice}`,
  fallbackUndecided: "Your answers don't point to either certification yet.",
  /** The quiz result's modal title (24 characters at most). */
  modalTitle: 'Your recommendation',
  /**
   * `/certpath quiz` in a channel the bot cannot post in: said above the result, in the DM it went to
   * instead. `notMember`: Slack said the bot is not in the channel (else it is archived, read-only…).
   */
  sentToDm: (channel: string, notMember: boolean) =>
    notMember
      ? `I'm not in ${channel}, so I couldn't post your result there. Here it is, just for you.`
      : `Slack wouldn't let me post in ${channel}, so your result is here, just for you.`,
} as const;
