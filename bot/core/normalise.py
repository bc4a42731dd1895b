"""Turn what people type into a predictable form for matching and crisis detection.

Everything here is a pure function of the text. ``normalise`` is what the matcher and
the crisis detector both start from: lower case, accents and odd Unicode folded away,
apostrophes dropped, punctuation and emoji turned into spaces, runs of three or more
of the same letter cut to two, contractions and text-speak spelt out, American
spellings made British. ``deobfuscate`` is the crisis detector's extra step for
spellings meant to slip past filters ("su1c1de", "k.m.s", "s u i c i d e").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

__all__ = ["content_tokens", "deobfuscate", "normalise", "tokens"]

# Text-speak, contractions written without apostrophes, and American spellings.
# Keys are single tokens after punctuation is gone; values may be several words.
_TOKEN_MAP: dict[str, str] = {
    # text-speak
    "u": "you", "ya": "you", "yu": "you", "ye": "you", "ur": "your", "urs": "yours", "r": "are",
    "pls": "please", "plz": "please", "pleas": "please", "pleeze": "please",
    "thx": "thanks", "thnx": "thanks", "thanx": "thanks", "tnx": "thanks", "ty": "thanks",
    "tysm": "thanks", "cheers": "thanks",
    "b4": "before", "2day": "today", "2moro": "tomorrow", "tmrw": "tomorrow",
    "tmr": "tomorrow", "2nite": "tonight", "tonite": "tonight",
    "cuz": "because", "coz": "because", "cos": "because", "bc": "because", "bcos": "because",
    "becuase": "because", "becasue": "because",
    "wat": "what", "wot": "what", "wut": "what", "wht": "what", "whta": "what",
    "hw": "how", "cn": "can", "cud": "could", "wud": "would", "shud": "should",
    "abt": "about", "bout": "about", "ppl": "people", "sum1": "someone",
    "some1": "someone", "any1": "anyone", "no1": "nobody", "every1": "everyone",
    # Black Country, Yorkshire, Cumbrian and Geordie words ("if i cor mek it one wik",
    # "ah divnt want to", "can ah hev somebody else")
    "cor": "cannot", "mek": "make", "wik": "week", "dow": "do not", "bist": "are",
    "yow": "you", "ow": "how", "divnt": "do not", "divvent": "do not",
    "divvint": "do not", "gaan": "going", "ower": "over", "cannit": "cannot",
    "hev": "have", "ahs": "i am", "ahm": "i am", "dus": "does",
    "ahve": "i have", "ahd": "i would", "ahll": "i will",  # "ah've", "ah'd", "ah'll"
    "weighting": "waiting",  # voice-to-text's "weighting list"
    "yous": "you", "youse": "you",  # "can his gp send him to yous"
    # Scots ("cannae get tae sleep", "can ma wife come in wi me", "im fae annan")
    "cannae": "cannot", "canna": "cannot", "tae": "to", "heid": "head",
    "fae": "from", "whit": "what", "wi": "with", "dinnae": "do not", "didnae": "did not",
    "wouldnae": "would not", "isnae": "is not", "wasnae": "was not", "willnae": "will not",
    "dae": "do", "wis": "was", "wisnae": "was not", "huv": "have", "hae": "have",
    "huvnae": "have not", "havnae": "have not", "hivnae": "have not", "disnae": "does not",
    "doesnae": "does not", "couldnae": "could not", "shouldnae": "should not",
    "widnae": "would not", "gonnae": "going to", "gaun": "going",
    "gie": "give", "aff": "off", "oot": "out", "doon": "down", "oan": "on", "intae": "into",
    "telt": "told", "tellt": "told", "efter": "after", "noo": "now", "hame": "home",
    "yersel": "yourself", "masel": "myself", "fur": "for", "frae": "from", "mair": "more",
    # Shetland and northern Scots ("taen a haill box o pills", "dunna see anidder wye")
    "mesel": "myself", "mysel": "myself", "taen": "taken", "haill": "whole",
    "nicht": "night", "dunna": "do not", "dinna": "do not", "didna": "did not",
    "wunna": "would not", "cunna": "could not", "shanna": "shall not",
    "everythin": "everything", "nothin": "nothing", "somethin": "something",
    "anythin": "anything",
    "widna": "would not", "hivna": "have not", "winna": "will not",
    "tak": "take", "takkin": "taking", "gaein": "going", "dere": "there", "whaur": "where",
    "feart": "scared", "bides": "lives", "tink": "think", "wye": "way", "anidder": "another",
    "onything": "anything", "naethin": "nothing", "lik": "like", "hale": "whole",
    # dropped g's the crisis check reads as written ("cant stop the bleedin")
    "bleedin": "bleeding", "sittin": "sitting", "steppin": "stepping",
    "thinkin": "thinking", "feelin": "feeling", "cuttin": "cutting", "jumpin": "jumping",
    "hangin": "hanging", "drinkin": "drinking", "dyin": "dying", "tryin": "trying",
    "wantin": "wanting", "joinin": "joining", "livin": "living", "goin": "going",
    "aboot": "about", "thass": "thats", "bein": "being", "maw": "mum", "wean": "child",
    "nee": "no",  # Geordie: "he sees nee point carryin on"
    "weans": "children", "naebody": "nobody", "awfy": "very", "greetin": "crying",
    "glesga": "glasgow", "naw": "no", "aye": "yes", "wha": "who", "hoos": "how is",
    "longs": "long is", "wots": "what is", "wats": "what is",  # "how long's the wait"
    "av": "have", "wudnt": "would not", "cudnt": "could not", "shudnt": "should not",
    "concludes": "ends", "concluded": "ended", "conclude": "end",
    # spelled as said ("i never bin told i have enyfing rong")
    "enyfing": "anything", "anyfing": "anything", "nuffin": "nothing", "nuffink": "nothing",
    "somefing": "something", "sumfing": "something", "rong": "wrong", "moovd": "moved",
    "fing": "thing", "fings": "things", "abowt": "about", "gud": "good", "evry1": "everyone",
    # "self-refer" as the crisis reading prepares it (the hyphen dropped inside the word)
    "selfrefer": "self refer", "selfreferral": "self referral", "selfreferred": "self referred",
    "selfreferring": "self referring", "selfhelp": "self help",
    "yorself": "yourself", "yurself": "yourself", "yoself": "yourself", "urself": "yourself",
    "uself": "yourself", "yaself": "yourself", "yerself": "yourself",
    "qweshun": "question", "qwestion": "question", "questin": "question",
    "quesiton": "question", "queston": "question", "qustion": "question",
    "sumthing": "something", "smth": "something", "sth": "something", "nthing": "nothing",
    "thru": "through", "tho": "though", "altho": "although", "gonna": "going to",
    "gunna": "going to", "wanna": "want to", "wana": "want to", "gotta": "got to",
    "hafta": "have to", "dunno": "do not know", "dunt": "does not", "idk": "i do not know",
    # Jamaican patois and its English ("do mi haffi pay fi dis", "wah dis ting")
    "haffi": "have to", "fi": "for", "dis": "this", "dat": "that", "wah": "what",
    "di": "the", "inna": "in", "seh": "says", "cyaan": "cannot", "cyan": "cannot", "nuh": "do not",
    "ting": "thing", "tings": "things", "mi": "me", "dem": "them", "tek": "take",
    "miself": "myself", "meself": "myself", "mesen": "myself", "missen": "myself",
    "mysen": "myself", "hisself": "himself", "knaa": "know", "whys": "why is", "afore": "before",
    "deferral": "referral", "needin": "needing", "bizzies": "police", "polis": "police",
    "coppers": "police",
    "yuh": "you", "pickney": "children", "bwoy": "boy", "pon": "on", "sey": "say",
    "someting": "something", "nuttin": "nothing", "reet": "right",
    "smaddy": "somebody", "smadi": "somebody", "likkle": "little", "lickle": "little",
    "jus": "just", "vex": "angry", "dung": "down", "unu": "you", "unnu": "you",
    # ... and Nigerian Pidgin ("wetin be this talking therapies")
    "wetin": "what", "abeg": "please",
    # said as it sounds (people who spell phonetically, voice-to-text)
    "sewerside": "suicide", "sewersidal": "suicidal", "sooicide": "suicide",
    "sooicidal": "suicidal", "suiside": "suicide", "suisidal": "suicidal",
    "sueside": "suicide", "suesidal": "suicidal", "thorts": "thoughts",
    "thawts": "thoughts", "qweshuns": "questions", "questuns": "questions",
    "ive": "i have", "im": "i am", "iam": "i am", "dont": "do not", "doesnt": "does not",
    "didnt": "did not", "cant": "cannot", "cnt": "cannot", "wont": "will not",
    "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not",
    "havent": "have not", "hasnt": "has not", "hadnt": "had not",
    "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
    "youre": "you are", "theyre": "they are", "whats": "what is", "hows": "how is",
    "thats": "that is", "theres": "there is", "wheres": "where is", "whos": "who is",
    "youve": "you have", "weve": "we have", "theyve": "they have",
    "shes": "she is", "hes": "he is", "lets": "let us", "aint": "is not",
    "rn": "right now", "atm": "at the moment", "asap": "as soon as possible",
    "msg": "message", "txt": "text", "fone": "phone",
    "dr": "doctor", "doc": "doctor", "docs": "doctors", "drs": "doctors",
    "appt": "appointment", "appts": "appointments", "apt": "appointment",
    "info": "information", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks",
    "mth": "month", "mths": "months", "hrs": "hours", "min": "minute",
    "mins": "minutes", "sec": "second", "w": "with", "wiv": "with", "wid": "with",
    "sesh": "session", "te": "to", "neet": "night", "yer": "your", "seshs": "sessions",
    "seein": "seeing",
    "seshes": "sessions",
    # spelled as said ("wen i was yung", "its startd agen last munth")
    "wen": "when", "agen": "again", "agin": "again", "startd": "started", "yung": "young",
    "munth": "month", "munths": "months",
    "str8": "straight", "strait": "straight",
    "elderly": "older", "oap": "pensioner", "oaps": "pensioners",
    "ofc": "of course", "y": "why", "n": "and", "nd": "and",
    "b": "be", "c": "see", "gf": "girlfriend", "bf": "boyfriend", "m8": "mate",
    # A friend, in the words of Wales, the North East and London
    "butty": "mate", "mucker": "mate", "marra": "mate", "marrer": "mate", "bezzie": "mate",
    "bezzy": "mate", "bredren": "mate",
    "ok": "okay", "k": "okay", "kk": "okay", "okey": "okay", "oki": "okay",
    "meds": "medication", "med": "medication", "medicine": "medication",
    "medicines": "medication", "medications": "medication",
    "anxious": "anxiety", "depressed": "depression", "depresion": "depression",
    "anxity": "anxiety", "anxeity": "anxiety", "anxitey": "anxiety",
    "therapys": "therapies", "theraphy": "therapy", "therepy": "therapy",
    "councelling": "counselling", "counciling": "counselling", "councilling": "counselling",
    "councillor": "counsellor", "councelor": "counsellor",
    # American to British
    "counseling": "counselling", "counselor": "counsellor", "counselors": "counsellors",
    "behavior": "behaviour", "behaviors": "behaviours", "behavioral": "behavioural",
    "program": "programme", "programs": "programmes", "center": "centre",
    "centers": "centres", "pediatric": "paediatric", "enroll": "enrol",
    "enrollment": "enrolment", "organization": "organisation", "realize": "realise",
    "recognize": "recognise", "apologize": "apologise", "practise": "practice",
    "mom": "mum", "moms": "mums", "mommy": "mummy", "mam": "mum", "mams": "mums",
    "mammy": "mummy", "favor": "favour",
    "emphasize": "emphasise", "prioritize": "prioritise", "specialized": "specialised",
    "specialize": "specialise", "minimize": "minimise", "license": "licence",
    "fulfill": "fulfil", "stigmatized": "stigmatised", "criticize": "criticise",
    "criticized": "criticised", "antidepressant": "antidepressants", "cellphone": "phone",
    # British variants and shorthands
    "gps": "gp", "phq": "phq9", "gad": "gad7",
    "summat": "something", "summin": "something", "summink": "something",
    "sumthin": "something", "sumfin": "something", "somefin": "something",
    "owt": "anything", "nowt": "nothing", "probs": "probably",
    # the North East's own words ("not gannin home", "the bairns")
    "gannin": "going", "ganning": "going", "gan": "go", "wor": "our", "bairn": "child",
    "bairns": "children",
    "prob": "probably", "defo": "definitely", "def": "definitely",
    "telephone": "phone", "mobile": "phone", "ring": "call", "rang": "called",
    "ringing": "calling", "rung": "called",
}

# Phrase-level rewrites applied before tokens are split (on spaced, lower-case text).
# Each runs only when its trigger substring is present: most messages need none.
_PHRASES: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = tuple(
    (triggers, re.compile(pattern), replacement)
    for triggers, pattern, replacement in (
        (("&",), r"\ba ?& ?e\b", " ae "),
        # the North East's and Scotland's "the neet" and "the morra": tonight, tomorrow
        # ("am gannin doon the bridge the neet")
        (("the neet",), r"\bthe neet\b", " tonight "),
        (("the morra",), r"\bthe morra\b", " tomorrow "),
        # Irish English: "the guards", the Garda (as "tell the guards")
        (("guards", "garda"), r"\b(?:the guards|the gardai|the garda|gardai)\b", " the police "),
        ((" and e",), r"\ba and e\b", " ae "),
        (("phq",), r"\bphq ?-? ?9\b", " phq9 "),
        (("gad",), r"\bgad ?-? ?7\b", " gad7 "),
        (("self-", "self -"),
         r"\bself ?- ?(harm|harming|harmed|injury|injuring|referral|refer|referring)\b",
         r" self \1 "),
        (("i.a",), r"\bi\.a\.p\.t\b", " iapt "),
        (("c.b",), r"\bc\.b\.t\b", " cbt "),
        (("n.h",), r"\bn\.h\.s\b", " nhs "),
        (("g.p",), r"\bg\.p\b", " gp "),
        (("well-", "well b", "well -"), r"\bwell ?- ?being\b", " wellbeing "),
        (("face-", "face -"), r"\bface ?- ?to ?- ?face\b", " face to face "),
        # one word, so that it is a word matched on ("one" and "to" are stopwords)
        (("one-", "one -", "one to one", "one on one"),
         r"\bone ?(?:-|to|on) ?(?:- ?)?(?:to ?- ?)?one\b", " onetoone "),
        (("1-", "1 -", "1 to", "1 on"), r"\b1 ?(?:- ?(?:2|to)|to|on) ?-? ?1\b", " onetoone "),
        (("f2f",), r"\bf2f\b", " face to face "),
        # "will your lot actually get it", "do you lot do evenings": the service, not a lot
        (("you lot", "your lot", "yous lot", "youse lot"), r"\b(?:you|your|yous|youse) lot\b",
         " you "),
        (("w/o",), r"\bw/o\b", " without "),
        # "how long is the wait these days": the time it is asked, not a topic's word
        (("these days",), r"\bthese days\b", " nowadays "),
        # "hows the wait at the mo": at the moment ("mo" alone had read as nothing known)
        (("the mo",), r"\b(?:at|for) the mo\b", " at the moment "),
        # "would my GP be informed": told, as the phrasings say it
        (("informed",), r"\b(be|been|being|get|gets|got|is|was|were|are) informed\b", r" \1 told "),
        # "would that be passed on?": shared, not "passed" as in died (grief's word)
        (("passed on",), r"\b(be|been|being|get|gets|got|is|was|were|are) passed on\b",
         r" \1 shared "),
        # "I should like to know whether ...": the asking, not a word of the question
        # ("know" had tipped "...whether your service is appropriate" to the cost answer)
        (("to know",), r"\b(?:i|we) (?:would |should |d |wish |want |need |just want |really want "
         r"|only want |would really |would very much )?(?:like |love )?to know "
         r"(?=(?:if|whether|what|how|who|when|where|why|which|about)\b)", " "),
        (("writing to",), r"\b(?:i am|im|i m|am) writing to (?:enquire|inquire|ask|find out|check) "
         r"(?=(?:if|whether|what|how|who|when|where|why|which|about|as to)\b)", " "),
        # "how long is the current wait": the wait, now (as "these days" is)
        (("current",), r"\bcurrent (?=(?:wait|waits|waiting)\b)", " "),
        (("b/c", "b/cos", "b/cuz"), r"\bb/(?:c|cos|cuz)\b", " because "),
        (("silver",), r"\bsilver cloud\b", " silvercloud "),
        (("&",), r"&", " and "),
        (("%",), r"(?<=\d)\s*%", " percent "),
        # a decimal is one number ("17.5% of 340" is no age of 17)
        ((".",), r"(?<=\d)\.(?=\d)", "point"),
        # learners' English without "to" ("i want hit him", "she want go sleep"), and
        # patois "mi a go" ("if him touch mi door mi a go use it")
        (("want",),
         r"\b(wants?) (?=(?:hit|kill|hurt|die|stab|punch|kick|harm|end|sleep|disappear|go|"
         r"see|talk|speak|know|ask|get|make|take|stop|leave|live|change|refer|come|start|"
         r"try|use|run|push)\b)", r"\1 to "),
        (("mi a go",), r"\bmi a go\b", " i am going to "),
        (("she a go", "her a go"), r"\b(?:she|her) a go\b", " she is going to "),
        (("he a go", "him a go"), r"\b(?:he|him) a go\b", " he is going to "),
        (("dem a go",), r"\bdem a go\b", " they are going to "),
        # "signs someone's thinking of ending it": "is", not whose (the "'s" is gone)
        (("ones ", "bodys "),
         r"\b(someone|somebody|anyone|anybody|everyone|everybody)s (?=(?:thinking|planning|"
         r"going|gonna|talking|saying|feeling|struggling|suicidal|cutting|hurting|trying|"
         r"considering|contemplating|having|being|not|at risk|in danger)\b)", r"\1 is "),
    )
)


# Acronyms typed or dictated letter by letter ("a d h d", "pw p", "i pt"), and
# voice-to-text's sound-alikes ("see bt", "eye apt", "inner personal"). Run only when a
# message has one of them: all are read in one pass of one pattern.
_SPELLED_FORMS: tuple[tuple[str, str], ...] = (
    (r"\b(?:a[ .-]+d[ .-]*h[ .-]*d|a[ .-]*d[ .-]+h[ .-]*d|a[ .-]*d[ .-]*h[ .-]+d)\b",
     " adhd "),
    (r"\be[ .-]*m[ .-]*d[ .-]*(?:r|are)\b", " emdr "),
    (r"\bp[ .-]*t[ .-]*s[ .-]*d\b", " ptsd "),
    (r"\b(?:p|pee)[ .-]*(?:w|double you)[ .-]*(?:p|pee)\b", " pwp "),
    (r"\bi[ .-]*p[ .-]*t\b", " ipt "),
    (r"\bd[ .-]+i[ .-]+t\b|\bdee eye tee\b", " dit "),
    (r"\bo[ .-]+c[ .-]*d\b|\bo[ .-]*c[ .-]+d\b", " ocd "),
    (r"\bm[ .-]*b[ .-]*c[ .-]*t\b", " mbct "),
    (r"\b(?:c|see|sea|seed|seat)[ .-]*b[ .-]*t\b|\bsee bee (?:tea|tee)\b", " cbt "),
    (r"\b(?:eye|i)[ .-]*a[ .-]*p[ .-]*t\b|\beye (?:app|apps) t\b", " iapt "),
    (r"\b(?:inner|inter) personal\b", " interpersonal "),
    (r"\bgee pee\b", " gp "),
    (r"\bthe rapy\b", " therapy "),  # dictated: "talking the rapy"
)
_SPELLED = re.compile("|".join(f"(?P<s{n}>{pattern})"
                               for n, (pattern, _) in enumerate(_SPELLED_FORMS)))
_SPELLED_AS = {f"s{n}": word for n, (_, word) in enumerate(_SPELLED_FORMS)}


_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_YEAR_NUMBER = {word: n for n, word in enumerate(_UNITS, 1)} | \
    {word: n for n, word in enumerate(_TEENS, 10)} | _TENS
_UNIT = "|".join(_UNITS)
_YEAR_WORDS = re.compile(
    rf"\btwo thousand(?: and)? (?P<tail>(?:{'|'.join(_TEENS)}|twenty(?: (?:{_UNIT}))?"
    rf"|{_UNIT}))\b"
    rf"|\bnineteen (?P<decade>{'|'.join(w for w in _TENS if w != 'twenty')})"
    rf"(?: (?P<unit>{_UNIT}))?\b"
    rf"|\btwenty (?P<late>(?:{'|'.join(_TEENS)}|twenty(?: (?:{_UNIT}))?))\b")
"""A year said in words ("back in two thousand and one", "nineteen ninety eight",
"twenty nineteen"), which the crisis reader's past frame knows only as digits. "two
thousand" alone is more often an amount, and is left."""


def _year(match: re.Match[str]) -> str:
    def number(words: str) -> int:
        return sum(_YEAR_NUMBER[word] for word in words.split())
    if match.group("decade"):
        return str(1900 + _TENS[match.group("decade")] + number(match.group("unit") or ""))
    return str(2000 + number(match.group("tail") or match.group("late")))


def _spelled_word(match: re.Match[str]) -> str:
    return _SPELLED_AS[match.lastgroup or ""]

_CLIPPED = re.compile(r"\b(t|wi|gi)['\u2019](?=\s?[a-z])")
_UNCLIPPED = {"t": "the ", "wi": "with ", "gi": "give "}
"""Northern English words clipped with an apostrophe: "t'appointment", "wi' computers"."""
_AH_AS_I = re.compile(
    r"(?:(?<=\bcan )|(?<=\bcould )|(?<=\bshould )|(?<=\bwill )|(?<=\bwould )|(?<=\bdid )"
    r"|(?<=\bshall ))ah\b|\bah(?= (?:am|were|was|have|had"
    r"|hev|cannot|cannit|cant|can|could|would|will|do|dont|divnt|didnt|did|just|need|want"
    r"|think|know|feel|get|got|go|clean|forgot|never|keep|kept)\b)")
"""Northern "ah" for "I" ("ah were a lad", "can ah just ring"), not "ah ok"."""


def _unclip(match: re.Match[str]) -> str:
    return _UNCLIPPED[match.group(1)]


_NOUN_HAS = re.compile(
    r"(?<=[a-z])(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bwhat)(?<!\bwho)"
    r"(?<!\bwhere)(?<!\bhere)(?<!\blet)['\u2019]s (?=(?:been|got|gone|taken|tried|started"
    r"|took|had|swallowed|necked|downed|overdosed)\b)")
"""A noun's "'s" before "been" is "has", not a possessive ("the wife's been cutting",
"my son's taken the car", "wife's took all her antidepressants"), so the person is read
as the word it is; "he's" and "that's" are the token map's."""
_NOUN_HAS_HINT = re.compile(r"s (?:been|got|gone|taken|tried|started|took|had|swallowed"
                            r"|necked|downed|overdosed)\b")
"""A cheap test for :data:`_NOUN_HAS` (most messages have none of these)."""


_PRONOUN_HAS = re.compile(
    r"\b(he|she)(?:['\u2019]s|s) (?=(?:taken|swallowed|necked|downed|overdosed|tried)\b)")
""""she's taken some tablets": "has" before an act done, not "is" as the token map reads
"'s" (which left "she is taken some tablets", no act)."""


def _noun_has(text: str) -> str:
    """``text`` with a noun's "'s" before "been", "took" and the like read as "has"."""
    if not _NOUN_HAS_HINT.search(text):
        return text
    return _PRONOUN_HAS.sub(r"\1 has ", _NOUN_HAS.sub(" has ", text))


_SCOTS_I = re.compile(r"\ba['\u2019](ve|m|d|ll)\b")
_SCOTS_I_FULL = {"ve": "i have", "m": "i am", "d": "i would", "ll": "i will"}
"""Scots "a" for "I" with its verb clipped on: "a've been", "a'm no sure"."""
_SCOTS_A_VERBS = frozenset({
    "cannae", "canna", "wis", "wisnae", "huv", "hae", "huvnae", "havnae", "hivnae",
    "dinnae", "didnae", "widnae", "wid", "couldnae", "telt", "wouldnae", "willnae",
    "have", "cannit", "divvent", "dinnit", "gan", "gannin", "could", "think",
    "reckon", "am", "know", "divn", "tink", "ken", "dunna", "dinna", "didna", "widna",
    "hivna", "winna", "jist", "told", "tellt", "said"})
"""Scots and Geordie verbs after which "a" is "I" ("a cannae sleep", "a wis told", "a have
te touch", "a divvent know"): words an article never comes before."""
_SCOTS_A_THEN_TO = frozenset({"wanted", "want", "needed", "tried", "meant", "hud", "had",
                              "used", "got", "went", "just", "nearly", "near"})
"""Verbs after which "a" is "I" when "to" follows ("a wanted tae strangle him", "a tried
tae"): "a wanted man" keeps its article."""
_A_BEING = frozenset({"being", "bein", "going", "goin", "gonna", "gaun", "overreacting",
                      "overthinking"})
"""After "am": "am a bein dramatic" asks "am I being" ("i am a boring person" keeps it);
and "a keep pickin at the cuts" is "I keep" ("a keep fit class" keeps its article)."""
_A_NEGATED = frozenset({"wont", "cant", "cannot", "dont", "didnt", "wasnt", "havent",
                        "wouldnt", "couldnt", "shouldnt", "aint", "isnt"})
"""A negated verb after "a" ("a wont be here", "a cant cope"): "a" is "I"; an article
never comes before these."""
_ASKING_A = frozenset({"dae", "wid", "did", "will", "should", "could", "would", "can"})
_MA_NOT_MY = frozenset({
    "my", "me", "your", "yer", "ur", "his", "her", "our", "the", "their", "a", "and", "n",
    "an", "ma", "tell", "told", "ask", "asked", "call", "called"})
_MA_VERBS = frozenset({
    "is", "was", "has", "had", "says", "said", "hits", "hit", "keeps", "kept", "will",
    "would", "does", "did", "and", "n", "an", "thinks", "thought", "told", "tells",
    "shouts", "wants", "gets", "got", "makes", "made", "knows", "cant", "cannot", "wont",
    "isnt", "doesnt", "didnt", "never", "always", "just", "used", "died", "passed", "left",
    "lives", "lived", "loves", "hates", "goes", "went", "s", "ll", "d"})


def _scots(words: list[str]) -> list[str]:
    """Scots "a" for "I" ("dae a need tae", "a cannae", "a wis"), "ma" for "my" ("ma
    therapist", "ma heid") and "bin" for "been" ("bin talkin"), read from the words
    around them: "a" stays an article ("a booklet"), "ma" a mother ("my ma said", "ma
    hits me") and "bin" a bin ("put it in the bin"). Shetland "da" is "the" ("da
    shotgun's oot o da cabinet") but "me da" a dad; "o" after a quantity is "of" ("a
    haill box o pills") and a letter elsewhere ("pure o")."""
    out = list(words)
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        if word == "da":
            out[i] = "dad" if before in _OWNERS_OF_DA or i == len(words) - 1 else "the"
            continue
        if before in _AMOUNTS and i + 1 < len(words) and (
                word == "o" or (word == "a" and words[i + 1] in _PATOIS_OF)):
            out[i] = "of"  # ... and patois "a" ("di whole strip a di sleeping tablets")
            continue
        if word == "o":
            continue
        if word == "a" and i + 1 < len(words) and (
                words[i + 1] in _SCOTS_A_VERBS or (i > 0 and words[i - 1] == "dae")
                or (words[i + 1] in _SCOTS_A_THEN_TO and words[i + 2:i + 3] in (
                    ["tae"], ["to"], ["te"]))
                or (i > 0 and words[i - 1] in _ASKING_A and words[i + 1] in ("need", "huv",
                                                                           "hae", "get"))
                or (i > 0 and words[i - 1] in ("am", "wis") and words[i + 1] in _A_BEING)
                or words[i + 1] in _A_NEGATED
                or (words[i + 1] in ("keep", "keeps") and i + 2 < len(words)
                    and words[i + 2].endswith(("in", "ing")) and len(words[i + 2]) > 4)):
            out[i] = "i"
        elif word == "bin" and i + 1 < len(words) and words[i + 1].endswith(("in", "ing")) \
                and len(words[i + 1]) > 4:
            out[i] = "been"  # "wife's bin talkin about", "av bin feelin"
        elif word == "ma" and i + 1 < len(words) and words[i + 1] not in _MA_VERBS and \
                (i == 0 or words[i - 1] not in _MA_NOT_MY):
            out[i] = "my"
    return out


_OWNERS_OF_DA = frozenset({"my", "me", "mi", "his", "her", "our", "your", "yer", "their",
                           "ma", "the", "yon", "and", "n", "an"})
_AMOUNTS = frozenset({"box", "boxes", "packet", "packets", "pack", "bottle", "lot", "load",
                      "loads", "handful", "couple", "bit", "strip", "pile", "oot", "out"})


_PATOIS_OF = frozenset({"di", "the", "dem", "them", "mi", "me", "my", "him", "her"})

_SCOTS_TRIGGERS = frozenset({"a", "ma", "bin", "da", "o"})
"""Words whose meaning :func:`_scots` reads from the words around them."""


_OD_ED = re.compile(r"\bo\.?d(?:['\u2019\u2018`]e?d|ed)\b")
"""An overdose abbreviated, "od'd", "OD'ed", "oded": with its apostrophe dropped, "od'd"
would read as "odd"."""
_APOSTROPHES = str.maketrans(
    dict.fromkeys("'\u2018\u2019\u201b\u02bc\u02b9\u0060\u00b4\u2032", None))
_NON_WORD = re.compile(r"[^\w ]+|_+")
_REPEATS = re.compile(r"([a-z])\1{2,}")

# Very common words that carry no topic information. Kept small on purpose: words
# like "free", "wait", "long" or "who" can be the whole point of a question.
STOPWORDS: frozenset[str] = frozenset(
    """
    a an the and or but if so of to in on at by for from with about as into than nowadays
    then i me my mine im you your yours we us our they them their he him his she her
    it its is am are was were be been being do does did doing done have has had
    having this that these those there here what which when where why how who whom
    whose can could would should will shall may might must just really very quite
    please thanks thank hi hello hey hiya dear yes no not okay any some all also too
    much many more most bit lot lots get got getting go going went gone want wanted wanting
    like wondering wonder im ive id ill dont one thing things something
    anything stuff though tbh anyway anyways anyhow bruv innit nah fam
    """.split()  # noqa: SIM905
)

# Emoji people use in place of risk words: read as the words, for crisis detection only.
_RISK_EMOJI = str.maketrans({"🔪": " knife ", "🩸": " blood ", "💊": " pill ", "⚰": " coffin ",
                             "🪦": " grave ", "🪢": " rope ", "🔫": " gun ", "💉": " needle ",
                             "🗡": " knife ", "🌉": " bridge ",
                             "😂": " lol ", "🤣": " lol ", "😆": " lol ", "😅": " lol ",
                             "💀": " lol ", "🙄": " lol ", "😒": " lol "})
_AE = re.compile(r"\ba ?& ?e\b")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "@": "a", "$": "s", "!": "i", "|": "l"})
_LEET_TOKEN = re.compile(r"\S*[a-z]\S*")
_HAS_LEET = re.compile(r"[0-9@$!|]")
_OBFUSCATED_INNER = re.compile(r"(?<=[a-z])[*.\-_~^]+(?=[a-z])")
_NUMBER_WORD = re.compile(r"[0-9]+(?:s|st|nd|rd|th|am|pm|mg|ml|k|x|yrs?|hrs?|mins?)")
_ROAD = re.compile(r"[abmj][0-9]{2,4}m?")
_SPACED_LETTERS = re.compile(r"\b(?:[a-z] ){2,}[a-z]\b")
_AGED = re.compile(r"\b([0-9]{1,2}) ?(?:yo|y/o|y\.o\.?|yos|yr old|yrs old)(?![a-z])")


_ASCII_CONTROLS = {code: " " for code in range(32)} | {127: " "}


def _fold(text: str) -> str:
    """Lower-case, fold compatibility forms and accents, drop invisible characters."""
    if text.isascii():  # the common case, without the per-character walk
        return text.lower().translate(_ASCII_CONTROLS)
    text = unicodedata.normalize("NFKC", text).casefold()
    out: list[str] = []
    for ch in unicodedata.normalize("NFKD", text):
        category = unicodedata.category(ch)
        if category == "Mn":  # combining marks: accents, zalgo stacks
            continue
        if category in ("Cf", "Cc", "Zl", "Zp"):  # zero-width, controls, separators
            out.append(" " if ch in "\n\r\t\u2028\u2029\x0b\x0c\x85" else "")
            continue
        out.append(ch)
    return "".join(out).translate(_UNDECOMPOSED)


_UNDECOMPOSED = str.maketrans({"\u0131": "i", "\u0142": "l", "\u00f8": "o", "\u0111": "d",
                               "\u0127": "h", "\u00e6": "ae", "\u0153": "oe", "\u00f0": "d",
                               "\u00fe": "th"})
"""Letters with no accent to take off, as a plain letter: Turkish dotless "ı"
("teşekkürler canım"), Polish "ł", Danish "ø", "æ" and "œ"."""


_BUILDING: dict[str, str] | None = None
"""While an index is built (:func:`building`), every phrasing's normal form, kept so
the indexes and the answer model, which each read every phrasing, normalise it once."""


@contextmanager
def building() -> Iterator[None]:
    """Keep every text normalised inside the block, then let them all go: building the
    indexes reads each of thousands of phrasings several times, which the small
    runtime cache would evict between passes."""
    global _BUILDING
    outer = _BUILDING
    _BUILDING = {} if outer is None else outer
    try:
        yield
    finally:
        _BUILDING = outer


_SPOKEN_MARKS = re.compile(
    r"\s*\b(?:(full stop)|(question mark)(?!\s+(?:over|about|on|against|hanging|hangs))"
    r"|(exclamation mark|exclamation point)|(comma)|(new line|new paragraph|next line))\b\s*",
    re.IGNORECASE)
_MARKS = (".", "?", "!", ",", ".")


def spoken_marks(text: str) -> str:
    """Punctuation dictated as words, as voice-to-text leaves it ("he did twenty years
    comma came out in 1986 question mark"), written as the marks themselves, so the
    sentences and the question are found as typed ones are.

    >>> spoken_marks("is it free question mark my grandad is 80 full stop")
    'is it free? my grandad is 80.'
    """
    lowered = text.lower()
    if "stop" not in lowered and "mark" not in lowered and "comma" not in lowered and \
            "line" not in lowered and "point" not in lowered and "paragraph" not in lowered:
        return text
    return _SPOKEN_MARKS.sub(
        lambda m: next(mark for group, mark in zip(m.groups(), _MARKS, strict=True)
                       if group) + " ", text).strip()


def normalise(text: str) -> str:
    """Return ``text`` in the canonical form both the matcher and the detector use.

    >>> normalise("Is it FREE?? 🙏 I can't afford £££")
    'is it free i cannot afford'
    """
    memo = _BUILDING
    if memo is None:
        return _normalise_cached(text)
    found = memo.get(text)
    if found is None:
        found = memo[text] = _normalise_cached(text)
    return found


def _normalise(text: str) -> str:
    """:func:`normalise`, uncached."""
    text = _fold(text)
    if "od" in text:
        text = _OD_ED.sub("overdosed", text)
    if "'" in text or "\u2019" in text:
        text = _CLIPPED.sub(_unclip, text)
    if "a'" in text or "a\u2019" in text:
        text = _SCOTS_I.sub(lambda m: _SCOTS_I_FULL[m.group(1)], text)
    text = _noun_has(text)
    text = text.translate(_APOSTROPHES)
    if "ah " in text:
        text = _AH_AS_I.sub("i", text)
    for triggers, pattern, replacement in _PHRASES:
        if any(trigger in text for trigger in triggers):
            text = pattern.sub(replacement, text)
    text = _SPELLED.sub(_spelled_word, text)
    if "thousand" in text or "nineteen" in text or "twenty" in text:
        text = _YEAR_WORDS.sub(_year, text)
    text = _NON_WORD.sub(" ", text)
    text = _REPEATS.sub(r"\1\1", text)
    words = text.split()
    if _SCOTS_TRIGGERS.intersection(words):
        words = _scots(words)
    if "me" in words or "mi" in words:
        words = _me_as_my(words)
    if "hr" in words:
        words = _hour_or_hr(words)
    return " ".join([_TOKEN_MAP.get(word, word) for word in words])


_COUNTS = frozenset({"a", "an", "half", "per", "one", "two", "three", "four", "few",
                     "couple", "each", "every", "first", "last", "next"})


def _hour_or_hr(words: list[str]) -> list[str]:
    """"hr" after a number is an hour ("a 1 hr session", "24 hr helpline"); otherwise
    it is human resources ("will hr find out", "as hr manager", which had read as "as
    hour manager": no longer a job)."""
    return ["hour" if word == "hr" and i and (words[i - 1].isdigit() or words[i - 1] in _COUNTS)
            else word for i, word in enumerate(words)]


_ME_KIN = frozenset({
    "mum", "mam", "mom", "ma", "dad", "da", "sister", "brother", "nan", "nana", "gran",
    "grandad", "grandma", "missus", "fella", "husband", "wife", "son", "daughter", "bairn",
    "bairns", "kids", "kid", "lad", "lads", "mate", "mates", "pal", "pals", "partner",
    "boyfriend", "girlfriend", "cousin", "uncle", "auntie", "aunt", "family", "ex",
    "little", "baby", "sis", "bro", "stepdad", "stepmum", "mother", "father", "parents"})
"""Kin after "me" that make it "my", as Northern, Irish and Scots English say it ("if he
touches me sister again", "me mam found out")."""


_ME_AS_I_VERBS = frozenset({
    "want", "wan", "feel", "take", "tek", "took", "tink", "think", "nuh", "cyaan", "cyan",
    "haffi", "did", "have", "had", "was", "am", "will", "would", "can", "could", "keep",
    "need", "wish", "try", "tried", "know", "hate", "tired", "cannot", "cant", "dont",
    "wont", "swallow", "swallowed", "cut", "drink", "drank", "tell", "told", "say", "said",
    "dead", "jus", "just", "go", "gwan", "a"})
"""Verbs after which patois and English learners' "mi" or "me" is "I" ("mi tek di
tablets", "what happen if me tell them")."""
_ME_AS_I_AFTER = frozenset({"if", "when", "and", "but", "cos", "because", "so", "seh",
                            "sey", "says", "that", "now", "then", "mi", "sometime",
                            "sometimes", "often", "always", "still", "also"})


def _me_as_my(words: list[str]) -> list[str]:
    """Northern and Irish "me" for "my" before kin ("me sister", "me mam"); patois
    "mi" (and learners' "me") for "I" before a verb, at the start or after "if",
    "when", "and" and the like ("mi tek di whole strip", "if mi tell dem")."""
    out = list(words)
    for i, word in enumerate(words):
        if word not in ("me", "mi") or i + 1 >= len(words):
            continue
        if words[i + 1] in _ME_KIN:
            out[i] = "my"
        elif words[i + 1] in _ME_AS_I_VERBS and (i == 0 or words[i - 1] in _ME_AS_I_AFTER
                                                 or word == "mi"):
            out[i] = "i"
    return out


_normalise_cached = lru_cache(maxsize=256)(_normalise)
"""Within one reply the same sentence is read by several steps; across replies a
message is rarely seen twice, so a small cache (it also holds less of what people
wrote, and that only in memory)."""


def tokens(text: str) -> list[str]:
    """Split normalised text into words."""
    return normalise(text).split()


def content_tokens(text: str) -> list[str]:
    """Words of ``text`` that carry meaning (stopwords removed), in order."""
    return [word for word in tokens(text) if word not in STOPWORDS]


def deobfuscate(text: str) -> str:
    """Undo tricks that hide words from a filter, for crisis detection only.

    Digits and symbols inside words become the letters they stand for ("su1c1de",
    "k!ll"), separators inside words go ("s*icide" becomes "sicide", which the fuzzy
    step then mends), and letters typed one by one are joined ("k m s", "k.m.s").
    """
    text = _fold(text.translate(_RISK_EMOJI))
    if "od" in text:
        text = _OD_ED.sub("overdosed", text)
    if "'" in text or "\u2019" in text:
        # "got t'rope sorted": the clipped word kept apart ("trope" is nothing)
        text = _CLIPPED.sub(_unclip, text)
        if "a'" in text or "a\u2019" in text:
            # "a've no eaten in 3 days": Scots "I" before its apostrophe goes
            text = _SCOTS_I.sub(lambda m: _SCOTS_I_FULL[m.group(1)], text)
        # "wife's took all her antidepressants": the wife, who has taken them
        text = _noun_has(text)
    text = text.translate(_APOSTROPHES)
    if "&" in text:
        text = _AE.sub(" ae ", text)  # "A&E", before "&" is dropped with the symbols
    text = _OBFUSCATED_INNER.sub("", text)
    if "y" in text and _HAS_LEET.search(text):
        text = _AGED.sub(r"\1 year old", text)  # "my 15yo": a child of 15, not "isyo"
    if _HAS_LEET.search(text):  # most messages have no digits or symbols in words
        text = _LEET_TOKEN.sub(_deleet_token, text)
    text = _NON_WORD.sub(" ", text)
    text = " ".join(text.split())
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    return text


def _deleet_token(match: re.Match[str]) -> str:
    token = match.group(0)
    # Only tokens mixing letters with digits or symbols: "phq9" and "gad7" stay as
    # they are because their digit is at the end, after the letters.
    core = token.strip(".,!?;:()[]\"'")
    if _NUMBER_WORD.fullmatch(core) or _ROAD.fullmatch(core):
        # "90s", "21st", "20mg", "4am": a number with its unit, not leet; "a338",
        # "m62", "j15": a road or a junction ("is the a338 shut tonight" had read
        # "aee8", and the model alone had a check-in)
        return token
    if any(ch.isdigit() or ch in "@$!|" for ch in core[:-1]) and any(
        ch.isalpha() for ch in core
    ):
        return token.translate(_LEET)
    return token
