"""Whether an answer is about the agent or the kind its question asks about.

A rule's conclusion often answers for a neighbouring agent or kind: "c'est à la direction du
spécialisé de faire la nouvelle attestation ?" gets "Oui, … rédigée par le CPMS de l'ordinaire";
"combien de périodes le CPMS reçoit-il ?" gets the special school's periods; "en intégration
permanente partielle" or "en 2e degré" get the IPT's or the 3e degré's figures; an immersion in
Dutch gets the sign-language immersion's condition. The check below finds the agent named as the
question's subject ("c'est à X de…", "est-ce X qui…", "X reçoit-il…") and the kind it qualifies
(integration, degree, immersion), and whether the conclusion names them. When it does not:
- a closed question on who acts, whose conclusion names its own actor ("rédigée par le CPMS…"),
  is answered "Non, ce n'est pas X" (`agent_denial`);
- otherwise the conclusion is not an answer (`answers_asked_agent` is False): the caller falls back
  to the sentences using the question's words, or abstains.
"""

from __future__ import annotations

import re

from assistant.textnorm import fold

_SIDE = r"(?:de l'(?:ecole )?(?:d'enseignement )?|de l'enseignement |du |d'une? ecole )?"
_CPMS = r"\b(?:c?pms|centres? (?:psycho-medico-sociaux|psycho-medico-social|pms))\b"
# (key, pattern, French label), most specific first: a CPMS "de l'ordinaire" is not the school
_AGENTS: tuple[tuple[str, str, str], ...] = (
    ("cpms_ordinaire", rf"{_CPMS} {_SIDE}ordinaire", "le CPMS de l'école ordinaire"),
    ("cpms_specialise", rf"{_CPMS} {_SIDE}speciali[a-z]*", "le CPMS de l'école spécialisée"),
    ("cpms", _CPMS, "le CPMS"),
    ("direction", r"\b(?:directions?|directeurs?|directrices?|chefs? d'etablissement)\b", "la direction"),
    ("pole", r"\bpoles?\b", "le pôle"),
    ("parents", r"\bparents?\b|\bfamilles?\b", "les parents"),
    ("inspection", r"\binspect(?:ion|eurs?|rices?)\b", "l'inspection"),
    ("administration", r"\badministration\b", "l'Administration"),
    ("logopede", r"\blogoped[a-z]*", "le logopède"),
    (
        "ecole_ordinaire",
        r"\b(?:ecoles?|etablissements?) (?:d'enseignement )?(?:primaires? |secondaires? |fondamentale?s? )?"
        r"ordinaires?\b",
        "l'école ordinaire",
    ),
    (
        "ecole_specialisee",
        r"\b(?:ecoles?|etablissements?) (?:d'enseignement )?(?:primaires? |secondaires? |fondamentale?s? )?"
        r"speciali[a-z]*",
        "l'école spécialisée",
    ),
)
_LABELS = {key: label for key, _, label in _AGENTS}

_DETS = r"(?:le |la |l'|les |notre |nos |votre |vos |leur |leurs |mon |ma |mes |cette |ce |cet )"
# the agent a closed question asks about: "c'est (bien) à X de…", "est-ce à X de…", "c'est X qui…"
# (with the verb that follows "qui": "c'est notre école qui reçoit les points ?")
CLOSED_SUBJECT = re.compile(
    r"\b(?:c'est|est-ce|est ce)(?: bien| vraiment)? (?:a |au |aux )(?P<x>[^?;]{2,60}?) (?:de |d')"
    rf"|\b(?:c'est|est-ce|est ce)(?: bien| vraiment)? (?P<y>{_DETS}[^?;]{{2,60}}?) qui\b"
    r"(?: (?:l'|la |le |les |en |y |nous |vous |leur |lui )?(?P<verb>[a-z]{5,}))?"
)
# the agent a quantity is asked for: "combien de périodes le CPMS reçoit-il ?"
_RECEIVER = re.compile(
    r"\bcombien\b[^?]{0,60}?\b(?P<x>(?:le |la |l'|les )[a-z' -]{2,50}?) "
    r"(?:recoi[a-z]*|obtien[a-z]*|beneficie[a-z]*|touche[a-z]*|a droit|ont droit)\b"
)
# the agent whose delay is asked: "dans quel délai l'Administration doit-elle répondre ?"
_DELAY_OF = re.compile(
    r"\b(?:dans quel delai|quel (?:est le )?delai|en combien de temps|combien de temps)\b[^?]{0,20}?"
    r"\b(?P<x>(?:le |la |l'|les )[a-z' -]{2,40}?) (?:doi[a-z-]*|a-t-[a-z]+|ont|dispose[a-z-]*)\b"
)
# "Destinataire : l'Administration", "envoyé à l'Administration": the agent receives, it does not act
_RECIPIENT = re.compile(
    r"\b(?:destinataires? ?: ?|(?:envoy|transmi|adress|communiqu)[a-z]* (?:par mail )?a )(?:l'|le |la |les )?[a-z]+"
)
# spoken languages of an immersion ("immersion en néerlandais"): never "l'immersion ou par…"
_LANGUAGES = (
    r"(?:neerlandais|anglais|allemand|espagnol|italien|flamand|langues? etrangeres?|langues? modernes?)\b"
)
_ASKED_KINDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    # another kind of integration than the permanent total one
    (
        re.compile(r"\bintegrations? (?:(?:permanentes? |temporaires? )?partielles?|temporaires?)\b"),
        re.compile(r"\bpartielle|\btemporaire"),
    ),
    # an immersion in another language than sign language
    (
        re.compile(rf"\bimmersion (?:linguistique\b|(?:linguistique )?(?:en )?{_LANGUAGES})"),
        re.compile(rf"\bimmersion (?:linguistique\b|(?:en )?{_LANGUAGES})"),
    ),
)
_DEGREE = re.compile(r"\b(1er|premier|2e|2eme|deuxieme|3e|3eme|troisieme) degre\b")
_DEGREE_KEY = {"1er": "1", "premier": "1", "2e": "2", "2eme": "2", "deuxieme": "2"}
# the conclusion names its own actor: "rédigée par le CPMS…", "c'est le CPMS … qui…"
_OWN_ACTOR = re.compile(
    r"\b(?:redige|etabli|signe|delivre|introdui|fait|assure|prise?)e?s? par (?:le|la|les|l')|\bc'est (?:le|la|l')"
    # the conclusion names who receives: "versées à l'école ordinaire", "attribuées au pôle"
    r"|\b(?:verse|attribue|octroye|accorde)e?s? (?:a l'|a la |au |aux )"
)


def label(key: str) -> str:
    """The French label of an agent key ("ecole_specialisee" -> "l'école spécialisée")."""
    return _LABELS[key]


def agents(text: str) -> set[str]:
    """The agents named in `text` (folded); a CPMS "de l'école ordinaire" does not name the school."""
    found: set[str] = set()
    rest = text
    for key, pattern, _ in _AGENTS:
        if re.search(pattern, rest):
            found.add(key)
            if key.startswith("cpms"):
                rest = re.sub(pattern, " ", rest)
    if found & {"cpms_ordinaire", "cpms_specialise"}:
        found.add("cpms")
    return found


def last_agents(text: str) -> set[str]:
    """The agent named last in `text` (folded), as `agents` names it: the subject of a verb that
    follows ("… du pôle territorial compétent et celui-ci" -> {"pole"})."""
    spans: list[tuple[int, str]] = []
    rest = text
    for key, pattern, _ in _AGENTS:
        for m in re.finditer(pattern, rest):
            spans.append((m.end(), key))
        if key.startswith("cpms"):
            rest = re.sub(pattern, lambda m: " " * len(m[0]), rest)
    if not spans:
        return set()
    end = max(spans)[0]
    keys = {key for e, key in spans if e == end}
    return keys | {"cpms"} if keys & {"cpms_ordinaire", "cpms_specialise"} else keys


def asked_agents(question: str) -> tuple[set[str], bool]:
    """The agents named as the question's subject, and whether it asks closed "is it X who…?"."""
    q = fold(question)
    closed = CLOSED_SUBJECT.search(q)
    if closed:
        subject = closed.group("x") or closed.group("y") or ""
        # "c'est l'école ordinaire ou la spécialisée qui… ?" asks a choice, not "is it X?": one of the
        # agents offered is the answer, so none is checked
        if re.search(r"\bou\b", subject):
            return set(), False
        return agents(subject), True
    receiver = _RECEIVER.search(q)
    if receiver:
        return agents(receiver.group("x")), False
    delay = _DELAY_OF.search(q)
    if delay:
        return agents(delay.group("x")), False
    return set(), False


def _missing_agent(question: str, conclusion: str) -> tuple[str | None, bool]:
    asked, closed = asked_agents(question)
    # an agent the conclusion names only as whom a document goes to does not act in it
    named = agents(_RECIPIENT.sub(" ", fold(conclusion)))
    for key in asked:
        if key not in named and not (key == "cpms" and named & {"cpms_ordinaire", "cpms_specialise"}):
            return key, closed
    return None, closed


def _other_kind(question: str, conclusion: str) -> bool:
    """The question qualifies its matter by a kind (integration, immersion, degree) the conclusion
    does not name, while naming another one."""
    q, c = fold(question), fold(conclusion)
    for asked, named in _ASKED_KINDS:
        match = asked.search(q)
        if match and match.group(0) not in c and not named.search(c):
            return True
    degrees = {_DEGREE_KEY.get(m, m[0]) for m in _DEGREE.findall(q)}
    given = {_DEGREE_KEY.get(m, m[0]) for m in _DEGREE.findall(c)}
    return bool(degrees and given and not degrees & given)


def agent_denial(question: str, conclusion: str) -> str | None:
    """The agent to deny ("le pôle") when a closed question asks whether an agent acts and the
    conclusion names another actor for it ("rédigée par le CPMS de l'ordinaire"), else None."""
    missing, closed = _missing_agent(question, conclusion)
    if missing is None or not closed or not _OWN_ACTOR.search(fold(conclusion)):
        return None
    return label(missing)


def answers_asked_agent(question: str, conclusion: str) -> bool:
    """False when the conclusion is about another agent or kind than the asked one and cannot
    answer the question by denying it."""
    if _other_kind(question, conclusion):
        return False
    missing, _ = _missing_agent(question, conclusion)
    return missing is None or agent_denial(question, conclusion) is not None


_LEAD = re.compile(r"^(?:Oui|Non)\b[,:]?\s*")


def deny_agent(text: str, question: str, conclusion: str) -> str:
    """'Non, ce n'est pas <agent> : …' for a closed question on an agent the conclusion does not name."""
    label = agent_denial(question, conclusion)
    if label is None:
        return text
    rest = _LEAD.sub("", text, count=1)
    return f"Non, ce n'est pas {label} : {rest[:1].lower()}{rest[1:]}"
