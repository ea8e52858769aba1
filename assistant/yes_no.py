"""Whether a closed question's answer opens with "Oui" or "Non".

The text's own Oui/Non (a question/answer pair's answer opening with it) answers the user's closed
question when asked the same way ("on le perd ?" is answered "non" by "peut-on le reporter ? Oui").
A quoted sentence that lifts an obligation or forbids what a closed question of obligation or
permission asks ("il n'est donc plus nécessaire de scanner ces annexes") answers it "Non".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.sentence_split import folded_clauses
from assistant.textnorm import fold, word_stems

_YES_NO = re.compile(r"^(Oui|Non)\b[ ,.:;!]", re.I)


def verdict_word(quote: str) -> str | None:
    """'Oui' or 'Non' when a quoted answer opens with it (the text's own yes/no)."""
    match = _YES_NO.match(quote)
    return match.group(1).capitalize() if match else None


# Words that turn a question the other way: "on le perd ?" asks the reverse of "peut-on le reporter ?",
# so the text's "Oui" to the one answers "non" to the other.
_REVERSING = re.compile(
    r"\b(perd\w*|perte|refus\w*|interdi\w*|exclue?s?|priv[ee]e?s?|empech\w*|cess\w*|"
    # stopping, not "l'arrêté" (the text): "arrêter", "l'arrêt", "s'arrête", "on arrête l'IPT"
    r"arret(?!es?\b)\w*|s'arretes?|arretes?(?= (?:l'|la |le |les |son |sa |ses |notre |nos ))|"
    r"supprim\w*|annul\w*|renonc\w*|inutiles?|impossibles?)\b"
)
_NEGATED = re.compile(r"\b(?:ne |n')\S+(?: \S+)? (?:pas|plus|jamais|aucune?)\b")
_CONDITION = re.compile(r"^si\b[^,?]*,")  # "si le budget n'est pas utilisé, …": the case, not the ask
_TAG = re.compile(r"\bn'est[- ]ce pas\b")  # "le CPMS rédige le protocole, n'est-ce pas ?": no negation
_OPEN = re.compile(
    r"^(que|qu'|quel\w*|comment|combien|quand|ou|pourquoi|qui|a qui|quoi|de quoi)\b"
    r"|\b(que devient|qu'advient|qu'est-ce qu|que faire|que se passe)\b"
)


def is_reversed(question: str) -> bool:
    """Whether a question is asked the negative way ("ne … pas", "on le perd ?"): an odd number of
    negations and reversing words. A tag "…, n'est-ce pas ?" negates nothing."""
    q = _TAG.sub(" ", _CONDITION.sub(" ", fold(question).strip()))
    return (len(_REVERSING.findall(q)) + len(_NEGATED.findall(q))) % 2 == 1


def _asked(question: str) -> str:
    """The sentence that asks (the last one): "il n'a jamais été en spécialisé. Peut-il… ?" asks the
    positive way; the case told before does not turn the question over. A tag "…, n'est-ce pas ?"
    asks for a yes and negates nothing."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", fold(question).strip()) if s]
    return _TAG.sub(" ", _CONDITION.sub(" ", sentences[-1] if sentences else ""))


def is_negated(question: str) -> bool:
    """Whether a question negates its own verb ("il n'a pas à la transmettre ?", "ne doit-il pas… ?")
    with no reversing word: the positive claim's truth is answered "Si", its falsehood "Non"."""
    q = _asked(question)
    return len(_own_negations(q)) % 2 == 1 and not _REVERSING.search(q)


def _own_negations(q: str) -> list[re.Match[str]]:
    """The negations of a folded question's own verbs: a relative clause's ("une école qui n'est dans
    aucun pôle peut-elle… ?", "dans des écoles qui ne coopèrent pas") is the case's."""
    return [m for m in _NEGATED.finditer(q) if not re.search(r"\b(?:qui|que|dont)\s*$", q[: m.start()])]


def _turned(question: str) -> bool:
    """Whether the asking sentence is turned the negative way, by its own verbs' negations and
    reversing words (not by the case told before or a relative clause)."""
    q = _asked(question)
    return (len(_REVERSING.findall(q)) + len(_own_negations(q))) % 2 == 1


def unnegated(question: str) -> str:
    """The positive claim of a negated question ("le PO n'a pas à transmettre la liste ?" -> "le PO a
    à transmettre la liste ?"), folded."""
    q = fold(question)
    q = re.sub(r"\bn'(\S+(?: \S+)?) (?:pas|plus|jamais)\b", r"\1", q)
    return re.sub(r"\bne (\S+(?: \S+)?) (?:pas|plus|jamais)\b", r"\1", q)


# a negated claim framed as a question of truth: "est-il vrai qu'on n'est pas obligé… ?"
_TRUTH_FRAME = re.compile(r"\b(?:est-(?:il|ce)|c'est|il est) (?:bien )?(?:vrai|exact|correct)e? qu")


def negated_lead(question: str, positive: str) -> str:
    """The lead answering a negated question ("on n'aura pas de mi-temps ?") from the truth of its
    positive claim (`positive`: "Oui" when the texts state it): "Si" / "Non" as French answers a
    negative question; "Non" / "Oui" when it asks whether the negation is true ("est-il vrai qu'on
    n'est pas obligé… ?")."""
    if _TRUTH_FRAME.search(fold(question)):
        return "Non" if positive == "Oui" else "Oui"
    return "Si" if positive == "Oui" else "Non"


def text_verdict_for(question: str, text_question: str | None, word: str | None) -> str | None:
    """The text's own Oui/Non as the answer to the user's closed question: kept when asked the same way,
    turned over when asked the other way ("le solde est perdu ?" answered by "peut-il être reporté ?
    Oui" is a "Non"); None for an open question."""
    if word is None or _OPEN.search(fold(question).strip()):
        return None
    if text_question is not None and is_negated(question) and not is_reversed(text_question):
        return negated_lead(question, word)  # "on n'aura pas de mi-temps ?" by "peut-il l'obtenir ? Non"
    if text_question is None or is_reversed(question) == is_reversed(text_question):
        return word
    if re.search(r"\bou\b", _asked(question)) or _turned(question) == _turned(text_question):
        return None  # "on les perd ou on peut les reporter ?" is no yes/no; the case's "n'atteint pas"
    return "Non" if word == "Oui" else "Oui"


# A closed question of obligation ("faut-il encore scanner… ?", "doivent-ils tous signer à la même date ?")
_ASKS_MUST = re.compile(
    r"\b(faut-il|faut il|faudra-t-il|doi(t|vent)-(il|elle|ils|elles|on)"
    r"|(est|sont)[- ](il|elle|ils|elles|ce) (obligatoire|necessaire|requis)s?|c'est (obligatoire|necessaire)"
    r"|est-ce qu'(il|on) (faut|doit)|est-ce que (l'on|nous|les \w+) (doi\w*)|(il|on) (faut|doit) encore)\b"
)
# a quoted sentence that lifts that obligation ("il n'est donc plus nécessaire de scanner ces annexes")
_NOT_NEEDED = re.compile(
    r"\b(plus|pas) (necessaires?|obligatoires?|requis\w*)\b|\bne (doit|doivent) (pas|plus)\b"
    r"|\bn'(est|sont) (pas|plus) (obligatoires?|necessaires?|requis\w*)\b"
)
# A closed question of permission ("les heures peuvent-elles passer à l'année suivante ?") and a quoted
# sentence that forbids it ("ne peuvent pas être transférées à l'année scolaire suivante").
_ASKS_MAY = re.compile(
    # the hyphen is often left out ("peut il"); "on peut joindre … ?" asks it in the spoken order
    r"\b(peu(t|vent)[- ](il|elle|ils|elles|on)|(?<!si )(?:on|je|nous) (?:peut|peux|pouvons)"
    r"|est-il possible|pouvons-nous|puis-je|est-ce qu'(il|on) peut"
    r"|est-ce que (l'on|nous|les \w+) (peu\w*))\b"
)
# "est-ce que son total peut dépasser 352 ?": the modal alone, when the denied verb must be the asked one
_ASKS_MAY_VERB = re.compile(rf"{_ASKS_MAY.pattern}|(?<=\w )peu(t|vent)(?= \w)")
_NOT_ALLOWED = re.compile(
    r"\bne (peut|peuvent|pourra|pourront) (pas|plus|jamais)\b|\bn'est (pas|plus) (possible|autorise\w*)\b"
    r"|\b(est|sont) interdite?s?\b|\bsans pouvoir\b"
    # "il n'y a actuellement pas de recours possible"
    r"|\bn'(?:y a|existe) (?:\w+ )?(?:pas|aucune?) (?:de |d')?\w+ possibles?\b"
)
# The written "ne peut" without "pas" ("le recours ne peut comprendre des pièces…"), not the restriction
# "ne peut … que" ("ne peut être introduite que par…"): a terser denial, so the sentence must share
# more of the question's words (_WRITTEN_SHARED) than a "ne … pas" one.
_WRITTEN_NOT_ALLOWED = re.compile(
    r"\bne (?:peut|peuvent) (?!(?:pas|plus|jamais|que)\b)(?:etre )?[a-z]{4,}\b(?![^.;]*\bqu(?:e\b|'))"
)
_WRITTEN_SHARED = 4
# An open question ("Où le protocole doit-il être conservé ?"): a denial does not answer it.
_OPEN_QUESTION = re.compile(
    r"(^|[,;:.!?] )(ou|d'ou)\b|\b(quand|qui|comment|quels?|quelles?|combien|pourquoi|quoi)\b"
    # "que pouvons-nous faire ?", "qu'est-ce qu'on peut faire ?": "que" opening a clause asks what
    r"|(^|[,;:.!?] )(que|qu'est-ce qu)\b"
)
_STOPWORDS = frozenset({"dans", "pour", "avec", "sans", "elle", "elles", "tous", "toutes", "tout", "leur"})


def _stems(text: str) -> set[str]:
    return word_stems(text, min_len=4, ignore=_STOPWORDS)


def denial_word(question: str, quotes: Sequence[str], verb_asked: bool = False) -> str | None:
    """'Non' when a closed question asks whether something must be done and a quoted sentence says,
    about the same things (two shared words at least), that it need not or must not be. `verb_asked`:
    the denied verb must be the question's ("peut-il dépasser ?" by "sans pouvoir dépasser", not
    "peut-on appliquer deux échelles ?")."""
    q = fold(question)
    asks = _ASKS_MUST if _ASKS_MUST.search(q) else _ASKS_MAY_VERB if verb_asked else _ASKS_MAY
    if not asks.search(q) or _OPEN_QUESTION.search(q):
        return None
    denial = _NOT_NEEDED if asks is _ASKS_MUST else _NOT_ALLOWED
    asked = _stems(asks.sub(" ", q))
    for quote in quotes:
        for sentence in folded_clauses(quote):
            denied = denial.search(sentence)
            shared = len(asked & _stems(sentence))
            if not denied and denial is _NOT_ALLOWED and shared >= _WRITTEN_SHARED:
                denied = _WRITTEN_NOT_ALLOWED.search(sentence)
            if not denied or shared < 2:
                continue
            rest = sentence[denied.end() :]
            verb = re.match(r"\s*(?:etre |a )?([a-z]{4,})", rest)
            if verb_asked and not (verb and verb.group(1)[:5] in _stems(q)):
                continue
            if re.search(r"\bmais\b", rest):
                continue  # "ne doit plus être envoyé par courrier, mais par mail": how, not whether
            agent = re.search(
                r"\bpar (?:le |la |les |l')?(?!(?:e-?)?mail|courriels?|courrier|ecrit|voie)([a-z]+)", rest
            )
            if agent and agent.group(1) not in q:
                continue  # "ne doit pas être signé par le CPMS" says nothing of the parents asked about
            return "Non"
    return None


def asks_must(folded_question: str) -> bool:
    """Whether a folded question asks an obligation ("faut-il…", "doit-on…", "c'est obligatoire ?")."""
    return bool(_ASKS_MUST.search(folded_question))


def asks_closed(folded_question: str) -> bool:
    """Whether a folded question is a closed question of obligation or permission (not an open one)."""
    q = folded_question
    return bool(_ASKS_MUST.search(q) or _ASKS_MAY.search(q)) and not _OPEN_QUESTION.search(q)
