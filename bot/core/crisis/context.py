"""Who a message's risk words are about, and how the message frames them.

The lexicon finds risk words; this module reads around them, with the word lists and
frame patterns of ``crisis.yaml``'s ``context`` section:

* **Whose safety.** Read backwards from the risk words to the nearest word that says
  who they are about: "i" or "myself" (the writer), "he", "she", "they", "himself",
  "my son" (someone else), "people", "patients", "a character" (people in general).
  Pronouns elsewhere in the message do not count, so "if i tell them ive had
  suicidal thoughts will they tell my gp" is the writer's own risk.
  A quote is someone else's: in "my mate said to me i wont be here next week" the "i"
  is the mate's. Risk words that are only the subject of talk ("they ask about
  suicide", "a lot of suicides") are about no one in particular.
* **How it is framed.** The ``past`` ("when i was 16", "years ago"), ``resolved`` ("been
  well for 6 years"), ``current`` ("again", "lately"), ``denial`` ("im not suicidal"),
  ``subject`` (a professional, a student, a film or the news), ``bereaved`` (someone
  died by suicide), ``loss`` (a death, a funeral, a pet put to sleep), ``hypothetical``
  ("if i tell them"), ``consequences`` ("will they tell my gp"), ``asked`` (a form's
  question quoted), ``affirmed`` (a yes to it: "because i am") and ``joking`` ("lol")
  frames, each a list of patterns with examples, like the lexicon's.

:mod:`bot.core.crisis.detector` turns these readings into the kind and the level of
each escalation. Nothing here escalates or clears a message on its own.
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Sequence

from bot.core.crisis.lexicon import Lexicon
from bot.core.crisis.patternset import PatternSet

__all__ = ["Context", "Holder"]

MAX_LOOK_BACK = 12
"""How many words before a pattern's risk words may say who they are about."""
MAX_LOOK_BACK_BARE = 4
"""...and before bare risk words ("suicide", "self harm"): only a close word ("i am",
"my", "she has been") says whose they are; a distant "i" in a long sentence is rarely
the holder ("i am looking at waiting times and suicide rates")."""
MAX_QUOTE_GAP = 8
"""How far a reporting verb ("said", "texted") may be from the "i" it quotes."""
_WISHING = frozenset({"want", "wanted", "wanting", "wants", "wish", "wished", "wishing"})
"""Words of wishing: "if i said i wanted to die" tells a wish, not a plan."""
_I_FORMS = frozenset({"ill", "im", "id", "ive"})
_HAVING = frozenset({"having", "had", "have", "getting", "get", "got", "experiencing"})
"""Having thoughts: "been having suicide thoughts" is the writer's, the "i" left out."""
_PASSIVE = frozenset({"got", "get", "gets", "getting", "was", "were", "been", "being"})
"""Before a reporting word, a passive: "got posted", "was called" report nothing."""
"""Forms of "i" the preparer leaves joined ("ill" = "i will")."""
_HAD_DONE = frozenset({"been", "had", "taken", "took", "gone", "done", "got", "tried",
                       "started", "stopped", "cut", "written", "wrote", "left", "hidden", "hid",
                       "bought", "saved", "collected", "stockpiled", "hoarded", "already",
                       "just", "never", "always", "ever", "be", "rather", "do", "said", "told"})
"""After "shed", words that make it "she'd" ("shed been", "shed rather die")."""
_ARTICLES = frozenset({"a", "an", "the", "any", "some", "this", "that", "these", "those"})
_MAN_DOES = frozenset({"am", "im", "is", "s", "been", "has", "cannot", "cant", "do", "does", "dont",
                       "doesnt", "aint", "needs", "wants", "going", "just", "will", "would",
                       "should", "could", "might", "feels", "feel", "had", "got", "gotta",
                       "keeps", "thinks", "thinking", "tried", "trying", "tryna", "wanna",
                       "need", "want", "honestly", "literally", "really"})
"""Words after an opening "man" that say "man" is the writer ("mans been", "man cant")."""
_OF_A_KIND = frozenset({"teenage", "teen", "youth", "male", "female", "student", "veteran",
                        "adolescent", "mens", "womens", "farmer", "farmers", "child",
                        "childhood", "youngster", "elderly", "workplace", "rural"})
"""Words before bare risk words that make them a kind of risk, a subject ("teenage
suicide", "male suicide rates"), not someone's."""
_TURN = frozenset({"but", "yet", "though", "tho", "however"})
"""Words where a sentence turns from what was done to the writer to what is back now."""
_TIME_FILLERS = frozenset({"now", "still", "all", "again", "already", "lately", "recently"})
_ADVERBS = frozenset({"seriously", "really", "constantly", "often", "always", "lot", "lots",
                      "loads", "more", "properly", "actually", "genuinely", "honestly",
                      "sometimes", "again", "a", "so", "much", "non", "stop", "nonstop",
                      "all", "day", "night", "every", "too"})
"""Words that may sit between thinking and its preposition ("thinking a lot about")."""
_LEFT_OUT_I = frozenset({"been", "keep", "am", "was", "still", "started", "start", "stop",
                         "always", "constantly", "im", "ive", "and", "but", "so"})
"""Words before a thinking word that leave its "i" out ("been thinking about")."""
_WHEN = frozenset({"when", "if", "whenever", "where", "once", "should"})
"""Words before "a client" that make it anyone of a kind ("when a client says")."""
_STUDY_NOUNS = frozenset({"essay", "assignment", "dissertation", "module", "course",
                          "placement", "exam", "project", "coursework", "training",
                          "lecture", "presentation", "textbook"})
"""After a person word, a piece of work: "a student nurse essay" is about no one."""
_GROUPING = frozenset({"year", "yr", "form", "class", "tutor", "group"})
"""Words between "my" and the people a teacher names ("my year 6 pupils")."""


def _past_grouping(words: Sequence[str], index: int) -> int:
    """Where the word before ``words[index]`` is, past a teacher's grouping words ("my
    year 6 pupils", "our form group": the "my" or "our"); -1 at the start."""
    before = index - 1
    while before > 0 and index - before <= 3 and (
            words[before] in _GROUPING or words[before].isdigit()):
        before -= 1
    return before


_ASKING = frozenset({"ask", "asking", "approach", "approaching"})
"""Words before "a bloke" that make him anyone of a kind ("how do you ask a bloke if he's
suicidal", on a first-aid course)."""
_GENERAL = frozenset({"a", "an", "any", "every", "each"})
"""Words that make a person anyone of a kind ("a client", "any pupil")."""
_WORK_PREPOSITIONS = frozenset({"for", "about", "on", "with", "into"})
"""Words between a work verb and what it is about ("screen for", "ask about")."""
_SUBJECT_NOUNS = frozenset({"disclosures", "disclosure", "referrals", "cases", "policy",
                            "policies", "rates", "rate", "statistics", "stats", "figures",
                            "prevention", "awareness", "training", "incidents", "protocol",
                            "procedures", "pathway", "screening", "research", "module",
                            "paperwork", "watch", "observations", "register", "audit",
                            "guidance", "guidelines", "course", "workshop", "lecture",
                            "trends", "trend", "leaflet", "leaflets", "posters", "campaign",
                            "charity", "charities", "helpline", "helplines", "risk", "risks",
                            "scene", "scenes", "storyline", "storylines", "plot", "episode",
                            "passages", "passage", "chapter", "chapters", "episodes",
                            "bits", "parts", "themes", "theme", "content", "references"})
"""Words after bare risk words that make them a subject of work ("suicide rates")."""
_AMONG = frozenset({"in", "among", "amongst"})
_KINDS_OF_PEOPLE = frozenset({"young", "younger", "older", "old", "elderly", "teenage",
                              "adolescent", "male", "female", "autistic", "lgbt", "lgbtq",
                              "trans", "gay", "black", "asian", "new", "first", "university",
                              "school", "secondary", "primary", "college", "vulnerable",
                              "working", "middle", "aged", "british", "rural"})
"""Words that make people a group ("self harm in young people", "suicide among older men")."""
_STUDYING = frozenset({"spotting", "spot", "recognising", "recognizing", "recognise",
                       "recognize", "identifying", "identify", "preventing", "prevent",
                       "tackling", "tackle", "reducing", "reduce", "detecting", "detect",
                       "teaching", "teach", "researching", "research", "studying",
                       "broach", "broaching", "discuss", "discussing", "screen", "screening",
                       "assess", "assessing"})
"""Work verbs right before bare risk words make them a subject ("training on spotting self
harm", "preventing suicide")."""
_NOTICING = frozenset({"notice", "noticed", "noticing", "spotted", "see", "seeing"})
"""... and so does noticing them, when no one's they are is named after ("if i notice
self-harm scars during an appointment"; not "noticed self harm scars on my daughters
arms", hers)."""
_BRINGING = frozenset({"bring", "brings", "bringing", "brought"})
"""... and "bring up" with someone ("how do i bring up suicide with the lads"; not "i
bring up suicide every session", the writer's own)."""
_MUST = frozenset({"have", "has", "need", "needs", "got"})
_DEGREE = frozenset({"actively", "really", "properly", "actually", "very", "seriously",
                     "proper", "like", "literally"})
_THRESHOLD_AFTER = frozenset({"to", "before", "for", "in"})
_TELLS = frozenset({"mentions", "says", "discloses", "reports", "talks", "tells", "admits",
                    "expresses", "presents", "rings", "calls", "comes", "discusses", "raises",
                    "brings", "describes", "shares", "reveals", "writes", "texts"})
"""What someone in general does with risk words ("someone who mentions ...")."""
_PEOPLE_PRONOUNS = frozenset({"we", "our", "everyone", "anyone", "those", "everybody"})
_PLURALS = frozenset({"people", "men", "women", "children", "folk", "staff", "youth"})
"""People in the plural without a final "s"."""
_ANYONE = frozenset({"someone", "somebody", "anyone", "anybody"})
_GENERIC_PERSONS = frozenset({"man", "woman", "lad", "girl", "boy", "guy", "bloke", "lady",
                              "men", "women"})
"""Words for a person that name no one in particular unless someone owns them ("my
lad")."""
_WORK_NOUNS = frozenset({"dissertation", "essay", "assignment", "research", "project",
                         "thesis", "module", "coursework", "blog", "article", "podcast",
                         "presentation", "review", "lecture", "lesson", "placement"})
"""Work or study the writer owns: "my dissertation is on ... better off dead" is about
the work, not the writer."""
_STUDIED = _STUDYING | frozenset({"researches", "researched", "study", "studies", "studied",
                                  "dissertation", "thesis", "essay", "module", "lecture",
                                  "seminar"})
"""Words just before harm or abuse words, in a message about work or study, that make them
what is studied or taught (the work verbs, and the work itself)."""
_AT_A_PLACE = frozenset({"on", "in", "at", "from", "off", "of"})
_PLACES_OF_MINE = frozenset({"shift", "team", "ward", "site", "course", "street", "estate",
                             "crew", "unit", "gang", "floor", "road", "block", "wing", "round",
                             "base", "ship", "squad", "watch", "rota", "class", "year", "group",
                             "office", "department", "platoon", "regiment", "church", "mosque",
                             "club", "yard", "line", "corridor", "landing", "halls", "rotation",
                             "placement", "cohort", "module", "programme", "server", "route",
                             "patch", "building", "form"})
"""Where the writer works or lives: "a bloke on my shift keeps saying he wont be around"
names the bloke, not the writer."""
_MEANS = frozenset({"tablets", "pills", "painkillers", "medication", "meds", "paracetamol",
                    "sleeping", "insulin", "razors", "blades", "prescription", "sertraline",
                    "citalopram", "fluoxetine", "diazepam", "valium", "morphine", "oramorph",
                    "codeine", "codamol", "cocodamol", "co", "tramadol", "amitriptyline",
                    "mirtazapine", "zopiclone", "pregabalin", "gabapentin", "propranolol",
                    "antidepressants", "methadone", "gun", "shotgun", "rifle", "pistol"})
"""The means, owned: "my tablets" may be taken by anyone."""
_OWNERS = frozenset({"my", "our", "her", "his", "their", "mums", "dads", "nans", "me", "late"})
THEMSELVES = frozenset({"himself", "herself", "themselves", "themself"})
"""Someone else's reflexive: risk words turned on them are theirs."""
_HELPING = frozenset({"is", "has", "had", "was", "have", "just", "already", "now", "then",
                      "s", "been", "went", "gone"})
"""Helping words between a subject and the act ("she has just taken")."""
_WHO = frozenset({"who", "that", "whos"})
_CONJUNCTIONS = frozenset({"but", "and", "so", "because", "cause", "though", "although",
                           "however", "yet", "then"})


class Holder(enum.Enum):
    """Who risk words are about."""

    SELF = "self"
    OTHER = "other"
    TOPIC = "topic"
    """The words are a subject of talk ("they ask about suicide"), about no one."""
    NOBODY = "nobody"
    """Nothing near the words says who they are about ("suicidal thoughts")."""


_SAY_ADVERBS = frozenset({"often", "always", "sometimes", "all", "keep", "still", "just",
                          "will", "would", "also"})
"""Between someone and their "say" ("residents often say")."""
_PLACE_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                            "ten", "twelve"})
"""Numbers in place names made of relations ("Seven Sisters", "Three Brothers")."""
_TAKING = frozenset({"taking", "take", "took", "taken", "swallow", "swallowed", "swallowing",
                     "saving", "save", "saved", "hoarding", "counting", "counted", "necking",
                     "downing", "popping", "using", "used", "use", "uses", "hiding", "hid",
                     "stockpiling", "keeping", "keep", "kept", "storing", "stored",
                     "stashing", "stashed", "hoarded", "needing", "need", "wanting"})
"""Verbs whose "them" or "it" is the means ("saving them up instead of taking them")."""
_ADDRESSED = frozenset({"man", "mate", "pal", "bro", "lad", "girl", "guy", "bruv"})
_EXCLAIMING = frozenset({"howay", "hey", "aw", "aww", "oh", "ah", "cmon", "och", "sorry",
                         "honestly", "listen", "look", "whey", "wey"})
"""A word of address after an exclamation ("howay man", "oh mate") names no one at risk."""
_ASKING_ANYONE = frozenset({"asking", "ask", "asked", "asks", "approach", "approaching",
                            "supporting", "support"})
"""Words before "someone" that make them anyone, as in training ("asking someone if...")."""
_FINDING = frozenset({"found", "find", "finding", "discovered", "spotted"})
_SUPPOSING = frozenset({"worry", "worried", "think", "thinks", "fear", "suspect", "reckon",
                        "believe", "guess", "feel", "know"})
"""Words by which the writer supposes something of someone ("customers i worry might be...")."""
_BEFORE_THE_RISK = frozenset({"be", "just", "really", "probably", "definitely", "honestly",
                             "so", "much", "all", "actually", "genuinely", "maybe"})
"""Words between "id" and the risk words it owns ("told her id be better off in the ground")."""
_THEIRS = frozenset({"her", "his", "their"})
_TALKING = frozenset({"talk", "talking", "speak", "speaking", "chat", "chatting", "listen",
                      "vent", "venting", "through"})
_REACHING = frozenset({"need", "needs", "ring", "call", "phone", "text", "tell", "see", "get",
                       "reach", "message"})
"""Words by which the writer looks for "someone" to talk to (the one reached)."""
_JOKE_VERBS = frozenset({"making", "cracking", "makes", "made", "cracks", "crack", "make"})
_JOKE_NOUNS = frozenset({"jokes", "joke", "comments", "comment", "remarks", "remark", "cracks"})
_ASKED_THE_WRITER = frozenset({"asked", "asks", "asking", "ask", "wondered", "wanted"})
"""Before "if id ...": a question put to the writer ("the form asked if id be better off
dead"), so the "id" is the writer's own, whoever asked."""
_BEFORE_A_QUOTE = frozenset({"when", "if", "like", "about", "the", "those", "these", "some"})
_YOU_FORMS = frozenset({"you", "youll", "youd", "youre", "youve", "yous", "yall"})
"""The one spoken to, inside a quote ("keeps saying youll all be better off without me")."""
_SAYING_PHRASE_ENDS = frozenset({("with", "out"), ("about", "on")})
"""The last two words of a saying made of three ("coming out with", "going on about"),
last first."""
_SAYING_PHRASE_STARTS = frozenset({"coming", "comes", "came", "come", "going", "goes",
                                   "went", "go"})
_TRACES = frozenset({"searches", "search", "history", "tabs", "notes", "websites", "sites",
                     "pages", "videos", "posts", "messages", "googling", "about", "for", "on",
                     "of", "a", "the", "some", "his", "her", "their"})
"""What is found of someone else's ("i found searches about lethal doses")."""
_MODALS = frozenset({"might", "may", "could", "is", "are", "be", "been", "has", "have", "was",
                     "were", "will", "would", "must", "possibly", "probably", "also", "maybe",
                     "secretly", "quietly", "actually", "still"})
_JOINING = frozenset({"join", "joining", "rejoin", "with", "follow", "following"})
"""Words before the person the writer would join, inside risk words ("join her")."""

_ME_AS_I = frozenset({"wish", "could", "cant", "cannot", "never", "am", "dont", "will",
                      "would", "did", "tired", "nah"})
"""After "me", words that make it the speaker ("me wish", "me can't go on"), as some
speakers of Jamaican and Scots English say."""
_GIVEN_TO = frozenset((verb, get) for verb in ("can", "could", "will", "should")
                      for get in ("have", "keep", "get"))
"""After a relation: they are who is to have the writer's things, not who is at risk."""
_BODY = frozenset({"arm", "arms", "leg", "legs", "wrist", "wrists", "thigh", "thighs",
                   "hand", "hands", "knuckles", "fingers", "skin", "stomach", "chest", "face",
                   "head", "feet", "scars", "cuts", "wounds", "burns", "scabs", "fist",
                   "fists", "forehead", "foot", "toes", "nails"})
"""Parts of a body: "scratched my arms till they bled" names the writer's arms, not
someone else, in "they"."""
_AGAINST = frozenset({"on", "against", "into", "off", "through"})
"""Before "them" after a body part: "banging my head on them" (the walls)."""
_TO_YOU = frozenset({"for", "to", "on", "with", "at", "from", "without", "than"})
"""Before "you" inside the risk words, "you" is whom they are said to, not who is at risk."""
_DETERMINERS = _OWNERS | _ARTICLES
_TALKING_OF = frozenset({"talk", "talks", "talking", "talked", "going", "goes", "went",
                         "keeps", "jokes", "joking", "joked", "mentions", "mentioned",
                         "mentioning", "speaks", "spoke", "speaking", "writes", "wrote",
                         "writing", "posts", "posted", "posting", "rambles"})
"""Someone's own talk of it ("she talks about overdose", "he keeps going on about")."""
_HAS_DONE = frozenset({"been", "got", "gone", "taken", "tried", "started", "paid", "given",
                       "written", "cancelled", "sold", "left", "posted", "sent"})
"""After a relation's "'s": "has" ("the wifes been cutting"), not a possessive."""
_DOES_NOT_KNOW = frozenset({"does not know", "do not know", "did not know", "has no idea",
                            "have no idea", "knows nothing", "will not know", "cannot know",
                            "must not know", "does not suspect"})
"""After a relation: someone the writer keeps it from ("my mum does not know but...")."""
_HAS_ADVERBS = frozenset({"just", "already", "now", "recently", "finally", "also", "only"})
"""Between a relation's "'s" and what they have done ("my uncles just posted")."""
_SENDING = frozenset({"sent", "texted", "messaged", "wrote", "emailed", "rang", "phoned",
                      "called", "left", "gave", "handed", "sending", "texting", "messaging",
                      "writing", "ringing", "ringin", "calling", "phoning"})
"""Before "my mum" and the like, whom a message or a note was sent or left to."""
_TOLD_TO = _SENDING | {"told", "tell", "tells", "telling", "tellin", "telled"}
"""Before "him", "her", "them": whom something was sent or told to."""
_GIVEN_FOR = frozenset({"to", "for"})
"""Before a person inside the risk words, whom something is said to or left for ("said a
proper goodbye to the children", "organised for my wife"), not who is at risk ("cuts on
her arms" is hers)."""
_SHOWN_TO = frozenset({"showed", "show", "shows", "showing", "shown"})
"""Before "me": whom something was shown to ("showed me fresh cuts on her arms")."""
_SHARES = frozenset({"all", "lot", "rest", "most", "half", "both", "each", "every"})
"""Before "of them" after taking: "take all of them" (the tablets)."""
_KIN_SIZES = frozenset({"little", "big", "baby", "older", "younger", "eldest", "youngest",
                        "kid", "wee", "both", "all", "each", "two", "three", "four"})
"""Between "my" and a relation, or before "my": "my little bro", "both my daughters"."""
_LEFT_THINGS = frozenset({"note", "notes", "letter", "letters", "card", "cards", "goodbye",
                          "goodbyes", "message", "messages", "video", "worth", "gave", "given",
                          "give", "giving", "left", "leave", "leaving", "board", "things",
                          "stuff", "money", "savings", "will"})
"""Before "to" or "for" and a person: what is left for them ("notes for mum")."""
_AGE_UNITS = frozenset({"yr", "yrs", "year", "years", "yo"})


def _aged(words: Sequence[str], position: int) -> bool:
    """Whether ``words[position]`` ends someone named by their age: "my 14 yr old",
    "our 6 year old", "my 15yo" (a child, not the writer)."""
    word = words[position]
    if word.endswith("yo") and word[:-2].isdigit():
        return position >= 1 and words[position - 1] in ("my", "our")
    return word == "old" and position >= 3 and words[position - 1] in _AGE_UNITS and \
        words[position - 2].isdigit() and words[position - 3] in ("my", "our")


class Context:
    """The context rules of one lexicon, compiled once; the methods are pure."""

    def __init__(self, lexicon: Lexicon) -> None:
        holders = lexicon.holders
        self._self = holders.get("self", frozenset())
        self._other = holders.get("other", frozenset())
        self._people = holders.get("people", frozenset())
        self._relations = holders.get("relations", frozenset())
        self._reporting = holders.get("reporting", frozenset())
        self.reporting: frozenset[str] = frozenset(self._reporting)
        """The lexicon's words for saying or sending something ("said", "texted", "posted")."""
        self._prepositions = holders.get("prepositions", frozenset())
        self._thinking = holders.get("thinking", frozenset())
        self._screening = holders.get("screening", frozenset())
        self._frames: PatternSet[str] = PatternSet(
            [(entry.frame, branch) for entry in lexicon.frames for branch in entry.branches])

    def frames_beside(self, text: str, frame: str) -> frozenset[str]:
        """The frames ``text`` shows outside the words of ``frame``: "if the metros late
        again tonight" names, inside its exasperation, when the metro is late; only a time
        said elsewhere is when something will be done."""
        spans = sorted(((hit.start, hit.end) for hit in self._frames.hits(text)
                        if hit.label == frame), reverse=True)
        for start, end in spans:  # from the end, so earlier spans keep their places
            text = f"{text[:start]} {text[end:]}"
        return self.frames(text)

    def frames(self, text: str) -> frozenset[str]:
        """The frames that ``text`` (prepared, as the lexicon reads it) shows. A story
        (``fiction``) is always a subject of talk too."""
        found = self._frames.labels(text)
        if "fiction" in found:
            found.add("subject")
        return frozenset(found)

    def holder(self, words: Sequence[str], start: int, end: int, core: int | None = None,
               topic: bool = True) -> Holder:
        """Who the risk words ``words[start:end]`` (one prepared sentence) are about.

        ``core`` is where the risk words proper begin when the span starts with
        someone else's name ("they ... suicidal": the core is "suicidal"); it defaults
        to ``start``. ``topic``: the words may be a subject of talk (bare risk words,
        not a pattern's description of an act).
        """
        core = start if core is None else core
        if topic and end < len(words) and words[end] in _SUBJECT_NOUNS:
            return Holder.TOPIC  # "self harm disclosures most weeks", "suicide rates"
        if topic and self._of_a_group(words, end):
            return Holder.TOPIC  # "spotting self harm in teenagers", "suicide among men"
        if topic and start > 0 and words[start - 1] in _OF_A_KIND:
            return Holder.TOPIC  # "i read that teenage suicide is going up"
        if topic and self._threshold(words, core, end):
            return Holder.TOPIC  # "do you have to be suicidal to get seen"
        if 0 < start < len(words) - 1 and words[start] in _ANYONE and \
                words[start - 1] in ("when", "if", "whenever") and words[start + 1] in _TELLS:
            return Holder.TOPIC  # "what happens when someone tells you they are suicidal"
        # A reflexive in or just after the risk words settles it ("unaliving myself"),
        # unless the words are someone else's, quoted ("he keeps saying ill just kill
        # myself", "a pupil told me today im going to kill myself").
        # ... or a few words on ("how easy it would be to take it myself").
        for offset, word in enumerate(words[start:end + 4], start):
            if offset >= end + 2 and word not in ("myself", "meself"):
                continue  # "... can pupils refer themselves": past the risk words
            if word in ("myself", "meself", "ourselves"):
                speaker = next((p for p in range(start, max(-1, start - 6), -1)
                                if words[p] in self._self or words[p] in _I_FORMS), None)
                if speaker is not None and self._quoted(words, speaker):
                    return Holder.OTHER
                if speaker is None and start > 0 and self._quoted(words, start):
                    # "lad in our group chat keeps saying gonna unalive myself lol": the
                    # quote's "i" left out, someone else's words all the same
                    return Holder.OTHER
                return Holder.SELF
            if word in THEMSELVES:
                return Holder.OTHER
        # "ask about suicide", "a lot of suicides", "with a self harm history": a
        # subject of talk, unless the words before are the holder's own thoughts or
        # struggles ("thinking about suicide", "struggling with self harm").
        before = core - 1
        while before >= 0 and words[before] in _ARTICLES:
            before -= 1
        if topic and before >= 0 and words[before] in self._prepositions and \
                not self._thinking_before(words, before) and not self.talks_of_it(words, core):
            return Holder.TOPIC
        if topic and before >= 0 and (words[before] in _STUDYING or (
                words[before] == "up" and before > 0 and words[before - 1] in _BRINGING
                and "with" in words[end:end + 2])):
            return Holder.TOPIC  # "training on spotting self harm", "preventing suicide"
        if topic and before >= 0 and words[before] in _NOTICING and not any(
                self._relation_or_theirs(w) or w in ("my", "me", "mine")
                for w in words[end:end + 6]):
            return Holder.TOPIC
        reach = MAX_LOOK_BACK_BARE if topic else MAX_LOOK_BACK
        if topic and before >= 0 and words[before] in self._prepositions:
            before -= 1  # "thinking about suicide": look back from the thinking word
        # "she has taken a load of my tablets": the "my" inside the risk words owns
        # the means; the person named just before them took them.
        subject = self._subject_before(words, start)
        found = start - 1
        while found >= 0 and words[found] in _ARTICLES:
            found -= 1
        if found >= 0 and words[found] in _FINDING and (
                any(w in _THEIRS for w in words[end:end + 3])
                or any(w in ("my", "our", "me") and self._relation_or_theirs(after)
                       for w, after in itertools.pairwise(words[end:end + 5]))):
            # "found a box of pills under her bed": hers; "found fresh cuts all up my
            # daughters thighs": hers
            return Holder.OTHER
        if start < len(words) and words[start] in _FINDING and any(
                w in _THEIRS or self._relation_or_theirs(w) for w in words[end:end + 4]):
            return Holder.OTHER  # "found blades in my little sisters room": hers
        if start + 2 < len(words) and words[start] in _FINDING and words[start + 1] == "my" \
                and self._relation_or_theirs(words[start + 2]):
            return Holder.OTHER  # "found my sons search history ...": his
        if start + 1 < len(words) and words[start] in _FINDING and words[start + 1] == "my":
            return Holder.SELF  # "mum found my razors and took them": the writer's
        for position in range(end - 1, max(-1, min(core, before + 1) - reach - 1), -1):
            word = words[position]
            if word == "me" and position >= 2 and words[position - 2:position] == ["front", "of"]:
                continue  # "swallowed a load of his tablets in front of me": who saw it
            if word in self._relations and position >= 2 and \
                    words[position - 1] in _DETERMINERS and words[position - 2] in _SENDING:
                continue  # "sent my mum a text saying sorry for everything": whom it went to
            if word in ("his", "hers", "theirs") and position > 0 and \
                    words[position - 1] in ("its", "is", "s", "theyre", "are"):
                continue  # "told him its his now": whose a thing given away now is
            if word in self._relations and position < start and \
                    " ".join(words[position + 1:position + 4]) in _DOES_NOT_KNOW:
                # "me mam dunt know but av got a rope hid in me wardrobe": the one kept
                # in the dark is not the one at risk
                continue
            if self._relation_or_theirs(word) and position >= 2 and \
                    words[position - 1] in ("my", "our", "me") and words[position - 2] == "for":
                continue  # "was gonna do it for my mums sake": whom it was done for
            if word in self._relations and position >= 2 and \
                    words[position - 1] in _PLACE_NUMBERS and words[position - 2] in _AT_A_PLACE:
                continue  # "on the platform at seven sisters": a place's name
            if word == "them" and position + 1 < len(words) and words[position + 1] in _MEANS:
                continue  # "how many of them tablets": those tablets
            if word in self._relations and self._left_for(words, position):
                # "wrote notes for mum", "gave my board to my little bro", "worth more
                # to our kid as a payout": whom things are left for, not who is at risk
                continue
            if word in ("him", "her", "them") and position > 0 and \
                    words[position - 1] in _TOLD_TO:
                continue  # "told him its for rabbits. it aint": whom it was told to
            if word in _DETERMINERS and 1 <= position < len(words) - 1 and \
                    words[position + 1] in self._relations and words[position - 1] in _SENDING:
                continue  # ... and the "my" of "my mum"
            if position > 0 and word in ("them", "it") and not topic and (
                    words[position - 1] in _TAKING or (
                        position >= 3 and words[position - 1] == "of"
                        and words[position - 2] in _SHARES
                        and any(w in _TAKING for w in words[max(0, position - 5):position - 2]))):
                # "instead of taking them", "i will take all of them": the tablets, not
                # whose the risk is
                continue
            if position > start and (words[position - 1] in _JOINING or (
                    position > start + 1 and words[position - 1] in ("my", "our")
                    and words[position - 2] in _JOINING)) and \
                    words[position - 2:position] != ["than", "with"]:
                # "i will join her soon", "be with my wife": whom they'd join ("better
                # off with the insurance than with me" is the writer, who'd be gone)
                continue
            if word == "me" and 0 < position < start and words[position - 1] in _SHOWN_TO:
                continue  # "showed me fresh cuts on her arms": whom they were shown to
            if word in ("man", "mans") and position == 0 and len(words) > 1 and \
                    words[1] in _MAN_DOES:
                # "mans been thinking bout ending it all", "man cant take it no more": in
                # London speech "man" opening the sentence is the writer ("the man at
                # the bus stop", "man from work", "man he said" are someone else).
                return Holder.SELF
            if word == "me" and position + 1 < len(words) and \
                    words[position + 1] in _ME_AS_I and not self._quoted(words, position):
                return Holder.SELF  # "me wish me could just go to sleep": "me" for "I"
            if word == "me" and position + 2 < start and words[position + 1] not in _TURN and \
                    self._turns_to_the_words(words, position, start):
                # "they discharged me last week but the thoughts about ending it are back":
                # the writer is the last one named before the clause that turns to the
                # risk words, which names no one; the "they" before is who discharged.
                return Holder.SELF
            if position >= core and word in ("me", "us") and not (
                    position + 1 < len(words) and words[position + 1] in _MEANS):
                # "kill me", inside the risk words; someone else's when quoted ("hes
                # saying things like whats the point of me")
                return Holder.OTHER if self._quoted(words, position) else Holder.SELF
            if position >= start and word in ("my", "our") and subject:
                return Holder.OTHER
            if word in ("my", "our", "me") and position + 1 < len(words) and \
                    words[position + 1] in _WORK_NOUNS | _MEANS:
                # "my dissertation is on ...": the writer's work, not risk; "she has
                # taken a load of my painkillers": whose the tablets are says nothing of
                # who took them.
                continue
            if word in ("my", "our") and position > 0 and (position < start or (
                    core > start and position - 1 > start)) and \
                    words[position - 1] in _AT_A_PLACE and \
                    any(w in _PLACES_OF_MINE for w in words[position + 1:position + 3]):
                # "a lad on my shift", "someone in my tutor group": the place; inside a
                # pattern about someone else too ("someone in my team mentions self harm")
                continue
            if word in _OWNERS and position > start and \
                    any(w in _MEANS for w in words[position + 1:position + 4]):
                # "i took a load of her blood pressure tablets": hers were the tablets;
                # who took them is named before.
                continue
            if word in _ADDRESSED and position > 0 and words[position - 1] in _EXCLAIMING:
                continue  # "howay man am just done", "oh mate i cant": the one spoken to
            if word in self._relations and position > 0 and \
                    words[position - 1] in _OWNERS and \
                    any(w in _MEANS for w in words[position + 1:position + 3]):
                # "necked a load of my flatmates pills": whose the pills were says
                # nothing of who took them.
                continue
            if word in self._self and position + 1 < start and \
                    words[position + 1] in _FINDING and \
                    all(w in _TRACES for w in words[position + 2:start]):
                return Holder.OTHER  # "i found searches about lethal doses": someone else's
            if word in self._self and position + 1 == start and words[start] in _FINDING:
                # "my flatmate has been really low and i found blades", "i find blood in
                # bathroom": who found it is not who is at risk; whoever else is named is.
                continue
            if word in self._self and position + 1 < min(len(words), start) and \
                    words[position + 1] in _SUPPOSING and \
                    all(w in _MODALS for w in words[position + 2:min(core, start)]) and \
                    any(w in self._people or w in self._relations
                        for w in words[max(0, position - 3):position]):
                # "customers i worry might be self harming", "my lad i think is cutting":
                # the writer is the one who worries; the risk is the person named before.
                continue
            if word == "you" and position > start and words[position - 1] in _TO_YOU:
                continue  # "i will not be a problem for you much longer": the one told
            if word == "you" and position > start and words[position - 1] == "see":
                continue  # "friend put on insta see you on the other side": the ones told
            if word in _ANYONE and position > 0 and (
                    words[position - 1] in _REACHING or (
                        position > 1 and words[position - 1] in ("to", "with")
                        and words[position - 2] in _TALKING)):
                # "need to talk to somebody before i do something daft", "ring someone
                # before i do summat": the one the writer wants to reach, not at risk.
                continue
            if position > start and (word in self._relations or word in self._other) and (
                    words[position - 1] in _GIVEN_FOR or (
                        position > start + 1 and words[position - 1] in _DETERMINERS
                        and words[position - 2] in _GIVEN_FOR)):
                continue  # "said a proper goodbye to the children": whom it is said to
            if word in self._self:
                return Holder.OTHER if self._quoted(words, position) else Holder.SELF
            if word in _I_FORMS and position >= 2 and words[position - 1] in ("if", "whether") \
                    and words[position - 2] in _ASKED_THE_WRITER:
                return Holder.SELF  # "one of them asked if id be better off dead": asked me
            if word in _I_FORMS and (start - position <= 1 or (
                    all(w in _BEFORE_THE_RISK for w in words[position + 1:start])
                    and words[position - 1] not in ("if", "whether"))):
                # "tell her id selfharmed": "id" is "i had"; quoted, someone else's ("she
                # said to me next time ill do it properly")
                return Holder.OTHER if self._quoted(words, position) else Holder.SELF
            if word in self._relations and position >= 2 and (
                    (words[position - 2] in ("as", "was") and words[position - 1] in ("a", "an"))
                    or (position >= 3 and words[position - 3] in ("as", "was", "im", "am")
                        and words[position - 2] in ("a", "an"))):
                # "used to cut as a kid": the writer when young; "as a pharmacy student i
                # know exactly how much would be lethal": the writer's own role
                continue
            if word in _ANYONE and self._anyone_who(words, position):
                return Holder.TOPIC  # "someone who mentions suicidal thoughts": anyone
            if word in self._relations and \
                    tuple(words[position + 1:position + 3]) in _GIVEN_TO:
                continue  # "me brother can have the boat": who gets their things
            if word in ("they", "it") and any(w in _BODY for w in words[max(0, position - 4):
                                                                          position]):
                # "scratched my arms till they bled", "my fists into them till they
                # bleed": whose arms says whose
                continue
            if word == "them" and position >= 2 and words[position - 1] in _AGAINST and \
                    any(w in _BODY for w in words[max(0, position - 4):position - 1]):
                continue  # "punching walls and banging my head on them": the walls
            if word in self._other or word in self._relations or _aged(words, position) \
                    or self._has_done(words, position):
                return Holder.OTHER
            if word == "shed" and position + 1 < len(words) and words[position + 1] in _HAD_DONE:
                # "i found shed been collecting her pills": "she'd", not a garden shed
                # ("a rope in the shed") which names no one
                return Holder.OTHER
            if position == start - 1 and self._relations_s(word) \
                    and (words[start].endswith("ing") or words[start + 1:start + 2] == ["harming"]):
                return Holder.OTHER  # "boyfriends cutting again": his "'s" without its mark
            if word in self._people and words[max(0, position - 3):position - 1] == ["one", "of"]:
                # "one of my students handed in an essay that reads like a suicide note":
                # one person, not students in general
                return Holder.OTHER
            if word in self._people and (topic or (position < core and self.is_people(word))):
                # "people who self harm", "a character who": in general; and "my
                # patients talk about wanting to die": the people named before the risk
                # words, not the "my" before them ("everyone will be better off" and "we
                # found pills" are not).
                return Holder.TOPIC
        if not topic and start <= 1:
            return Holder.SELF  # "been cutting since my divorce": an "I" left out
        if topic and before >= 0 and words[before] in self._prepositions and \
                self._thinking_before(words, before):
            # "been thinking seriously about suicide", "thinking about suicide again":
            # thoughts with no one named but the writer left out.
            thinking = before - 1
            while thinking >= 0 and words[thinking] not in self._thinking:
                thinking -= 1
            named = words[max(0, thinking - 3):max(0, thinking - 1)]
            if thinking == 0 or (words[thinking - 1] in _LEFT_OUT_I and not any(
                    w in self._other or w in self._relations for w in named)):
                return Holder.SELF  # ... not "she is been thinking of an overdose"
        if topic and start >= 1 and words[start - 1] in _HAVING and \
                (start == 1 or words[start - 2] in _LEFT_OUT_I):
            return Holder.SELF  # "been having suicide thoughts most nights": "i" left out
        if topic and start == 1 and words[0] in _LEFT_OUT_I:
            return Holder.SELF  # "been self harming again since...": the same
        return Holder.NOBODY

    @staticmethod
    def _turns_to_the_words(words: Sequence[str], position: int, start: int) -> bool:
        """Whether, between ``words[position]`` and the risk words at ``start``, a clause
        turns ("but", "yet") to them with nothing between but an article and time words."""
        turn = next((i for i in range(position + 1, start) if words[i] in _TURN), None)
        if turn is None:
            return False
        return all(w in _ARTICLES or w in _TIME_FILLERS for w in words[turn + 1:start]) and \
            all(w not in _TURN and w != "i" for w in words[position + 1:turn])

    @staticmethod
    def _left_for(words: Sequence[str], position: int) -> bool:
        """Whether the person at ``words[position]`` is the one something is written,
        given or left for ("notes for mum", "gave my board to my little bro")."""
        before = position - 1
        while before > 0 and (words[before] in _DETERMINERS or words[before] in _KIN_SIZES):
            before -= 1
        return before >= 1 and words[before] in _GIVEN_FOR and \
            any(w in _LEFT_THINGS for w in words[max(0, before - 3):before])

    def _of_a_group(self, words: Sequence[str], end: int) -> bool:
        """Whether bare risk words ending before ``words[end]`` are said of a group of
        people: "in teenagers", "among young men" (not "in my teens")."""
        if end + 1 >= len(words) or words[end] not in _AMONG:
            return False
        after = end + 1
        while after < len(words) - 1 and words[after] in _KINDS_OF_PEOPLE:
            after += 1
        return words[after] in self._people or words[after] in _PLURALS

    @staticmethod
    def _threshold(words: Sequence[str], core: int, end: int) -> bool:
        """Whether bare risk words are a bar someone must reach: "do you have to be
        suicidal to get seen", "do i need to be actively suicidal before they help"."""
        if end >= len(words) or words[end] not in _THRESHOLD_AFTER:
            return False
        before = core - 1
        while before >= 0 and words[before] in _DEGREE:
            before -= 1
        return before >= 2 and words[before] == "be" and words[before - 1] == "to" and \
            words[before - 2] in _MUST

    def _subject_before(self, words: Sequence[str], start: int) -> bool:
        """Whether "he", "she" or "they" is the subject just before ``words[start]``,
        past helping words ("she has just taken", "he is")."""
        before = start - 1
        while before >= 0 and start - before <= 4 and words[before] in _HELPING:
            before -= 1
        return before >= 0 and before < start - 1 and words[before] in ("he", "she", "they") \
            and not (before > 0 and words[before - 1] in self._reporting)

    def work_holder(self, words: Sequence[str], start: int) -> Holder:
        """Who harm or abuse words at ``words[start]`` are about in a message about
        work or study (the ``subject`` frame): read from the words before them, not
        from the person harmed inside them ("thoughts of harming the baby").

        What a professional screens, asks or refers for is a subject of work ("i screen
        for thoughts of harming the baby", "we assess for abuse"), and so is anything
        said of someone in general: "a client", "any pupil", "every patient" (a named
        person, "a pupil told me her stepdad hits her", is someone else, read as usual).
        """
        before = start - 1
        while before >= 0 and words[before] in _ARTICLES:
            before -= 1
        if before >= 1 and words[before] in _WORK_PREPOSITIONS and \
                words[before - 1] in self._screening:
            return Holder.TOPIC
        if before >= 0 and words[before] in _STUDIED:
            return Holder.TOPIC  # "a psychology student researching abuse survivors"
        for position in range(start, max(-1, start - MAX_LOOK_BACK - 1), -1):
            word = words[position]
            if word in ("our", "my") and position > 0 and words[position - 1] in _AT_A_PLACE:
                continue  # "a child in our sunday school told me": the place, not who
            if word in self._people and position > 0 and words[position - 1] in _GENERAL:
                return Holder.TOPIC  # "when a client discloses abuse"
            if word in self._self:
                return Holder.OTHER if self._quoted(words, position) else Holder.SELF
            if word in self._other or word in self._relations:
                return Holder.OTHER
            if word in self._people:
                return Holder.TOPIC
        return Holder.NOBODY

    def general_person(self, words: Sequence[str], end: int) -> bool:
        """Whether the person risk words ending at ``words[end - 1]`` are about is anyone
        of a kind: read back past pronouns ("they", "she") to the nearest person named,
        and it is "a client", "any pupil", "a patient who" or people in the plural
        ("tenants tell us they feel suicidal"), not "my client" or "one of my pupils"."""
        for position in range(end - 1, max(-1, end - MAX_LOOK_BACK - 5), -1):
            word = words[position]
            if word in self._self and word != "you":
                return False
            if word in self._people or word in self._relations:
                back = _past_grouping(words, position)
                before = words[back] if back >= 0 else ""
                after = words[position + 1] if position + 1 < len(words) else ""
                if any(w in _STUDY_NOUNS for w in words[position + 1:position + 3]):
                    return True  # "for a student nurse essay": a kind of work, no one
                if before in ("my", "our", "his", "her", "their", "this", "that", "the"):
                    return False
                if before in ("any", "every", "each") or (before in _WHEN and word in self._people):
                    return True  # ... and "when patient say": a learner's "a" left out
                if before in ("a", "an"):
                    # "when a client says", "a woman who takes": anyone of a kind; "a
                    # patient just rang", "a client of mine told me": one person.
                    opener = words[position - 2] if position > 1 else ""
                    return opener in _WHEN or opener in _ASKING or \
                        after in ("who", "that", "whos")
                # "tenants tell us", "ask people straight out if they're thinking..."
                return word in self._people and (word.endswith("s") or word in _PLURALS)
            if word in _ANYONE and self._anyone_who(words, position, tells=False):
                return True  # "how a service handles someone who discloses ..."
            if word in _ANYONE and position > 0 and (
                    words[position - 1] in _ASKING_ANYONE or words[position - 1] in _WHEN):
                # "we practised asking someone straight out if theyre...", "learned what
                # to do if someone has taken an overdose": anyone, in training or at work
                return True
            if (word in _ANYONE or word in ("someones", "somebodys")) and any(
                    w in ("signs", "sign") for w in words[max(0, position - 2):position]):
                return True  # "whats the main signs someones thinking of ...": anyone
            if word in _ANYONE and any(
                    w in _WHEN and nxt in ("we", "you", "u")
                    for w, nxt in itertools.pairwise(words[max(0, position - 5):position])):
                return True  # "when we attend someone after an overdose": anyone met at work
        return False

    @staticmethod
    def _anyone_who(words: Sequence[str], position: int, tells: bool = True) -> bool:
        """Whether "someone" at ``position`` is anyone of a kind: "someone who" (and,
        with ``tells``, then a telling word: "someone who mentions ...")."""
        after = words[position + 1:position + 3]
        return bool(after) and after[0] in _WHO and \
            (not tells or (len(after) == 2 and after[1] in _TELLS))

    def is_people(self, word: str) -> bool:
        """Whether ``word`` names people in general ("patients", "callers")."""
        return word in self._people and word not in _PEOPLE_PRONOUNS

    def _relations_s(self, word: str) -> bool:
        """Whether ``word`` is a relation with an "s" joined on, as "'s" reads once the
        apostrophe has gone ("sons" of "my son's ipad", "wifes" of "the wife's been")."""
        return word.endswith("s") and word[:-1] in self._relations

    def _relation_or_theirs(self, word: str) -> bool:
        """Whether ``word`` is a relation, or a relation's ("sons" of "my son's ipad")."""
        return word in self._relations or self._relations_s(word)

    def names_other(self, words: Sequence[str]) -> bool:
        """Whether the words name someone other than the writer ("her", "my son")."""
        return any(word in self._other or word in self._relations for word in words)

    def names_someone(self, words: Sequence[str], story: bool = False) -> bool:
        """Whether the words name a real person ("my son", "a friend", "one of my
        students", "one of my year 10s"). ``story``: the words tell a story, where "the
        wife" or "a son" is a character, and only someone owned ("my son") is real."""
        def named(index: int, word: str) -> bool:
            before = _past_grouping(words, index)
            owned = before >= 0 and words[before] in ("my", "our")
            if story and not owned and (
                    (index > 0 and words[index - 1] in ("the", "a", "an", "her", "his", "their"))
                    or (index > 0 and words[index - 1].endswith("s")
                        and words[index - 1] not in self._relations)):
                return False  # "the wife", "the hero's father", "her husband": a character
            if word[:-1].isdigit() and word.endswith("s") and index > 1 and \
                    words[index - 1] in ("year", "yr") and words[index - 2] in ("my", "our"):
                return True  # a teacher's "one of my year 10s": pupils
            if word in _GENERIC_PERSONS:
                return owned  # "film watch. man suicide end": the story's man
            return word in self._relations or (word in self._people and owned) or (
                owned and self._has_done(words, index))  # "my uncles just posted"
        return any(named(index, word) for index, word in enumerate(words))

    def talks_of_it(self, words: Sequence[str], core: int) -> bool:
        """Whether someone named talks of the bare risk words at ``words[core]`` ("she
        talks about overdose", "my son keeps going on about suicide"): their own talk of
        it, a warning sign, not a subject someone else raised ("tell them about self
        harm")."""
        if core < 2 or words[core - 1] not in ("about", "of", "bout", "abt"):
            return False
        verb = core - 2
        if words[verb] == "on" and verb > 0:
            verb -= 1  # "going on about", "keeps on about"
        if words[verb] not in _TALKING_OF:
            return False
        before = words[max(0, verb - 4):verb]
        return any(w in ("he", "she", "they", "hes", "shes") or w in self._relations
                   for w in before)

    def _thinking_before(self, words: Sequence[str], preposition: int) -> bool:
        """Whether a thinking word comes just before the preposition at ``preposition``,
        maybe with an adverb between ("thinking seriously about suicide")."""
        before = preposition - 1
        while before >= 0 and words[before] in _ADVERBS:
            before -= 1
        return before >= 0 and words[before] in self._thinking

    def is_thoughts(self, words: Sequence[str]) -> bool:
        """Whether risk words speak of thoughts or feelings ("thoughts of suicide",
        "think about dying", "feeling suicidal") rather than a plan, the means or an act."""
        return any(word in self._thinking or word in _WISHING or word.startswith("suicidal")
                   for word in words)

    def _reporter_named(self, words: Sequence[str], verb: int) -> bool:
        """Whether someone else is named just before the reporting verb at ``verb``."""
        before = words[max(0, verb - 4):verb]
        if before and (before[-1] in self._self or before[-1] in _I_FORMS):
            return False  # "if i say i think about dying": the writer's own words
        if len(before) >= 3 and before[-3] in _SENDING and before[-2] in _DETERMINERS and \
                (len(before) == 3 or before[-4] in self._self or before[-4] in _I_FORMS):
            return False  # "i texted my dad saying i want to die": whom it was sent to
        # "my 12 year old screams ...": a child by their age; or people of a kind
        # ("our residents often say 'i want to die'")
        if any(w in self._other or w in self._relations or w in self._people
               for w in before) or before[-2:] == ["year", "old"]:
            return True
        # "my mums been pure weird, crying all the time and saying 'youd be fine without
        # me'": the one the sentence is about, named at its start, says it, when the
        # writer is nowhere between ("i was crying with my mum and saying..." is ours).
        start = 1 if words and words[0] in ("my", "our", "me", "ma") else 0
        return verb > start + 1 and (words[start] in self._other if start == 0 else
                                     words[start] in self._relations) and \
            not any(w in self._self or w in _I_FORMS for w in words[start + 1:verb])

    def _has_done(self, words: Sequence[str], position: int) -> bool:
        """Whether ``words[position]`` is a relation with the "'s" of "has" joined on once
        the apostrophe has gone ("the wifes been cutting again"); not a possessive ("the
        wifes tablets") nor a plural ("the lads")."""
        word = words[position]
        if not self._relations_s(word):
            return False
        after = position + 1
        while after < len(words) and words[after] in _HAS_ADVERBS:
            after += 1  # "my uncles just posted": has just posted
        return after < len(words) and (words[after] in _HAS_DONE or (
            after > position + 1 and words[after] in self._reporting
            and words[after].endswith("ed")))

    def _quoted(self, words: Sequence[str], position: int) -> bool:
        """Whether the "i" at ``position`` is someone else's, quoted ("she said i ...")."""
        verb = position - 1
        while verb >= 0 and words[verb] in _BEFORE_A_QUOTE:
            verb -= 1
        if verb >= 0 and words[verb] in _JOKE_VERBS and \
                any(w in _JOKE_NOUNS for w in words[position + 1:position + 6]):
            # "my bestie keeps making 'when i'm gone' jokes": the jokes are hers, unless
            # the writer makes them ("i keep making ... jokes")
            return not any(w in ("i", "im") for w in words[max(0, verb - 6):verb])
        for back in range(position - 1, max(-1, position - MAX_QUOTE_GAP - 1), -1):
            word = words[back]
            if word in ("me", "us") and back >= 2 and words[back - 1] == "to" and \
                    words[back - 2] in self._reporting:
                # "... and said to me, quite calmly, i will walk into the river first"
                return back == 2 or self._reporter_named(words, back - 2)
            if word in ("me", "us") and back >= 1 and words[back - 1] in self._reporting:
                # "... texted me last night dont think i can do this anymore": someone
                # told the writer, named before or left out at the sentence's start
                # ("i texted him" is the writer's own)
                return back == 1 or self._reporter_named(words, back - 1)
            if word in _CONJUNCTIONS:
                return False
            if word in _YOU_FORMS and words[position] in ("you", "me", "my"):
                # "posted love you all see you on the other side", "keeps coming out
                # with youll all be better off without me": one quote
                continue
            if word in self._self or word in _I_FORMS:
                # "he told me ive written my note": a "my" after a quoted "i" is in the
                # same quote, so the "i" says whose it is; an "i" itself is read from
                # its own place (a run-on "she said i can go i want to die" stays ours).
                if words[position] in ("my", "me"):
                    return word in ("i", *_I_FORMS) and self._quoted(words, back)
                # ... but a message sent to the writer runs on ("texted me i cant do
                # this anymore im on the roof": both are the sender's)
                return word in ("i", *_I_FORMS) and words[position] in ("i", *_I_FORMS) \
                    and any(w in _SENDING for w in words[max(0, back - 4):back]) \
                    and self._quoted(words, back)
            if back >= 2 and (word, words[back - 1]) in _SAYING_PHRASE_ENDS and \
                    words[back - 2] in _SAYING_PHRASE_STARTS:
                # "dad keeps coming out with things like ...", "she goes on about ..."
                return self._reporter_named(words, back - 2)
            if word in self._reporting and back >= 1 and words[back - 1] in _PASSIVE and \
                    not word.endswith("ing"):
                return False  # "since he got posted i sit ...": posted abroad, not a post
            if word in self._reporting:
                subject = back - 1
                while subject >= 0 and words[subject] in _SAY_ADVERBS:
                    subject -= 1
                if word == "say" and not (subject >= 0 and (
                        words[subject] in self._people or words[subject] in self._other
                        or words[subject] in self._relations)):
                    # bare "say" is someone's words only after them ("residents often
                    # say ..."); "i cannot sit in front of that man and say i have
                    # been ..." is the writer's
                    return False
                return self._reporter_named(words, back)
            if word in self._relations and back == position - 1 and back >= 1 and \
                    words[back - 1] not in ("my", "our", "me", "his", "her", "their", "your"):
                continue  # "he say to me on phone mama i will ...": the one spoken to
            if word in self._other or word in self._relations:
                return False
        return False
