package org.bellwether.processor.harm;

/** What a lexicon cue says about a post. */
public enum CueKind {
    /** Names a target group (needs hostility to become hate); grouped by harm category. */
    TARGET,
    /** A slur: names a target group and is hostile by itself. */
    SLUR,
    /** Dehumanising language (vermin, invasion, parasites …). */
    DEHUMANISING,
    /** Exclusion or expulsion (deport them, go back, build the wall …). */
    EXCLUSION,
    /** Threat or incitement to violence. */
    THREAT,
    /** Insult that is not a slur and not profanity (idiot, scum …). */
    INSULT,
    /** Names a government body, public institution or officials. */
    INSTITUTION,
    /** Hostility typical against institutions (corrupt, traitors, tyranny …). */
    INSTITUTION_HOSTILITY,
    /** Claim-like or sensational framing (they don't want you to know, proven, share before deleted …). */
    CLAIM,
    /** Profanity (LDNOOBW plus project additions): offensive, never harm by itself. */
    PROFANITY,
    /** Counter-speech or reporting about hate (refugees welcome, racism is …): lowers hate scores. */
    COUNTER
}
