"""Questions the texts cannot answer although their words match them.

Another school year's circular, a request to act on someone's file (or to tell the state of one's own
pupil's file), the school calendar's holiday dates, other levels of education, an application's
fault, school trips, insurance, the staff's travel costs, invoicing, the sensori-motor scales' own items, and
the assistant's opinion or forecast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

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
    r"|\b(c'est|ce sont) quand( exactement| cette annee| donc)? (les |le )?(vacances|conges?)\b"
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
    # insurance and accidents: no text of the corpus speaks of them
    r"|\bassurances?\b|\baccidents? (scolaires?|de travail|sur le chemin)\b"
    # nor of the staff's travel costs
    r"|\bfrais (kilometriques|de deplacements?|de route)\b|\bindemnites? kilometriques?\b"
    # nor of one party invoicing another (a school, the parents, the pôle): the texts only say who
    # receives the means, never that anyone bills anyone
    r"|\bfactur\w*"
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


# What an announced text not yet adopted will say ("et le nouveau décret, il prévoira quoi ?", "que
# contiendra la future circulaire ?"): the texts announce it, never its content.
_FUTURE_TEXT = re.compile(
    r"\b(nouve(au|l|lle)|futur|futures?|prochaine?)s? (decret|circulaire|arrete|reglementation|texte)s?\b"
)
_FUTURE_CONTENT = re.compile(
    r"\b(prevoira|prevoiront|contiendra|dira|changera|fixera|remplacera|modifiera|apportera)\b"
    r"|\b(va|vont)[- ](t[- ])?(il|elle|ils|elles)?[- ]?(prevoir|contenir|changer|dire|fixer|remplacer)\b"
)


def asks_future_text(question_folded: str) -> bool:
    return bool(_FUTURE_TEXT.search(question_folded) and _FUTURE_CONTENT.search(question_folded))


def asks_opinion(question_folded: str) -> bool:
    return bool(_ASKS_OPINION.search(question_folded) and _JUDGES_OR_FORESEES.search(question_folded))


def outside_the_texts(question_folded: str) -> bool:
    """Holiday dates, another level of education, the scales' own items, the assistant's opinion or
    forecast: the texts' words match, their content does not."""
    patterns = (_CALENDAR, _OTHER_LEVELS, _TECH_FAULT, _SCHOOL_TRIPS, _SCALE_CONTENT)
    if _asks_holiday_dates(question_folded):
        return True
    if asks_future_text(question_folded):
        return True
    return any(p.search(question_folded) for p in patterns) or asks_opinion(question_folded)
