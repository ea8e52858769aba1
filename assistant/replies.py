"""Fixed French replies: input problems, abstention (with whom to contact), and the evidence test."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from assistant.models import Answer, ConversationState
from assistant.rules.contacts import contacts_for, describe
from assistant.textnorm import fold

EMPTY_QUESTION = (
    "Je n'ai pas reçu de question. Posez-moi une question sur les intégrations permanentes totales "
    "(IPT), par exemple : « Quel CPMS rédige la nouvelle attestation d'orientation ? »"
)

STALE_INDEX = (
    "Les textes ont été modifiés depuis le chargement de l'index : je ne réponds pas à partir d'un index "
    "périmé. Redémarrez l'assistant (l'index est reconstruit au démarrage) ou lancez « assistant index », "
    "puis reposez la question."
)

# Abstention thresholds on the best retrieved passage (calibrated on the dev split of eval/set;
# see eval/REPORT.md). A passage is weak evidence when both its lexical and its dense scores are low.
MIN_BM25 = 6.0
MIN_DENSE = 0.83

_REASONS = {
    "hors_sujet": "Cette question ne porte pas sur les intégrations permanentes totales (IPT) ni sur les "
    "pôles territoriaux, dont traitent les textes que je connais.",
    "weak": "Les textes dont je dispose (circulaire IPT 2025-2026, Infos du Pacte de juin 2024, décret du "
    "5 février 2009, arrêté du 15 septembre 2022) ne précisent pas ce point.",
    "empty": "Je n'ai trouvé aucun passage des textes qui réponde à cette question : les textes ne le "
    "précisent pas.",
    "notion_flamande": "Votre question emploie des notions du droit de la Communauté flamande (CLB, rapport "
    "motivé, rapport provisoire…), définies par le décret flamand du 6 juillet 2018. Ce décret ne "
    "s'applique pas aux écoles de la Fédération Wallonie-Bruxelles, et les textes FWB dont je dispose ne "
    "prévoient pas ces notions : je ne peux pas répondre à partir d'eux.",
    "dossier": "Je n'ai accès à aucun dossier individuel (SIEL, e-pôles, dossiers d'élèves) : je ne peux pas "
    "vérifier une situation nominative, et les textes ne la traitent pas.",
    "flamand": "Seul le décret flamand du 6 juillet 2018 contient des passages proches de cette question. "
    "C'est du droit de la Communauté flamande (CLB, et non CPMS) : il ne s'applique pas aux écoles de la "
    "Fédération Wallonie-Bruxelles, et je ne peux donc pas répondre à partir de ce texte.",
}


def input_problem(question: object, max_chars: int) -> str | None:
    """A French message when the question cannot be processed as such, else None."""
    if not isinstance(question, str):
        return "La question doit être un texte."
    if len(question) > max_chars:
        return (
            f"Votre question est trop longue ({len(question)} caractères ; maximum {max_chars}). "
            "Reformulez-la en quelques phrases, sans coller tout un courriel."
        )
    return None


def printable(question: str) -> str:
    """The question without what no text can hold: lone surrogates (from JSON escapes) and NUL bytes."""
    text = question.encode("utf-8", "surrogatepass").decode("utf-8", "ignore")
    return text.replace("\x00", " ")


# A question whose informative words are mostly absent from the best passages (IDF-weighted
# coverage below MIN_COVERAGE) is not answered by them unless the lexical match is strong anyway.
# 0.45 -> 0.35 once notions absent from the texts are caught directly (evidence.foreign_notions): loose
# wordings of covered questions ("le bus est payant ?", "c'est a mi temps ?") stay answered.
MIN_COVERAGE = 0.35
STRONG_BM25 = 6.0


# What a question asks for, and what a passage must contain to give it: an amount of money needs a
# sum in euros, a length of time needs a duration. Otherwise the passages only share its topic.
_ASKS_MONEY = re.compile(
    r"\b(montant|euros?|budget total|salaires?|baremes?|remunerations?|tarifs?|prix|"
    r"combien (co[uû]te|d'argent))\b|€|"
    r"\b(combien|quel montant)\b(?! (de |d')(points?|periodes?|heures?|eleves?)\b)"
    r".{0,40}\b(payee?s?|remuneree?s?|coute(nt)?|gagne(nt)?|touche(nt)?)\b"
)
_HAS_MONEY = re.compile(r"\d[\d  .,]*\s?(€|euros?\b|eur\b)", re.I)
_ASKS_DURATION = re.compile(r"\bcombien de temps\b|\bpendant combien\b|\bduree de conservation\b")
_HAS_DURATION = re.compile(
    r"\b(\d+|un|une|deux|trois|cinq|dix)\s+(ans?|annees?|mois|semaines?|jours?)\b", re.I
)


# A count ("combien d'élèves", "combien de pôles") needs a number next to the counted word ("48 pôles",
# "1.350 ETP", "cinq années"); a time of day ("à quelle heure") needs an hour.
_ASKS_COUNT = re.compile(r"\bcombien (?:de |d')([a-z]+)")
_NOT_COUNTED = frozenset({"temps", "fois", "argent"})
_NUMBER = r"(?:\d[\d.,]*|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|cent)"
_ASKS_HOUR = re.compile(r"\b(a )?quelle heure\b")
# A maximum or a minimum ("au maximum", "le nombre minimal") needs a passage that sets a limit.
_ASKS_LIMIT = re.compile(r"\b(max|maximum|maximal|maximale|min|minimum|minimal|minimale|plafond)\b")
_HAS_LIMIT = re.compile(r"\b(maxim\w*|minim\w*|au plus|au moins|plafon\w*|depass\w*|limite\w*|jusqu'a)\b")
_HAS_HOUR = re.compile(r"\b\d{1,2} ?h(\d\d)?\b|\b\d{1,2} heures\b")


# "combien de cours ?" may be answered by a share of them: "à mi-temps des cours", "la moitié des heures"
_SHARE = r"(?:mi-temps|moitie|tiers|quart|\d+ ?%)"


def _has_count(noun: str, folded: str) -> bool:
    stem = re.escape(noun[:5])
    near = (
        rf"\b{_NUMBER}\s+(?:[a-z'()-]+\s+){{0,2}}{stem}|\b{stem}[a-z]*\s*(?:[a-z'()-]+\s+){{0,3}}:?\s*\d"
        rf"|\b{_SHARE}\s+(?:[a-z'()-]+\s+){{0,2}}{stem}"
    )
    return bool(re.search(near, folded))


def asked_duration(question_folded: str) -> re.Pattern[str] | None:
    """The pattern of the fact a duration question needs ("combien de temps"), or None."""
    return _HAS_DURATION if _ASKS_DURATION.search(question_folded) else None


def asked_count(question_folded: str) -> tuple[re.Pattern[str], str] | None:
    """For "combien de jours/pages/heures…": the pattern of a number next to the counted word, and
    that word (which, shared with any sentence giving the number, says nothing of its topic)."""
    count = _ASKS_COUNT.search(question_folded)
    if not count or count.group(1) in _NOT_COUNTED:
        return None
    stem = re.escape(count.group(1)[:5])
    return re.compile(rf"\b(?:{_NUMBER}|{_SHARE})\s+(?:[a-z'()-]+\s+){{0,2}}{stem}"), count.group(1)


def answers_asked_type(question_folded: str, texts: Sequence[str]) -> bool:
    """False when the question asks for an amount, a duration, a count or a time of day that none of
    the passages contains: then they only share its topic, not its answer."""
    joined = " ".join(texts)
    folded = fold(joined)
    if _ASKS_MONEY.search(question_folded) and not _HAS_MONEY.search(joined):
        return False
    if _ASKS_DURATION.search(question_folded) and not _HAS_DURATION.search(folded):
        return False
    if _ASKS_HOUR.search(question_folded) and not _HAS_HOUR.search(folded):
        return False
    if _ASKS_LIMIT.search(question_folded) and not _HAS_LIMIT.search(folded):
        return False
    count = _ASKS_COUNT.search(question_folded)
    if not count or count.group(1) in _NOT_COUNTED:
        return True
    # a count for a school year ("combien d'élèves en 2019-2020") needs a passage about that year
    return _has_count(count.group(1), folded) and _school_years(question_folded) <= _school_years(folded)


_SCHOOL_YEAR = re.compile(r"\b(20\d\d)-(?:20)?\d\d\b")


def _school_years(folded: str) -> set[str]:
    return set(_SCHOOL_YEAR.findall(folded))


# The only circulars the texts hold are those of their own school years: a question about another
# year's circular ("la circulaire 2027-2028", "la prochaine circulaire") is not answered by them.
# a circular named by its school year ("la circulaire 2026-2027") or by its rentrée ("… de la rentrée 2026")
_CIRCULAR_YEAR = re.compile(
    r"\bcirculaires?\b[^.?!]{0,30}?\b(?:(20\d\d)-(?:20)?\d\d\b|rentree (20\d\d)\b(?![-/]))"
)
_NEXT_CIRCULAR = re.compile(
    r"\b(prochaine|future|suivante) circulaire|\bcirculaire (de l'annee |de l'an )?(prochaine?|suivante)\b"
)


def asks_other_circular(question_folded: str, circular_years: Sequence[int]) -> bool:
    """Whether the question is about a circular of a school year the texts do not hold."""
    if _NEXT_CIRCULAR.search(question_folded):
        return True
    return any(
        int(m.group(1) or m.group(2)) not in circular_years for m in _CIRCULAR_YEAR.finditer(question_folded)
    )


# A request to act on someone's file ("pouvez-vous vérifier si le dossier de mon fils…") is not a
# question the texts answer: the assistant reads no individual file.
_ACTS_ON_FILE = re.compile(
    r"\b(pouvez|pourriez|peux|pourrais)[- ](vous|tu) (verifier|consulter|regarder|modifier|corriger|"
    r"encoder|envoyer|transmettre|appeler|contacter|retrouver|ouvrir)\b"
)


# Whether one's own pupil's file is in a given state ("mon fils est-il bien encodé dans SIEL ?",
# "le dossier de ma fille a-t-il déjà été transmis ?"): only the school or the Administration can tell.
# one pupil of one's own ("mon fils", "notre élève") or a file: "nos élèves en IPT sont-ils bien
# inscrits… ?" asks the general rule
_OWN_PUPIL = re.compile(
    r"\b(mon|ma|notre) (fils|fille|enfant|eleve|dossier|gamin\w*)\b|\b(mes|nos) dossiers\b"
)
_STATE_OF_FILE = re.compile(
    r"\b(est|a|sont|ont)([- ](t[- ])?(il|elle)s?)? (bien |deja |toujours )+(ete )?"
    r"(encode|inscrit|enregistre|signale|declare|transmis|recu|valide|traite|accepte)e?s?\b"
    r"|\b(avez|as)[- ](vous|tu) (bien |deja )*recu\b|\bou en est\b"
)


def acts_on_a_file(question_folded: str) -> bool:
    """A request to act on a file, or to tell the state of one's own pupil's file."""
    if _ACTS_ON_FILE.search(question_folded):
        return True
    return bool(_OWN_PUPIL.search(question_folded) and _STATE_OF_FILE.search(question_folded))


# What the texts never cover although their words are familiar: the school calendar's own dates (they
# only place deadlines after holidays), and levels of education other than compulsory school.
_CALENDAR = re.compile(
    r"\b(quand|a quelle date)\b.{0,20}\b(commencent|debutent|finissent|se terminent|sont)\b.{0,10}"
    r"\b(vacances|conges)\b|\bdates? (des|de) (vacances|conges)\b"
    # the holiday itself is the subject: "le congé d'automne 2025 va de quand à quand ?"
    r"|\b(vacances|conges?)( d'\w+| de \w+)?( \d{4})? (va|vont|commencen?t?|debuten?t?|finissent|finit|"
    r"se terminen?t?|tomben?t?)\b|\b(vacances|conges?)\b.{0,40}\bde quand a quand\b"
    # "c'est quand les vacances de détente ?", "les congés de Toussaint, c'est quand cette année ?"
    r"|\b(c'est|ce sont) quand (les |le )?(vacances|conges?)\b"
    r"|^(?:et |sinon,? )?(les |le )?(vacances|conges?)( d'\w+| de \w+)?,? (c'est|ce sera|ce sont|sont) quand\b"
)
# "quand" a few words before the holidays asks their dates ("c'est quand exactement les vacances de
# Toussaint ?", "quand tombent cette année les congés de détente ?"), unless the question places something
# after them ("le deuxième vendredi qui suit les vacances", "à la rentrée après les congés").
_HOLIDAY_WHEN = re.compile(r"\bquand\b(\s+[\w'-]+){0,3}?\s+(les |le |la )?(vacances|conges?)\b")
# a moment placed after the holidays ("après", "quand les vacances sont terminées") is not their date
_AFTER_HOLIDAY = re.compile(
    r"\b(apres|qui suit|qui suivent|suivant\w*|vendredi|rentree|retour|terminee?s?|finie?s?|passee?s?)\b"
)


def _asks_holiday_dates(question_folded: str) -> bool:
    return bool(_HOLIDAY_WHEN.search(question_folded) and not _AFTER_HOLIDAY.search(question_folded))


# An application's fault ("SIEL m'affiche une erreur", "je n'arrive pas à me connecter") is for its
# support desk; and school trips (classes vertes, excursions) are school life the texts do not regulate.
_TECH_FAULT = re.compile(
    r"\b(affiche (une |un message d')?erreur|message d'erreur|erreur (de validation|technique|informatique)|"
    r"bug|beug|bugge|plante|debloqu\w*|mot de passe|(me|se) connecter)\b"
    # "ne fonctionne pas" is a fault only when said of a tool ("l'IPT ne fonctionne pas" is a stop cause)
    r"|\b(siel|e-?poles?|application|appli|site|logiciel|plateforme|ordinateur|formulaire|lien|pdf)\b"
    r"[^.?!]{0,30}\bne (fonctionne|marche) (pas|plus)\b"
)
_SCHOOL_TRIPS = re.compile(
    r"\b(classes? (verte|de neige|de mer|de depaysement)s?|voyages? scolaires?|sorties? scolaires?|excursions?)\b"
)
_OTHER_LEVELS = re.compile(
    r"\b(enseignement superieur|hautes? ecoles?|universite|universitaire|promotion sociale|creches?)\b"
)
# The sensori-motor scales themselves (annexes 5 to 7 of the arrêté, not reproduced in the texts): their
# items, how many, their criteria; and who evaluates the pupil with them (the texts say who encodes only).
_SCALE_CONTENT = re.compile(
    r"\bcombien d'items\b(?![^?]*\b\d+ items?\b)|\b(quels sont|liste|contenu|detail|intitule)s? (les |des |du |de l')?"
    r"(items|criteres|questions) (de l'|des |d'une )?echelle"
    r"|\bqui\b[^?]{0,30}\b(rempli\w*|complet\w*|fait passer|fai\w* passer|administr\w*|cot\w*|evalu\w*|passer)\b"
    r"[^?]{0,40}\bechelles?\b"
)


# The assistant's own opinion on a choice or a forecast ("à votre avis, c'est mieux une IPT ou… ?",
# "la réforme va-t-elle supprimer l'IPT, selon vous ?"): the texts state rules, not judgements or futures.
_ASKS_OPINION = re.compile(
    r"\b(selon (vous|toi)|a (votre|ton) avis|d'apres (vous|toi)|(vous|tu) (pensez|penses|croyez|crois)|"
    r"(pensez|croyez)[- ]vous|votre (opinion|sentiment))\b"
)
_JUDGES_OR_FORESEES = re.compile(
    r"\b(mieux|preferable|conseill\w*|recommand\w*|opportun\w*|souhaitable|efficace)\b"
    r"|\b(va|vont)[- ](t[- ])?(il|elle|ils|elles)\b|\bfinir par\b|\ba l'avenir\b|\bd'ici (20\d\d|\d+ ans)\b"
)


def asks_opinion(question_folded: str) -> bool:
    return bool(_ASKS_OPINION.search(question_folded) and _JUDGES_OR_FORESEES.search(question_folded))


def outside_the_texts(question_folded: str) -> bool:
    """Holiday dates, another level of education, the scales' own items, the assistant's opinion or
    forecast: the texts' words match, their content does not."""
    patterns = (_CALENDAR, _OTHER_LEVELS, _TECH_FAULT, _SCHOOL_TRIPS, _SCALE_CONTENT)
    if _asks_holiday_dates(question_folded):
        return True
    return any(p.search(question_folded) for p in patterns) or asks_opinion(question_folded)


def evidence_verdict(
    hits: Sequence,
    *,
    coverage: float = 1.0,
    unknown_acronyms: Sequence[str] = (),
    question: str = "",
    foreign_notions: Sequence[str] = (),
    fact_on_topic: bool = True,
) -> str:
    """'ok' when the best passages are good evidence, 'weak' when they are not, 'empty' without any.

    `foreign_notions` are what the question is about but no text mentions (a salary scale, a
    canteen, a named pôle): then the passages only share its common words, however well they score.
    `fact_on_topic` is False when the asked kind of fact (a duration) appears only in sentences
    about something else.
    """
    if not hits:
        return "empty"
    if foreign_notions or not fact_on_topic:
        return "weak"
    if question and not answers_asked_type(fold(question), [h.chunk.text for h in hits[:3]]):
        return "weak"
    # the best scores among the first passages: a hit found by one ranking only has no score in the
    # other (None), while the next passage may be close in meaning to the question
    bm25 = max((h.bm25_score or 0.0) for h in hits[:3])
    dense = max((h.dense_score or 0.0) for h in hits[:3])
    if bm25 < MIN_BM25 and dense < MIN_DENSE and not names_numbered(question, hits[:3]):
        return "weak"
    if coverage < MIN_COVERAGE and bm25 < STRONG_BM25:
        return "weak"
    if unknown_acronyms:
        return "weak"
    return "ok"


# A numbered notion of the texts: "le type 1", "l'article 137", "le 3e palier" is written "palier 3"
_NUMBERED = re.compile(
    r"\b(types?|articles?|paliers?|annexes?|phases?|formes?) (\d{1,3}(?:/\d{1,2})?(?:bis)?)\b"
)


def names_numbered(question: str, hits: Sequence) -> bool:
    """Whether the question names numbered notions ("c'est quoi le type 1 ?") and the passages name
    each of them: a short question scores low, but the passage that names its notion answers it."""
    asked = {(m.group(1).rstrip("s"), m.group(2)) for m in _NUMBERED.finditer(fold(question))}
    texts = [fold(h.chunk.text) for h in hits]
    return bool(asked) and all(
        any(re.search(rf"\b{kind}s? {re.escape(num)}\b(?![,/]\d)", t) for t in texts) for kind, num in asked
    )


def rule_covers(question: str, answer_text: str) -> bool:
    """Whether a rule's answer can stand for the question: it contains the amount of money or the
    duration asked, and names what is counted ("combien de pages": some pages). (A count's number is
    not checked: a rule may rightly answer "no points".)"""
    folded, text = fold(question), fold(answer_text)
    if _ASKS_MONEY.search(folded) and not _HAS_MONEY.search(answer_text):
        return False
    count = _ASKS_COUNT.search(folded)
    if (
        count
        and count.group(1) not in _NOT_COUNTED
        and not re.search(rf"\b{re.escape(count.group(1)[:4])}", text)
    ):
        return False
    return not (_ASKS_DURATION.search(folded) and not _HAS_DURATION.search(text))


def abstain(question: str, today: dt.date, *, state: ConversationState, reason: str) -> Answer:
    """Say plainly that the texts do not answer, and name whom to contact (with the circular's words)."""
    contacts = contacts_for(question, today)
    who = " ; ".join(describe(c) for c in contacts)
    text = f"{_REASONS.get(reason, _REASONS['weak'])}\n\nPour une réponse officielle, contactez {who}."
    return Answer(
        text=text,
        kind="abstain",
        citations=[c.citation for c in contacts],
        notes=["Contacts tirés de la circulaire IPT 2025-2026 (« Personnes à contacter »)."],
        state=state,
    )
