"""Partner slots: who proposes the IPT, who is against it, and which partners a turn names (the
CPMS with its side when the turn gives it)."""

from __future__ import annotations

import re

from assistant.understand.slots.procedure import cpms_side

_PROPOSERS = (
    # a parent may be named by kinship ("la maman refuse", "le père est contre")
    ("parents", r"\bparents?\b|\bfamille\b|\b(?:maman|papa|mere|pere)\b"),
    ("eleve", r"\beleve (?:lui-meme|majeur)\b|\beleve majeur\b|\beleve lui meme\b"),
    ("cpms", r"\bcpms\b"),
    (
        "ecole_specialisee",
        r"\becole (?:d'enseignement )?speciali|\bdirection (?:de l'ecole )?speciali|\bpo\b",
    ),
    ("ecole_ordinaire", r"\becole (?:d'enseignement )?ordinaire\b"),
    ("conseil_de_classe", r"\bconseil de classe\b"),
    ("pole", r"\bpole\b|\bcoordinat"),
)


def proposer(text: str) -> dict[str, object]:
    """Who proposes: the actor just before 'propose…' (its subject) or after 'proposée par'."""
    m = re.search(r"\bpropos\w*", text)
    if not m:
        return {}
    after = re.match(r"\w*\s+(?:[\w']+\s+){0,4}?par (.{0,50})", text[m.start() :])
    before = text[max(0, m.start() - 60) : m.start()]
    if _OBJECT_OF.search(before):  # "d'accord sur la proposition": the proposal is an object, no proposer
        before = ""
    # "les parents nous disent qu'on peut se passer de la proposition": who reports a claim is not the
    # proposer; only what follows the reporting verb can name one
    reported = list(_REPORTED.finditer(before))
    if reported:
        before = before[reported[-1].end() :]
    # "accompagnée par le pôle, peut-on se dispenser de la proposition ?": an actor of another clause
    # is not the proposer; "les parents, peuvent-ils proposer ?" keeps its dislocated subject
    before = _this_clause(re.split(r"[.;?!]", before)[-1])
    # "le CPMS peut-il bloquer la proposition ?": who would block it is the opponent, not the proposer
    against = list(_AGAINST.finditer(before))
    if against:
        before = before[against[-1].end() :]
    for window, pick_last in ((after[1] if after else "", False), (before, True)):
        if hits := _partner_hits(window):
            name = hits[-1][1] if pick_last else hits[0][1]
            return {"proposer": _with_side(name, text)}
    near = text[max(0, m.start() - 40) : m.end() + 20]
    own = _OWN_SCHOOL.search(text[max(0, m.start() - 70) : m.start()])
    if own:  # "mon école peut-elle faire elle-même la proposition ?": the speaker's school
        return {"proposer": _speaker_school(text)} if _speaker_school(text) else {}
    if _SELF_PROPOSER.search(near):
        return {"proposer": "eleve"}  # "peut-il faire lui-même la proposition ?": the pupil himself
    if _FIRST_PERSON_SELF.search(near) and _adult_speaker(text):
        return {"proposer": "eleve"}  # "j'ai 19 ans … je peux faire moi-même la proposition ?"
    return {}


def _speaker_school(text: str) -> str | None:
    """The kind of school the speaker belongs to ("je suis directeur de l'école ordinaire…")."""
    m = _SPEAKER_SCHOOL.search(text)
    if not m:
        return None
    return "ecole_ordinaire" if m.group("kind") == "ordinaire" else "ecole_specialisee"


_OWN_SCHOOL = re.compile(r"\b(?:mon|notre) (?:ecole|etablissement)\b")
_SPEAKER_SCHOOL = re.compile(
    r"\b(?:(?:(?:je suis|en tant que) )?(?:le |la )?(?:directeur|directrice|direction|enseignant\w*|titulaire)"
    r" (?:de |d')(?:l'|une )?|(?:mon|notre) )(?:ecole|etablissement) (?:d'enseignement )?(?:\w+ )?"
    r"(?P<kind>ordinaire|speciali)"
)
_FIRST_PERSON_SELF = re.compile(r"\bmoi-?\s?meme\b")
_SPEAKER_AGE = re.compile(r"\bj'ai (\d{1,2}) ans\b")
MAJORITY = 18  # "l'élève lui-même s'il est majeur"


def _adult_speaker(text: str) -> bool:
    """Whether the speaker says he is of age ("je suis majeur", "j'ai 19 ans")."""
    if re.search(r"\bje suis majeure?\b", text):
        return True
    return any(int(age) >= MAJORITY for age in _SPEAKER_AGE.findall(text))


# "X nous disent que", "X m'a dit qu'", "X affirme que": a reported claim
_REPORTED = re.compile(
    r"\b(?:(?:nous|m'|me|l'|leur|lui) ?)?(?:dit|disent|disait|disaient|affirm\w*|pretend\w*|assur\w*|soutien\w*)"
    r" (?:que|qu')"
)


def _this_clause(sentence: str) -> str:
    """The clause of `sentence` that ends it: after its last comma, unless that comma only sets apart
    a subject the clause takes up again ("les parents, peuvent-ils proposer ?", "le CPMS, il peut ?")."""
    parts = sentence.split(",")
    last = parts.pop()
    while parts and _RESUMED.match(last) and _DISLOCATED.match(parts[-1]):
        last = f"{parts.pop()},{last}"
    return last


# a clause opening on a pronoun that takes up the subject set apart before the comma
_RESUMED = re.compile(
    r"\s*(?:(?:eux|elles?|lui)(?: aussi)?,\s*)?(?:\w+-(?:t-)?(?:il|ils|elle|elles)\b|(?:ils?|elles?)\b)"
)
# a subject set apart: a noun phrase alone ("les parents", "et le CPMS de l'école"), no clause of its own
_DISLOCATED = re.compile(
    r"\s*(?:et |mais |alors )?(?:les |le |la |l'|notre |nos |votre |vos |leur |leurs )(?![^,]*\bpar\b)[\w' -]{1,50}$"
)
# "l'avis sur la proposition", "d'accord sur la proposition": what precedes names no proposer
_OBJECT_OF = re.compile(r"\b(?:sur|contre|a) (?:la |une |cette |leur |sa )?$")
# "peut-il proposer lui-même", "faire elle-même la proposition": the pupil, when no other proposer is named
_SELF_PROPOSER = re.compile(r"\b(?:lui|elle)-?\s?meme\b")


_AGAINST = re.compile(
    r"\b(sont|est|etaient|serait) contre\b|\bs'oppos\w*|\bavis defavorable\b|\bpas d'accord\b"
    r"|\brefus\w*|\bdi(t|sent|sait) non\b|\b(ne|n') ?(veut|veulent|souhaite|souhaitent) pas\b"
    r"|\bbloqu\w*|\bmettre (son|leur) veto\b"  # "le CPMS peut-il bloquer… ?": the actor before the verb
    r"|\bs'y oppos\w*"
)


def opponent(text: str) -> dict[str, object]:
    """The partner against the IPT: the actor just before 'sont contre' / 's'oppose'."""
    m = _AGAINST.search(text)
    if not m:
        return {}
    window = re.split(r"[.?!;]", text[max(0, m.start() - 40) : m.start()])[-1]  # this sentence's actor
    hits = _partner_hits(window)
    return {"opponent": _with_side(hits[-1][1], window)} if hits else {}


def named_partners(text: str) -> set[str]:
    """The partners of an IPT a turn names (the CPMS with its side when the turn gives it)."""
    return {_with_side(name, text) for name, pattern in _PROPOSERS if re.search(pattern, text)}


def _partner_hits(window: str) -> list[tuple[int, str]]:
    """Every partner named in `window`, as (position, name), in order of position; the school that
    names a CPMS's side ("le CPMS de l'école ordinaire") is no partner of its own."""
    sides = [m.span() for m in _CPMS_NAMING_SCHOOL.finditer(window)]
    return sorted(
        (h.start(), name)
        for name, p in _PROPOSERS
        for h in re.finditer(p, window)
        if name == "cpms" or not any(start < h.start() < end for start, end in sides)
    )


# "le CPMS de l'école ordinaire", "le cpms qui suit l'école spécialisée": the school says which CPMS
_CPMS_NAMING_SCHOOL = re.compile(
    r"\bcpms (?:de l'|du |de |d'|qui suit |suivant |qui s'occupe de |qui travaille avec )?"
    r"(?:l'|une |la |notre |cette )?(?:ecole |enseignement |etablissement )?(?:d'enseignement )?(?:l')?"
    r"(?:ordinaire|speciali\w*)"
)


def _with_side(name: str, text: str) -> str:
    """'cpms' made 'cpms_ordinaire' / 'cpms_specialise' when `text` says which CPMS; other names as is."""
    if name != "cpms":
        return name
    side = cpms_side(text).get("cpms_side")
    return f"cpms_{side}" if side else "cpms"
