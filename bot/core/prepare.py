"""One message, read once.

:meth:`bot.core.assistant.Assistant.prepare` turns the text a person sent into a
:class:`Prepared` value, and every later step (crisis detection, ranking, the
in-domain check, small talk) reads that value; none of them normalises the text again.
Data flows one way: text, then ``Prepared``, then a ``Detection`` and matches, then a
``Reply``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QUESTION_LABEL", "QUESTION_WORDS", "Prepared", "Terms", "asks_more_than_risk",
           "asks_question", "question_sentences", "split_sentences"]

SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
"""Where a message splits into sentences (the crisis detector reads each too)."""
_ASKING_END = re.compile(
    r"(?<=[.!?;])\s+|\n+|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\ufe0f?\s+(?=\S)")
"""...and where a question may start: also after an emoji between words ("... on the walk
home 🙃 anyway do u do appointments after midnight"). The crisis detector does not split
there: an emoji inside a sentence keeps its words together ("45 kill streak 🔥 nobody can
stop me" is one brag)."""
QUESTION_WORDS = frozenset({
    "can", "could", "do", "does", "did", "is", "are", "am", "will", "would", "should", "how",
    "what", "where", "when", "who", "why", "which", "any", "anyone", "has", "have", "wat",
    "wot", "hw", "cn", "whats", "what's", "wats", "wots", "hows", "how's", "wheres",
    "where's", "whos", "who's", "whens", "when's"
})


_WH = frozenset({"how", "what", "where", "when", "who", "why", "which"})
"""Question words that also open a clause that tells ("..., when she thinks i am not
listening", "when i drink i get violent"): a question only when no subject follows (a
question puts its verb first: "when will they ring", "how long is it"), except a
sentence opening "how I", "where I" ("How I refer myself, my English not good")."""

_INFO_ASK = (r"\b(?:i would like|i'd like|id like|i should like|could i have|can i have"
             r"|could i get|can i get|i am looking for|im looking for|i am seeking|im after)"
             r" (?:some |any |further )?(?:information|info|details|advice|guidance)"
             r" (?:on|about|regarding|as to|re)\b")
"""Asking for information on something ("I would like information on the usual length of
a course"), formally, with no question word."""
_FORMAL_ASK = (r"\b(?:grateful|thankful|obliged) (?:to know|to learn|for (?:\w+ )?"
               r"(?:clarification|advice|information|guidance|confirmation)|if you could)\b"
               r"|\b(?:grateful|obliged|thankful) if (?:you|someone|somebody|anyone) (?:would|could"
               r"|can|might) (?:tell|let) me(?: know)? (?:whether|if|how|what|when|who|which)\b"
               r"|\bas to whether\b"
               r"|\b(?:kindly|please|pls|plz) (?:advise|let me know|tell me|confirm|clarify"
               r"|explain)(?: me)? (?:whether|if|as to|how|what|when|who|which)\b")
"""Asking formally ("I would be grateful to know whether", "as to whether", "kindly
advise whether"): read as a question by :func:`asks_question` and
:func:`question_sentences` alike."""
_SAID_ASK = (r"\bi (?:only |just |simply )?wondered (?:if|whether)\b"
             r"|\b(?:question|query)(?: i (?:have|had|want to ask|wanted to ask))? (?:is|was)"
             r" (?:just |simply )?(?:whether|if|how|what|when|who|which)\b")
"""Asking in so many words, with no mark ("I only wondered whether you still see people of
my age", "My only question is whether my records are kept"): read as a question by
:func:`asks_question` and :func:`question_sentences` alike."""
_ANYTHING_TO_DO = (r"(?:^|, ?)(?:anything|owt|summat|something) (?:else )?"
                   r"(?:i|we|she|he|they|you|u) (?:can|could|should|might|ought to)"
                   r" (?:do|try|read|use)\b")
"""Asking what someone can do, with no question word ("shes on your waiting list,
anything she can do in the meantime")."""
_ASKING = re.compile(
    r"^\s*(?:how|where|what|who|which)\s+(?:i|we|my)\s+\w"  # "How I refer myself" (ESL)
    # ... and of someone else: "How he can get this talking therapy"
    r"|^\s*(?:how|where|who|which)\s+(?:he|she|they|my\s+\w+|our\s+\w+)\s+(?:can|could"
    r"|should|will|would|may|must|need|needs)\s+\w"
    r"|(?:^|[,;:(]|\b(?:but|and|so|or|also|just|pls|please|hi|hey|heya|hello|hiya|sorry|ok|okay|anyway|btw"
    r"|um|like|then|seriously|(?:genuinely|honestly|just|seriously|srsly|only|sincerely) asking"
    r"|tell (?:me|us)(?: straight| honestly| truthfully)?)"
    r"|\b(?:question|q|query|qu) (?:is|was)(?: just)?"
    r"|\b(?:quick|random|silly|daft|another) (?:q|qn|question)"
    # an age said just before it, unpunctuated: "im 16 can i still use ur thing"
    r"|\b(?:im|i'm|i am) \d{1,2}(?: (?:years?|yrs?|yr) old)?)\s*"
    r"(?:(?:do|did)\s+(?!(?:it|not)\b)|(?:"
    + "|".join(sorted(QUESTION_WORDS - {"do", "did"} - _WH)) + r")\s+(?!not\b)"
    r"|(?:" + "|".join(sorted(_WH)) + r")\s+(?!(?:not|i|im|i'm|ive|i've|she|he|they|we|it"
    r"|its|it's|my|her|his|their|our|me)\b))\w"
    r"|\b(?:what|how|who|where|when|why|which) (?:do|does|did|is|are|can|could|should|would"
    r"|will|happens|if|about|kind|sort|long|much|many|soon|else)\b"
    r"|\b(?:where|who|how) am i (?:meant|supposed|expected|going|gonna|to|allowed)\b"
    r"|" + _ANYTHING_TO_DO +
    r"|\b(?:if|whether|when) (?:i|im|i'm|ive|i've|they|you|u|my|someone|somebody|anyone"
    r"|a person|people|he|she|we|it|this|that|the)\b.*\b(?:will|would|do|does|can|could|is|are"
    r"|should)"  # ("if the self help doesnt work do they move you up")
    r" (?:i|they|you|u|he|she|it|my|his|her|their|our|your|the|there|we|them|that|this|social"
    r"|police|school|anyone|anybody|someone|work)\b"
    r"|\b(?:wondering|wonder|not sure|unsure|idk|dont know|don't know|do not know|want to know"
    r"|need to know|like to know|wish to know|love to know|keen to know|wanted to know"
    r"|needed to know|to ask|to enquire"
    r"|to understand|to learn"
    r"|to inquire|to check|asking) (?:if|whether|what|how|who"
    r"|where|when|why|which|about)\b"
    r"|" + _FORMAL_ASK + r"|" + _INFO_ASK +
    r"|\bplease (?:advise|confirm|let me know)\b"
    # Mid-sentence, unpunctuated ("im 14 am i allowed to get help from this", "...till
    # they bleed do i need my parents to say yes"): a question by its own words.
    r"|\b(?:am i|can i|do i|is this|will i|could i|should i|can you|do you|will you"
    r"|do they|will they|can they|would they|is there|are there|is he|is she|are they)"
    r" (?:(?:even |still |actually |really )?(?:allowed|able|eligible)|need"
    r"|the right|old enough|young enough|too (?:old|young)|still (?:get|use|be|go)"
    r"|even (?:get|use|go|ask)|have to|any (?:help|support|way))\b"
    # ... and a question by inversion ("...any more can he get help even if his english
    # is not good", "...when he comes home can they ring me on the phone")
    r"|\b(?:can|could|will|would|does) (?:he|she|they|i|you|u) (?:get|have|use|access|see|go"
    r"|ring|call|phone|text|email|do (?:it|this|the|my|sessions|therapy))\b(?= \w+ \w+)"
    r"|\b(?:i would like|i'd like|id like|i wish|i want|i wanted|i need) to (?:know|ask"
    r"|enquire|inquire|find out|refer|self[ -]refer|make a (?:self[ -])?referral|book|arrange"
    r"|request|cancel|change|move|rearrange|see someone|speak to someone|get (?:help|seen"
    r"|therapy|an appointment|a referral))\b"
    r"|\b(?:or what|or not)\s*[.!]*\s*$"
    # "my only question is whether my records are kept", "i only wondered whether you still
    # see people my age", "im 16 can i refer myself", "at the assessment do they ask about
    # that", "hes only 16 is there anything for his age": asking, with no mark
    r"|" + _SAID_ASK +
    r"|\b(?:can|could|may) i (?:just |still |even )?(?:self[ -]?refer"
    r"|refer (?:myself|me\b|my ?self))"
    r"|\b(?:do|will|would|does) (?:they|you|u|the therapists?|the therapist) (?:ever |usually )?"
    r"(?:ask|want to know|need to know)\b"
    r"|\bis there (?:anything|something|owt|summat|help|support) (?:for|aimed at)"
    r" (?:people|someone|somebody|me|us|men|women|lads|blokes|kids|children|teens|teenagers|young"
    r"|older|old|his|her|their|my age|our age|students|carers|veterans|mums|dads|parents"
    r"|under)\b"
    r"|\bis there (?:an?|any) (?!(?:more|point)\b)(?:age limit|limit|wait|waiting list|charge|cost"
    r"|fee|number|way|age|minimum|maximum|option|service|group|course|app|helpline|website"
    r"|form|list)\b"
    r"|\b(?:is|are) (?:that|this|it|there|they|therapy) (?:even |still |actually |really )?"
    r"(?:allowed|possible|a thing|an option|available|something (?:they|you) (?:do|treat|help"
    r" with|cover))\b"
    r"|\b(?:can|could|will|would|do|does) (?:the|you|u|ya|yous|they|your|talking|therapy"
    r"|therapists?|iapt|nhs) (?:\w+ ){0,3}(?:help|treat|work|cover|deal|see|take|accept|refer)\b"
    r"|\bwhy\b"
    r"|^\s*did it (?:even|actually|ever|really|go|get|arrive|come|work|send)\b"
    r"|(?<=\w )(?<!\bto )(?<!\bi )(?<!\bill )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bjust )"
    r"(?<!\bgonna )(?<!\bwill )(?<!\bcan )(?<!\band )(?<!\bthis )(?<!\bthat )(?<!\btonight )"
    r"(?<!\btoday )(?<!\bnow )(?<!\bhere )\b(?:does|is|isn't|isnt|doesn't|doesnt"
    r"|won't|wont|do|can|will) (?:it|they|i|you|he|she)\s*[.!]*\s*$")
"""A question asked inside a message: a clause that opens with a question word ("...,
is that normal"), "how long is", "if i tell them ..., will they", "wondering if", a
question tag ("...doesnt really matter does it"; not "this is it", "tonight is it")."""


_ABOUT_THE_RISK = re.compile(
    r"\b(?:(?:what (?:do|should|can|must|shall|would) (?:i|we) do"
    r"|what (?:am i|are we) (?:supposed|meant|expected|going) to do)(?: now| next)?"
    # ("...it's four months off, what am i meant to do till then", "what can we do while
    # she waits" ask about the wait)
    r"(?! (?:till|until|til|in the meantime|meanwhile|while|whilst|for the next|for (?:\d+|months"
    r"|weeks|ages)))"
    r"|what (?:i|we) (?:can|should|must|shall|do) do\s*[?.!]*\s*$"
    # ("took all my meds ... what happens now": the crisis reply's to answer)
    r"|what (?:happens|happens to me|will happen) now\s*[?.!]*\s*$"
    r"|^\s*(?:so )?what now\s*[?.!]*\s*$"
    r"|what do (?:i|we) say(?: to (?:him|her|them))?"
    r"|who (?:do|should|can|could|would) (?:i|we) (?:tell|talk to|call|ring|phone|speak to"
    r"|contact|go to|turn to)|who can i tell|who to (?:tell|call|ring|talk to)"
    r"|(?:should|do|can|must) (?:i|we) (?:call|ring|phone|tell|contact|text|message)"
    r" (?:the |an |her |his |their |my |someone|anyone)?(?:police|999|ambulance|111|someone"
    r"|anyone|school|uni|gp|doctor|parents?|mum|dad|family|hr|boss|teacher|them|him|her)"
    r"(?! back\b| again\b)"  # "can i ring them back and change what i said" asks more
    r"|how (?:do|can|should) (?:i|we) (?:help|support|talk to|speak to|approach|bring it up with)"
    r" (?:him|her|them|someone|a friend|my (?:friend|mate|partner|son|daughter|flatmate))"
    r"|how (?:do|can|should) (?:i|we) get (?:him|her|them|my \w+) (?:some )?help\s*[?.!]*\s*$"
    r"|how (?:do|can|should) (?:i|we) get (?:some )?help (?:to|for) (?:him|her|them|my \w+)"
    r"\s*[?.!]*\s*$"
    r"|(?:is|am|are) (?:she|he|they|i|that|this|it) (?:just |being )?(?:overreacting|normal|serious"
    r"|soft|daft|silly|stupid|paranoid|dramatic|making a fuss|over ?thinking|too sensitive"
    # ("is it ok to take sertraline with alcohol" asks about something else)
    r"|dangerous|safe|an emergency|(?:ok|okay)(?! to (?!feel|think|want|wish|be\b))"
    # ("is it bad to come off my sertraline all at once" asks about the tablets)
    r"|bad(?! to (?:come off|stop|quit|miss|skip|change|switch|reduce|lower|cut down|ask|tell"
    r"|refer|self refer|have|need|want|go)\b)"
    # ("is it bad that i wanna come back to the same service" asks about coming back)
    r"(?! that (?:i|we) (?:want|wanna|need|would like|d like|asked|am asking|came|went)\b))"
    r"|should (?:i|we) be (?:worried|concerned|scared)|take (?:it|this|her|him|them) seriously"
    r"|is there (?:anything|something) (?:else )?(?:i|we) (?:can|could|should) do"
    r"(?: for (?:him|her|them))?(?=\s*(?:[?.!]|$))"
    r"|(?:dont|don't|do not|not sure|idk) (?:know )?(?:what (?:else )?to do|who to tell"
    r"|what (?:else )?to say|what else to|how to (?:cope|go on|carry on|feel))"
    r"|what(?:'s|s| is) the (?:point|use)(?: of (?:\w+ ){0,4}\w+)?(?: any ?more)?"
    r"|what the (?:point|use) (?:of (?:\w+ ){0,4}\w+ )?(?:is|was|would be)"
    r"|why (?:should|would|do|am) i (?:bother|carry on|keep going|go on|stay|still here)"
    r"|(?:will|would) (?:my|the|our) (?:\w+ )?(?:kids|children|child|family|wife|husband|partner"
    r"|son|daughter|sons|daughters|mum|mam|dad|parents|boys|girls|dog|cat|pets?) be"
    r" (?:ok|okay|alright|all right|fine|looked after|better off)"
    r"|(?:would|will) (?:anyone|anybody|they|people) (?:even )?(?:miss|notice|care)"
    r"|(?:will|would|does) it (?:hurt|be quick)"
    r"|(?:if|whether|does|do|would|is) (?:that|it|this|mine) (?:even |really |still )?"
    r"(?:counts?|class(?:es)?|qualif(?:y|ies)|is classed|is) as (?:self ?-?harm\w*|an? "
    r"(?:overdose|suicide attempt|attempt|emergency))"
    r"|(?:am i|is (?:he|she|this|that)) (?:really |actually )?(?:suicidal|self ?-?harming))\b")
"""Questions about handling the risk itself ("who do i tell", "should i call the police",
"is she overreacting"): the crisis reply answers them, so they ask nothing more."""


QUESTION_LABEL = (r"[\s,.]*\b(?:(?:my|the|an?|one|other) )?(?:(?:actual|real|quick|main|proper"
                  r"|practical|serious|genuine|other) )?question(?: (?:is|though|tho))?"
                  r"\s*[:\-\u2013]+\s*")
"""A question labelled as one ("sorry, actual question: what even is IAPT", "quick
question - is it free"): the label, where the question after it begins."""
_QUESTION_LABEL = re.compile(QUESTION_LABEL, re.IGNORECASE)


def asks_more_than_risk(text: str) -> bool:
    """Whether a message that shows a risk also asks something the crisis reply does not
    answer ("...will they tell my gp?"), not only "what do i do"."""
    lowered = text.lower().replace("\u2019", "'")
    if "ow " in lowered:  # "ow do i refer meself" (Black Country, Cockney)
        lowered = _DROPPED_H.sub("how", lowered)
    if " wait" in lowered and not _ON_A_LIST.search(lowered):
        # "ive rung 999, what do i do while i wait": for the ambulance, which the crisis
        # reply answers ("what can we do while she waits" on a waiting list asks more)
        lowered = _WHILE_HELP_COMES.sub(" . ", lowered)
    if " without " in lowered and _WITHOUT_KNOWING.search(lowered) and \
            _asks_by_form(lowered):
        # "who can i talk to at school without him finding out": who is told, as well
        # as whom to talk to
        return True
    if _TELL_THE_SERVICE.search(lowered) and ("?" in lowered or _asks_by_form(lowered)):
        # "my therapist is lovely but i havent told her ... should i tell her??": whether
        # to tell the service, which has its own answer (not who to call)
        return True
    lowered = _ABOUT_THE_RISK.sub(" . ", lowered)
    if "question" in lowered:
        lowered = _QUESTION_LABEL.sub(" . ", lowered)
    # A question mark alone does not make the risk words a question ("i want to end my
    # life? is that normal", as voice-to-text writes "question mark"): a part ending in
    # one asks when it is short ("therapy free?"), has a question word in it or names
    # the service.
    return _asks_by_form(lowered) or ("?" in lowered and any(
        clause.rstrip().endswith("?") and _asks_by_mark(clause)
        for piece in split_sentences(lowered, at_emoji=True)
        for clause in _CLAUSES.split(piece)))


_CLAUSES = re.compile(r"[,;:]\s*")
_TELL_THE_SERVICE = re.compile(
    r"\b(?:therapist|counsellor|counselor|pwp|practitioner|psychologist|cpn)\b(?: \S+){0,25}"
    r" (?:should|do|can|must|shall) i (?:tell|mention it to) (?:her|him|them)\b"
    r"|\b(?:should|do|can|must|shall) i (?:tell|mention it to) (?:my |the )?(?:therapist|counsellor"
    r"|counselor|pwp|practitioner|psychologist|cpn)\b")
"""Asking whether to tell the therapist (the service's own question), not whom to call."""
_WITHOUT_KNOWING = re.compile(
    r"\bwithout (?:\w+ ){0,3}(?:finding out|find out|knowing|know|being told|getting told"
    r"|telling|told|seeing|hearing)\b")
"""Asking to keep it from someone ("...without my mum knowing"): who is told."""
_ON_A_LIST = re.compile(r"\b(?:list|waitlist|referral|referred|refer|assessment|appointment|camhs"
                        r"|cmht|therapy|therapies|therapist|service|weeks|months)\b")
_WHILE_HELP_COMES = re.compile(
    r"\bwhat (?:do|should|can|must|shall) (?:i|we) do (?:while|whilst|till|until)"
    r" (?:i|we|they|you|it|he|she) (?:wait|waits|get|gets|come|comes|arrive|arrives)\b")
_DROPPED_H = re.compile(r"\bow(?= (?:do|does|did|can|could|long|much|many|often|soon|quick|is|are"
                        r"|would|will|should|r|am)\b)")


def _asks_by_mark(clause: str) -> bool:
    """Whether a clause ending in a question mark asks (see :func:`asks_more_than_risk`)."""
    words = re.findall(r"[a-z']+", clause)
    return 0 < len(words) <= _SHORT_ASK or any(
        word in QUESTION_WORDS or word in _ASKING_WORDS for word in words)


_ASKING_WORDS = frozenset({
    "r", "allowed", "may", "might", "must", "shall", "cud", "wud", "shud", "ok", "okay",
    "possible", "wat", "wot", "or",
    # ... or the service in it ("therapist tell GP if me say want die?"): a question
    # about the service, whatever its grammar
    "therapist", "therapists", "therapy", "gp", "doctor", "service", "nhs", "iapt",
    "referral", "refer", "appointment", "session", "sessions", "assessment", "wait",
    "waiting", "free", "cost", "pay", "form", "forms", "cbt", "counselling", "counsellor",
    "records", "record", "notes", "uni", "school", "work", "job", "boss", "police"})


_SHORT_ASK = 4
"""A part this short ending in a question mark asks something ("therapy free?")."""


def asks_question(text: str) -> bool:
    """Whether a message asks something, with or without a question mark ("will they
    tell my gp", "how long is the wait"), as opposed to telling only."""
    if "?" in text:
        return True
    return _asks_by_form(text.lower().replace("\u2019", "'"))


def _asks_by_form(lowered: str) -> bool:
    """Whether a sentence of ``lowered`` asks by its words, question mark aside."""
    return any(_ASKING.search(piece.strip())
               for piece in split_sentences(lowered, at_emoji=True))


def split_sentences(text: str, at_emoji: bool = False) -> list[str]:
    """The sentences of a message as written (none empty); ``at_emoji``: also split
    after an emoji between words (for finding questions, see ``_ASKING_END``)."""
    splitter = _ASKING_END if at_emoji else SENTENCE_END
    return [piece for piece in splitter.split(text) if piece.strip()]


_OPENERS = frozenset({"hey", "hi", "hello", "hiya", "also", "and", "so", "but", "ok", "okay",
                      "yo", "oi", "erm", "ngl", "tbh", "honestly", "plus",
                      "sorry", "quick", "q", "question", "pls", "please", "um", "oh", "btw",
                      "just", "then", "anyway", "right", "basically", "no", "seriously",
                      "srsly", "lol", "well", "genuinely", "realistically"})
"""Words that may open a question before its question word."""
_IF_THEN_ASK = re.compile(
    r"(?:if|when|whether) (?:i|im|i'm|ive|i've|my|someone|he|she|they|we|you|u|it|the|this"
    r"|that) .*\b(?:will|would|do|does|can|could)"
    r" (?:they|you|u|ya|my|the|it|that|this|i|we|he|she|anyone|anybody|someone|social|police"
    r"|school|work|people|them)\b")
"""A sentence asking what would happen if ("if i go to a&e will they tell my worker")."""
_ASK_PHRASE = re.compile(
    r"\b(?:i would like|i'd like|id like|i should like|i want|i wanted|i need|i'd|i just want"
    r"|i only want|i really want) to (?:know|ask|enquire|inquire|find out|check|understand|learn)"
    r"(?: \w+ly)? (?:if|whether|about|how|what|when|who|why)\b"
    r"|\bi (?:was|am) wondering (?:if|whether)\b"
    # "I only wish to know whether my GP would be informed"
    r"|\bi (?:only |just |simply )?(?:wish|wished|wanted|want) to (?:know|ask|enquire|inquire"
    r"|find out|check)(?: \w+ly)? (?:if|whether|about|how|what|when|who|why)\b"
    r"|" + _ANYTHING_TO_DO +
    r"|" + _SAID_ASK +
    r"|^(?:wanted|wanna|needed|meant) to (?:know|ask|check|find out)(?: \w+ly)? (?:if|whether"
    r"|about|how|what|when|who|why)\b"  # "...but also wanted to ask how long the wait is"
    r"|\b(?:write|writing|wrote|message|messaging|here|came|come|contacting|emailing) to"
    r" (?:ask|enquire|inquire|find out|check)(?: \w+ly)? (?:if|whether|about|how|what|when"
    r"|who|why|which)\b"
    r"|^(?:(?:hi|hello|hiya|dear [a-z/ ]{1,20}?|good (?:morning|afternoon|evening))[,.!]? )?"
    r"(?:i would like|i'd like|id like|i should like|i wish|i want|i need|i am writing|i'm writing"
    r"|im writing) to (?:self[ -]?refer"
    r"|refer myself|make a (?:self[ -]?)?referral|book|sign up|get (?:some )?(?:help|therapy|cbt"
    r"|counselling)|register|apply)\b"
    # "pls tell me my boss wont know": asking to be reassured, a question
    r"|^(?:tell me|reassure me)(?: that)? (?:my|the|they|it|i|you|no one|nobody|noone|this"
    r"|he|she|work|people)\b.*\b(?:wont|won't|will not|dont|don't|do not|doesnt|doesn't"
    r"|does not|cant|can't|cannot|isnt|isn't|is not|never)\b"
    r"|" + _INFO_ASK + r"|" + _FORMAL_ASK)
"""A sentence that asks in so many words ("i would like to know whether"), or asks for
the service itself ("id like to self refer please", "i want to book a session")."""


def question_sentences(text: str, third_person: bool = False) -> list[str]:
    """The sentences that ask something: ending with "?", starting with a question
    word ("can", "will", "how"), maybe after a greeting or "also" ("hey how do i get on
    the list"), or asking what would happen if ("if i go to a&e will they tell my
    worker"). ``third_person``: also a question about "he" or "she" that starts inside a
    sentence (see ``_MID_QUESTION_THIRD``)."""
    out = []
    for piece in split_sentences(text, at_emoji=True):
        stripped = piece.strip()
        first = stripped.split(maxsplit=1)[0].lower().strip("\"'(") if stripped else ""
        words = stripped.lower().replace("\u2019", "'").split()
        while len(words) > 1 and words[0].strip(",.!") in _OPENERS:
            words = words[1:]  # "hey how do i...", "also, can i..."
        plain = " ".join(w.strip(",;:") for w in words)  # "i would like to ask, carefully,"
        if "?" in stripped or first in QUESTION_WORDS or \
                (words and words[0].strip(",") in QUESTION_WORDS) or \
                _IF_THEN_ASK.match(plain) or _ASK_PHRASE.search(plain):
            out.append(stripped)
            continue
        # "im 17 can i refer myself or does my mum have to do it": a question that
        # starts inside the sentence is read from where it starts.
        inside = (_MID_QUESTION_THIRD if third_person else _MID_QUESTION).search(plain)
        if inside is not None and inside.start() > 0:
            # ... with the age said just before it ("im 14 am i allowed to..."): whom
            # the question is for decides its answer.
            age = _AGE_BEFORE.search(plain[:inside.start()])
            out.append(plain[age.start() if age else inside.start():])
    return out


_AGE_BEFORE = re.compile(
    r"\b(?:im|i'm|i am|shes|she's|she is|hes|he's|he is|theyre|they're|they are|aged?)"
    r" \d{1,2}(?: ?(?:yrs?|years?)(?: old)?)?[ ,]*$")
"""An age said just before a question inside the sentence ("...im 14 am i allowed")."""
_MID_QUESTION_SOURCE = (
    r"(?<!\bwho )(?<!\bthat )(?<!\bwhich )(?<!\bso )(?<!\band )(?<!\bas )(?<!\bthan )"
    r"(?<!\bwhat )(?<!\bhow )(?<!\bwhy )(?<!\bwhere )(?<!\bwhen )"
    r"(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\byou )(?<!\bhe )(?<!\bshe )(?<!\bit )"
    r"\b(?:(?:can|could|do|does|will|would|should) (?:i|you|u|they|we|someone|anyone{third})"
    r"|(?:is|are) (?:there|they|you{third})|am i (?=allowed|able|too|old|young|ok|okay)"
    r"|is this (?=the right|for|ok|okay|somewhere|a place|where))\b"
    r"(?=.*\b(?:or|if|to|for|with|about|without|be|get|have|refer|see|go|tell|need|help"
    r"|speak|do|ring|call|phone|text|email|instead|use|access|join|come|sign|apply|qualify)\b)")
_MID_QUESTION = re.compile(_MID_QUESTION_SOURCE.replace("{third}", ""))
_MID_QUESTION_THIRD = re.compile(_MID_QUESTION_SOURCE.replace("{third}", "|he|she"))
"""A question word and its subject inside a sentence ("im 17 can i refer myself or...",
"...feel stupid asking but do you help with this"); not after "who", "so" or a pronoun
("next one who does it", "so do i"), and something must follow it. The ``_THIRD`` one
also finds one about someone else ("...can he get help even if his english is not
good"), for a message whose risk is read apart: elsewhere the words before it say which
answer ("me mate lives in edinburgh, can he refer himself": Scotland's)."""


@dataclass(frozen=True, slots=True)
class Terms:
    """The matcher's reading of some words: meaningful words, mended and stemmed."""

    words: tuple[str, ...]
    """Content words (no stopwords), misspellings mended to known words, capped in number."""
    stems: tuple[str, ...]
    """The Snowball stem of each of ``words``."""
    every: tuple[str, ...]
    """All the words, stopwords included (for messages made only of stopwords)."""
    truncated: bool = False
    """The message had more meaningful words than are matched."""

    @property
    def empty(self) -> bool:
        return not self.every


@dataclass(frozen=True, slots=True)
class Prepared:
    """Everything the core needs from one message, computed once."""

    raw: str
    """The text as sent (never logged)."""
    text: str
    """The normalised text: lower case, folded, punctuation gone, text-speak spelt out."""
    terms: Terms
    """The matcher's reading of ``text``."""
    risk_sentences: tuple[str, ...]
    """The crisis detector's reading: each sentence with obfuscation undone, risk words
    mended and harmless idioms blanked."""

    @property
    def risk_text(self) -> str:
        """The sentences joined: what the lexicon and the risk model read."""
        return " ".join(self.risk_sentences)

    @property
    def empty(self) -> bool:
        """Nothing readable (only emoji, punctuation or spaces)."""
        return not self.text
