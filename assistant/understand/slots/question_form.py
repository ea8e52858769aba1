"""Question-form slots: whether the question is closed (yes/no), what a closed question asks when it
is not the rule's main boolean (Facts.focus), and a reported claim to confirm ("on m'a dit que …").
They read the normalised question, where "quand même" is already "tout de même" (see normalise.py)."""

from __future__ import annotations

import re

# A closed (yes/no) question: an inverted verb ("peut-il", "faut-il", "doit-on", "est-ce que") not
# preceded by an interrogative word in its clause, or a clause of a few words ending in "?" with none
# ("Le pôle reçoit 528 points ?").
_WH = re.compile(
    r"\b(qui|quel|quels|quelle|quelles|quand|comment|combien|pourquoi|que|qu'|quoi|lequel|laquelle|"
    r"lesquels|lesquelles|a quelle|de quel|de quelle|dans quel|dans quels|pour quel|pour quels)\b|\bqu'"
)
# "une école qui n'est dans aucun pôle peut-elle … ?": a relative 'qui/que' after a noun asks nothing
_RELATIVE = re.compile(r"\b(?!(?:a|de|d'|pour|par|avec|dans|en|chez|sur|vers|et|ou|mais|donc)\b)[a-z]{2,} $")


# "quand" inside a clause and followed by a subject introduces a time clause, it asks nothing ("c'est au
# pôle de la faire quand un élève revient ?"); at the clause's start or after "pour/avant/c'est" it asks.
_SUBJECT = re.compile(
    r"\s+(un|une|le|la|l'|les|il|elle|ils|elles|on|son|sa|ses|mon|ma|mes|notre|nos|leur|leurs|cet|cette|ce)\b"
)
_ASKING_BEFORE = re.compile(r"(^|\b(pour|avant|jusqu'a|d'ici|depuis|de|c'est|est-ce|sera|ce sera))\s*$")


# "si l'IPT s'arrête et que l'élève repart …": after "et" in a clause opened by si/quand/lorsque, a
# "que" followed by a subject repeats the conjunction, it asks nothing.
_SCENE_OPENER = re.compile(r"^(si|s'il|s'ils|quand|lorsqu\w*|apres|une fois|des que)\b.* et$")


def _conjunction(prefix: str, m: re.Match[str]) -> bool:
    before = prefix[: m.start()].strip(" ,")
    if m.group(0) in ("que", "qu'") and _SCENE_OPENER.search(before):
        return bool(_SUBJECT.match(" " + prefix[m.end() :].lstrip()))
    return (
        m.group(0) == "quand"
        and len(re.findall(r"[a-z']+", before)) >= 2
        and not _ASKING_BEFORE.search(before)
        and bool(_SUBJECT.match(prefix[m.end() :]))
    )


def _asks_wh(prefix: str) -> bool:
    """Whether the words before an inverted verb hold a question word (not a relative pronoun)."""
    for m in _WH.finditer(prefix):
        if m.group(0) in ("qui", "que", "qu'") and _RELATIVE.search(prefix[: m.start()]):
            continue
        if _conjunction(prefix, m):
            continue
        return True
    return False


_INVERTED = re.compile(
    r"\b[a-z]+-(?:t-)?(?:il|elle|ils|elles|on|ce)\b|\best[- ]ce qu"
    r"|\b(?:peut|peuvent|pourra|pourrait|pourront|doit|doivent|faut|va|vont) (?:on|il|elle|ils|elles)\b"
)


# A short closed tail after a statement: "… continuer à accompagner l'élève. Possible ?"
_SHORT_CLOSED = re.compile(
    r"^(est-ce |c'est |c'etait |ce serait |ca serait |serait-ce |c'est bien |est-il |etait-ce |ce sera )?"
    r"(possible|permis|autorise|obligatoire|necessaire|"
    r"envisageable|faisable|legal|ok|d'accord)( \w+)? ?\?$"
)


# "ça bloque ?" / "le pôle peut-il refuser ?" ask the inverse of the rules' yes/no ("l'IPT est-elle
# possible ?"): no polarity then, the first sentence states whether the opinion blocks.
# "c'est trop tard ?" likewise asks the inverse of the deadline rules' "still in time?". The inversion
# may be typed without its hyphen ("le pôle peut il refuser ?").
_ASKS_BLOCK = re.compile(
    r"\bbloqu\w*|\bveto\b|\btrop tard\b|\bc'est (fichu|foutu|rate|perdu)\b|\b(peut|peuvent|pourrait|pourraient)(-t)?([- ](il|elle|ils|elles|on))? (s'y )?(refuser|s'opposer|empecher)\b"
)


# whether someone blocks or refuses (not "c'est trop tard ?")
_BLOCKS = re.compile(r"\bbloqu\w*|\bveto\b|\b(refuser|s'opposer|empecher)\b")
# A clause ending on a figure and a question mark states a figure to confirm, however short it is
# ("on a droit à 440 points ?", "ça fait 66 % ?")
_FIGURE_CLOSED = re.compile(
    r"\d+(?:[.,]\d+)? ?(points?|periodes?|%)( (aussi|egalement|encore|alors|donc|non|tout de meme))? ?\?$"
)  # "16 périodes aussi ?": the figure closes the question, an adverb or not
# A declarative clause with a modal verb and a question mark is closed however short it is ("on peut
# la garder en 2025-2026 ?", "il doit le refaire ?").
_MODAL = re.compile(r"\b(peut|peuvent|pourra|pourront|pourrait|pouvons|doit|doivent|devra|devons|faut)\b")


def closed_question(text: str) -> dict[str, object]:
    if _ASKS_BLOCK.search(text):
        # no Oui/Non from the rules' main boolean; a rule that knows who blocks answers `asks_block`
        # ("qui peut s'y opposer ?" asks who, not whether)
        block = _BLOCKS.search(text)
        clause = re.split(r"[?.!;:]\s+", text[: block.start()])[-1] if block else ""
        return {"asks_block": True} if block and not _asks_wh(clause) else {}
    for clause in re.split(r"(?<=[?.!;:])\s+", text):
        if _SHORT_CLOSED.search(clause.strip()) or _SHORT_CLOSED.search(clause.rsplit(",", 1)[-1].strip()):
            return {"yes_no": True}
        inv = _INVERTED.search(clause)
        if inv:
            return {} if _asks_wh(clause[: inv.start()]) else {"yes_no": True}
        if (
            clause.strip().endswith("?")
            and not _asks_wh(clause)
            and (
                len(re.findall(r"[a-z]{3,}", clause)) >= 3
                or _MODAL.search(clause)
                or _FIGURE_CLOSED.search(clause.strip())
            )
        ):
            return {"yes_no": True}
    return {}


# What a closed question asks when its answer is not the rule's main boolean (see Facts.focus).
_FOCUS = (
    (
        "pole",
        r"\b(c'est|est-ce|est-ce que c'est) (bien |donc |alors )?(au|le|a notre|notre) pole\b|\bau pole de (la |le |l')?(rediger|faire|etablir|ecrire|remplir)\b",
    ),
    (
        "validity",
        r"\b(encore|toujours|reste|restera|sera encore|est-elle encore|est-elle toujours) (valable|valide|bonne|ok)\b"
        r"|\b(valable|valide)s? (encore|toujours)\b|\bsuffi(t|ra|rait|sante)\b",
    ),
    (
        "wait",
        r"\b(attendre|patienter)\b.{0,25}\b(fin|juin|rentree|septembre|prochaine|prochain)\b"
        # "elle ne peut être arrêtée qu'à la fin de l'année", "seulement en fin d'année ?"
        r"|\b(qu'|uniquement |seulement )(a|en) (la )?fin (de l'|d')annee\b"
        # "l'IPT continue jusqu'en juin ?", "elle va jusqu'à la fin de l'année ?": whether it lasts,
        # the inverse of whether it may end before
        r"|\b(continu\w*|se poursui\w*|dure\w*|perdur\w*|tien\w*|se maintien\w*|va|ira|reste\w*)( en place| en cours| active)? (tout de meme |malgre tout |encore )?"
        r"jusqu'(a|en|au) (la fin|fin|bout|terme|juin|l'ete|les vacances|30 juin)\b",
    ),
    # "peut-on se passer de la proposition ?", "est-elle facultative ?": whether one may do without
    # something, the inverse of whether it is required (Oui = not required)
    # ("faire sans attendre" / "sans tarder" dispenses with nothing); read only when no obligation word is
    # there: "est-il obligatoire ou facultatif ?" asks the obligation (see `focus`)
    (
        "dispense",
        r"\bse (passer|dispenser) d|\bfacultati\w*|\bfaire l'impasse\b"
        r"|\bfaire sans\b(?! (?:[a-z]+(?:er|ir|re)|delai|retard)\b)",
    ),
    (
        "obligation",
        r"\boblig\w*|\bobligatoire\w*|\best-on tenu|\bsommes-nous tenus\b"
        # "devoir" inverted, in any tense and person ("doit-on", "devions-nous", "devra-t-elle")
        # ("devient-il", "que devient-elle" are not "devoir")
        r"|\b(doi[a-z]*|dev(?:on|ez|ons|ions|iez|r\w+|ait|aient))-(t-)?(on|il|elle|ils|elles|nous|vous)\b"
        r"|\bfaut\b|\bfaut-il\b|\bnecessaire\b"
        # "on doit les rendre ?", "nous devons encore l'envoyer ?": devoir with on/nous, not inverted
        r"|\bon (doit|devra|devrait)\b|\bnous (devons|devrons|devrions)\b"
        # "est-ce que l'école doit rendre … ?": a closed question whose verb is "devoir"
        r"|\best-ce qu(e |')([\w'-]+ ){0,3}(doit|doivent|devra|devront|devrait)\b",
    ),
    (
        "permission",
        r"\b(peut|peuvent|pourra|pourrait|pourrons|pourront|pouvons|pouvez|puis-je)\b|\bpeut-\w+|\bpossible\b|\bautorise\w*",
    ),
    # a closed question with no modal whose verb keeps or gives something back ("l'école garde les
    # périodes ?", "on perd les points ?", "le pôle rend les moyens ?")
    ("keep", r"\b(garde\w*|conserve\w*|reste\w*(?! \d)|acquis)\b"),
    ("lose", r"\b(perd\w*|rend(s|ent|ons|ez|ra|ront)?|restitue\w*|rembourse\w*)\b"),
    # whether a case yields points at all, no figure claimed ("génère-t-elle des points ?", "le pôle
    # a-t-il droit à des moyens complémentaires ?"): answered by whether the computed total is above 0
    (
        "gets_points",
        r"\b(gener\w*|donne\w*|rapporte\w*|ouvre\w*|droit a|recoi\w*|recev\w*|touche\w*|obtien\w*)"
        r"(-t)?(-\w+)? (des |de |aux |a des )(points?|moyens)\b",
    ),
)

_OBLIGATION = dict(_FOCUS)["obligation"]


# A reported claim to confirm: "on m'a dit que …", "… c'est bien ça ?", "c'est vrai ?", "c'est exact ?"
_CLAIM = re.compile(
    r"\bon m'a (dit|affirme|assure|explique)\b|\bj'ai (lu|entendu)\b|\bc'est (bien )?(ca|vrai|exact|correct|juste)\b"
    r"|\best-ce (bien )?(vrai|exact|correct)\b|\b(vrai|exact) \?"
    # "un collègue dit que …", "n'est-ce pas ?", "vous confirmez ?", "pouvez-vous confirmer … ?"
    r"|\b(dit|disent|affirme|pretend|pretendent|soutient) qu(e|')|\bn'est-ce pas\b"
    # "c'est bien 352 points pour … ?", "est-ce bien 88 points que … ?": the figure that follows is confirmed
    r"|\b(c'est|est-ce|ce sont) bien (?=\d)"
    r"|\bconfirmez-vous\b|\bvous (me )?confirmez\b|\b(pouvez|pourriez)-vous (me )?confirmer\b"
)


def claim(text: str) -> dict[str, object]:
    return {"claim": True} if _CLAIM.search(text) else {}


def focus(text: str) -> dict[str, object]:
    for name, pattern in _FOCUS:
        if name == "dispense" and re.search(_OBLIGATION, text):
            continue  # "obligatoire ou facultatif ?": whether it is required
        if re.search(pattern, text):
            return {"focus": name}
    return {}


# Whether a closed question asks if something is done once or again each time ("on le fait une seule
# fois ?", "faut-il le refaire chaque année ?"): Facts.asks_recurrence, "once" or "each".
_ONCE = re.compile(
    r"\b(une seule fois|qu'une (seule )?fois|une fois pour toutes|juste une fois|une fois pour de bon)\b"
)
_EACH = re.compile(
    r"\b(a chaque|chaque) (annee|rentree|annee scolaire|nouvelle ipt)\b|\btous les ans\b"
    r"|\b(a |le )?refaire\b|\brecommencer\b"
)


def recurrence(text: str) -> dict[str, object]:
    if _ONCE.search(text):
        return {"asks_recurrence": "once"}
    if _EACH.search(text):
        return {"asks_recurrence": "each"}
    return {}
