"""Question normalisation: `assistant.textnorm.canonical` plus typos and abbreviations of real questions.

Rule triggers are written for `canonical(question)`; this form only adds fixes of misspellings and
abbreviations (it never rewrites a correctly spelled word), so a trigger that matches the canonical
form matches this one too. Help-desk agents and coordinators type fast: no accents, "atestation", "intergration", "cmps",
"protocol", "spé", "AO". `normalise` returns one canonical form that rule triggers, intent cues and
slot extractors all read. It never raises and bounds its work (`MAX_CHARS`).
"""

from __future__ import annotations

import re

from assistant.textnorm import canonical

MAX_CHARS = 2000  # longer input is truncated: a question never needs more

# Typos and variant spellings seen in questions (folded text, word boundaries) -> correct form.
_TYPOS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r)
    for p, r in (
        (r"\bat+est+at+i?on+s?\b", "attestation"),
        (r"\battestaion\b", "attestation"),
        (r"\bin?ter?gr?ation\b", "integration"),
        (r"\bintergration\b", "integration"),
        (r"\bintegartion\b", "integration"),
        (r"\bprotocol\b", "protocole"),
        (r"\bprotocl?ole\b", "protocole"),
        (r"\bcmps\b", "cpms"),
        (r"\bcpsm\b", "cpms"),
        (r"\borientaion\b", "orientation"),
        (r"\bspecializ?ed?\b", "specialise"),
        (r"\bsp[ée]\b", "specialise"),
        (r"\bspecial\b", "specialise"),
        (r"\benseignement ordi\b", "enseignement ordinaire"),
        (r"\bordi\b", "ordinaire"),
        # only special education has types: "notre école (de) type 7" is a special school
        (r"\b(ecoles?|etablissements?) (?:de |du )?type (?=[1-8]\b)", r"\1 specialisee de type "),
        (r"\bsensorimot(eur|eurs|rice|rices)\b", r"sensori-mot\1"),
        (r"\bdeadline\b", "date limite"),
        (r"\bqd\b", "quand"),
        # spoken spellings of question words: "c koi", "keske", "kel type", "pk"
        (r"\bc ?(?:koi|quoi)\b", "c'est quoi"),
        (r"\bkoi\b", "quoi"),
        (r"\bkesk(?:e|es)?\b", "qu'est-ce que"),
        (r"\bkel(le)?(s)?\b", r"quel\1\2"),
        (r"\b(?:pk|pq|pkoi|pourkoi)\b", "pourquoi"),
        (r"\bpr\b", "pour"),
        (r"\bds\b", "dans"),
        (r"\bqqn\b", "quelqu'un"),
        (r"\bsvp\b", "s'il vous plait"),
        (r"\bstp\b", "s'il te plait"),
        (r"\bbcp\b", "beaucoup"),
        (r"\bnvelle\b", "nouvelle"),
        (r"\bnouv\b", "nouvelle"),
        (r"\ba\.?o\.?\b(?!-)", "attestation d'orientation"),
        (r"\bart\.? ?(?=\d)", "article "),  # "que dit l'art 137 ?", "art.132"
        (r"\bipts\b", "ipt"),
        (r"\bpts\b", "points"),
        (r"\bcoeff?s?\b", "coefficient"),
        (r"\bqqch\b", "quelque chose"),
        (r"\b([ld]|qu) (?=[aeiouy]|h[aeiouy])", r"\1'"),  # "l ecole", "d ipt": the apostrophe left out
        (r"\bqu'est ce\b", "qu'est-ce"),
        (r"\best ce que\b", "est-ce que"),
    )
]

_TAG = re.compile(r"<[^<>]{0,200}>")
_KEEP = re.compile(r"[^\w'/.,:;?!()%=+\- ]+")


# Idioms whose words are cues of something they do not mean: "quand même" (anyway) asks no date.
_IDIOMS = ((re.compile(r"\bquand (?:bien )?meme\b"), "tout de meme"),)
# A case condition the question excludes ("(pas d'immersion en langue des signes)") is no cue of the
# rules about that condition: the phrase is dropped from the texts intent cues read (never from the
# normalised question, whose slots read it: sign_language_immersion = False).
_EXCLUDED = re.compile(
    r"\(?\b(?:pas|sans|hors|ni) (?:d'|de l'|de la |en |d'une |dans une? )?"
    r"(?:immersion|classe bilingue)(?: (?:en )?(?:langue des signes|lsfb))?\)?"
)


def without_idioms(text: str) -> str:
    """The folded text with its misleading idioms rewritten (normalise applies it)."""
    for pattern, repl in _IDIOMS:
        text = pattern.sub(repl, text)
    return text


def cue_text(text: str) -> str:
    """A folded text as intent cues read it: idioms rewritten, excluded case conditions dropped."""
    return re.sub(r"\s+", " ", _EXCLUDED.sub(" ", without_idioms(text))).strip()


def normalise(question: str) -> str:
    """The canonical form of a question (folded, acronyms and typos unified, bounded length)."""
    if not isinstance(question, str):
        question = str(question)
    text = question[:MAX_CHARS].replace("\x00", " ")
    text = _TAG.sub(" ", text)
    text = canonical(text)
    text = _KEEP.sub(" ", text)
    for pattern, repl in _TYPOS:
        text = pattern.sub(repl, text)
    text = canonical(text)  # a typo fix may have produced a variant canonical() maps ("centre pms")
    return re.sub(r"\s+", " ", without_idioms(text)).strip()


def is_empty(normalised: str) -> bool:
    """Nothing usable: no letter or digit at all."""
    return not any(ch.isalnum() for ch in normalised)
