/**
 * Words that carry no topic: function words and Slack-chat filler. Kept deliberately free of the
 * domain's words: "both", "first", "start", "difference" and "order" mean something to a comparison
 * guide. Vocabulary phrases are matched before these are dropped, so "which first" can still mean order.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above actually after again against all also am among amongst an and any anybody anyone anything anyway are aren around as
  ask asked asking at basically be because been before being below between bit but by can cant could couldn
  currently did didn do does doesn doing don done dont each either else even ever every exactly for from further
  get gets getting give given go goes going gonna got gotta guys had hadn has hasn have haven having he hello her here
  hers herself hey hi him himself his how however i id if ill im in into is isn it its itself ive just key kind
  know let lets like likely ll lot lots may maybe me mean might mine more most mostly much must my myself need needed needs
  no nor not now of off often ok okay on once one ones only onto or other others otherwise our ours ourselves out over
  overall own perhaps please pls plz pretty probably quick quite rather re really said same say says see seem seems
  shall she should so some someone something sometimes somewhat sort still such sure tell than that thats the
  their theirs them themselves then there theres these they thing things thingy think this those though thru thanks thank
  to too toward truly uh um under until up upon us use used using usually ve very via vs wanna want wanted wants was
  wasn way we well went were weren what whats whatever when whenever where whereas whether which while who whoever whom whose why
  will with within describe explain eli5 tldr summarize summarise tbh ngl imo imho idk lol honestly btw fyi
  curious wondering show shows showing shown come comes coming came look looks looking find found happen happens
  appear appears means matter matters info information details detail best better people person
  involve involves involved involving entail entails assume assumes assumed expect expects expected
  two three four five actual supposed typically typical generally commonly normally tend tends tended kinda sorta literally seriously genuinely real
  ppl ur u nah cuz coz tho anyways anyhow someones stuff saying rn afaik afaict iirc lmk ofc asap tbf ikr
  complete completely absolute absolutely totally utter utterly super extremely entirely
  somebody folks guy without won would wouldn yeah yep yes yet you youd youll your youre yours yourself certpath
  itll itd thatll thatd theyll theyre theyve theyd weve whatll wholl thered shouldve wouldve couldve
  wise`
    .trim()
    .split(/\s+/),
);
