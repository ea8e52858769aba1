"""Whether an answer gives the kind of information its question asks for.

Passages often share a question's topic without giving its asked detail: "combien de temps garder
le PV ?" retrieves the sentence on the 30-day delay to send it; "quelle sanction si … ?" retrieves the
deadline itself; "à combien s'élève la dotation ?" routes to who receives it. The test below looks at
the text the user would read (a rule's conclusion, the quoted sentences) and asks: does it contain a
fact of the asked type — a date for "jusqu'à quelle date", a number of the asked unit for "combien de
mois", an amount for "à combien s'élève la dotation", a consequence for "quelle sanction", a figure
for the asked month and year? If not, the answer only shares the topic and the assistant abstains.
The asked noun ("quel diplôme") and bound ("un âge minimum") are checked by assistant/asked_noun.py.
"""

from __future__ import annotations

import re

from assistant.asked_agent import answers_asked_agent
from assistant.asked_means import names_asked_means
from assistant.asked_noun import names_asked_noun, states_asked_bound
from assistant.failed_exam import failure_unanswered
from assistant.sentence_scores import CONSEQUENCE_QUESTION
from assistant.textnorm import fold

_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
_NUMBER = r"(?:\d[\d.,/]*|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente)"

# "jusqu'à quelle date", "quelle est la date limite", "avant quelle date", "à partir de quelle date"
_ASKS_DATE = re.compile(r"\b(quelle (est la )?date|date limite|date butoir|quel jour)\b")
_HAS_DATE = re.compile(
    rf"\b\d{{1,2}}(er)? ({_MONTHS})\b|\b\d{{1,2}}/\d{{1,2}}\b|\b(premier|1er|dernier) jour\b|\brentree\b"
    r"|\bdate (de l'evenement|connue|de la signature)\b|\bfin de l'annee scolaire\b|\bau terme\b"
)
# the date that names a legal text ("décret du 3 mars 2004", "circulaire 9545 du 11 juillet 2025")
_LEGAL_TEXT_DATE = re.compile(
    rf"\b(decret|arrete|loi|circulaire|agcf|accord)s?( \d+)? du \d{{1,2}}(er)? ?({_MONTHS}|/\d{{1,2}}/) ?\d{{4}}\b"
)
# "quelles conséquences", "quelle sanction", "on risque quoi": what follows a failure to act
_ASKS_CONSEQUENCE = re.compile(rf"\b({CONSEQUENCE_QUESTION}|sanctionnee?s?|amendes?)\b")
_HAS_CONSEQUENCE = re.compile(
    r"\b(consequences?|sanctions?|penalit\w*|amendes?|restitu\w*|rembours\w*|perd\w*|perte|annul\w*|"
    r"retir\w*|refus\w*|invalid\w*|ne (peut|peuvent|pourra|pourront) (pas|plus)|pas de recours)\b"
)
# An amount of money asked about a financial notion ("à combien s'élève la dotation ?").
_ASKS_AMOUNT = re.compile(
    r"\b(a )?combien s'eleve(nt)?\b(?!.{0,40}\b(points?|periodes?|nombre|eleves?)\b)"
    r"|\bcombien\b.{0,30}\b(dotations?|subventions?|subsides?|indemnites?|primes?|allocations?|frais)\b"
    r"|\b(dotations?|subventions?|subsides?|indemnites?|primes?|allocations?)\b[^?]{0,60}"
    r"\b(c'est|ca fait|ca represente) combien\b"
    # "est-ce payant pour les parents ?", "faut-il payer ?": a price
    r"|\bpayant\w*|\b(faut-il|doit-on|doivent-ils|doit-il|doit-elle) (la |le |les )?payer\b"
    # "est-ce qu'on doit payer la logopède ?", "les parents doivent payer quelque chose ?"
    r"|\b(on|nous|ils|elles|je|parents) (doit|doivent|devons|dois|devra|devront) (la |le |les |lui |leur )?payer\b"
)
# "il est gratuit" or "les frais sont pris en charge par …" answers "est-ce payant ?" as an amount does;
# the asking word itself ("payant", "payer") is no answer: a passage repeating it states no price
_HAS_AMOUNT = re.compile(
    r"\d[\d .,]*\s?(€|euros?\b|eur\b)|\b(montant|barème|bareme)s? (est|de|du)\b|\bgratuit\w*"
    r"|\b(frais|couts?|depenses?)\b[^.;?!]{0,60}\b(pris|prises?|supportes?) (en charge|par)\b"
    r"|\b(frais|couts?|depenses?) (sont |est )?a (la )?charge (de|du|des)\b"
)
# "quel est le téléphone de…", "leur numéro de tél ?": a phone number, which an answer writes "02/690.84.07"
ASKS_PHONE = re.compile(r"\b(telephones?|numeros? de tel\w*|gsm|par tel)\b")
HAS_PHONE = re.compile(r"\b0\d{1,3}[/. ]?\d{2,3}[. ]?\d{2}[. ]?\d{2}\b")
# a street address, which an answer writes "16 Avenue du Port, 1080 Bruxelles" (an e-mail address is not
# one), is asked when an address is, together with the post ("par la poste ? à quelle adresse ?");
# "envoyer par courrier, ça compte ?" asks whether a way of sending is allowed
_ASKS_POSTAL = re.compile(
    r"\badresses? postales?\b"
    r"|\b(par (la )?poste|par (voie )?(courrier|recommande))\b.*\badresses?\b"
    r"|\badresses?\b.*\b(par (la )?poste|par (voie )?(courrier|recommande))\b"
)
_HAS_POSTAL = re.compile(
    r"\b(rue|avenue|boulevard|place|chaussee|quai|square)\b[^.\n]{0,60}\b\d{4}\b|\b(lettre )?recommandee?\b"
)
# "on peut faire un recours ?", "contester la décision": a way to challenge a decision, which an answer
# names ("recours", "conseil de recours", "contester", "réclamation")
# "faire appel au pôle", "avoir recours à un logopède": calling on someone, not challenging a decision
_ASKS_RECOURSE = re.compile(
    r"\b(recours|contester|contestation|faire appel|reclamations?)\b(?! (a|au|aux|d'|de|du|des)\b)"
)
_HAS_RECOURSE = re.compile(r"\b(recours|contest\w*|appel|reclamations?|conciliation|mediat\w*)\b")
# "un recours si l'école refuse l'IPT ?": the challenged decision is about an integration; a recourse
# against another decision (a class council's on a form or a certificate) does not answer it
INTEGRATION = re.compile(r"\b(ipt|integr\w*)\b")
RECOURSE_WORD = re.compile(r"\b(recours|contester|contestation)\b(?! (a|au|aux|d')\b)")


def recourse_on_integration(folded: str) -> bool:
    """Whether a (folded) text asks or names a recourse and an integration (see `INTEGRATION`)."""
    return bool(RECOURSE_WORD.search(folded) and INTEGRATION.search(folded))


def _recourse_on_integration(text: str) -> bool:
    """Whether one of the quotes (lines of `text`, not folded) names both a recourse and an integration."""
    lines = [fold(line) for line in text.split("\n")]
    return any(_HAS_RECOURSE.search(line) and INTEGRATION.search(line) for line in lines)


# "chaque trimestre", "combien de fois par an", "à quelle fréquence": how often, which an answer gives
# with its own "chaque …", "tous les …", "par an", "n fois"
_ASKS_FREQUENCY = re.compile(
    r"\b(chaque|tous les|toutes les) (semaines?|mois|trimestres?|semestres?)\b|\bcombien de fois\b"
    r"|\ba quelle (frequence|periodicite)\b|\b(trimestriel|mensuel|hebdomadaire)\w*"
)
_HAS_FREQUENCY = re.compile(
    r"\b(chaque|tous les|toutes les|une fois par|par) (semaines?|mois|trimestres?|semestres?|ans?|annees?)\b"
    r"|\bfois\b|\b(frequence|periodicite|trimestriel\w*|mensuel\w*|hebdomadaire\w*|annuel\w*)\b"
)
# "y a-t-il un formulaire pour… ?", "quel modèle ?": a document asked for, which an answer names (annex,
# model, form); a form the question only mentions ("sur le formulaire unique") is not asked for
_ASKS_FORM = re.compile(r"\b(un|quel|quels) (formulaires?|modeles?)\b")
_HAS_FORM = re.compile(r"\b(annexes?|formulaires?|modeles?|documents?|pdf|listing)\b")
# "un nombre max d'IPT par pôle ?", "combien d'élèves en IPT au maximum ?": a cap, which an answer states
# with its own bound word ("au maximum", "plafonné", "ne peut dépasser"); a count without one is no cap
# ("7.800 élèves étaient en IPT" says how many there were, not how many there may be)
_ASKS_MAXIMUM = re.compile(
    r"\b(nombre|combien)\b[^?.]{0,50}\b(max|maxi|maximum|maximal\w*|plafond)\b"
    r"|\b(nombre|plafond) (max|maxi|maximum|maximal)\b|\bplafond (de |d'|du |des )"
)
_HAS_MAXIMUM = re.compile(
    r"\b(max|maximum|maximal\w*|au plus(?! tard)|plafon\w*|ne (peut|peuvent) (pas )?(depasser|exceder)|limite\w*)\b"
)
# "combien de mois / d'années / de jours": a number of that unit ("ans" for "années")
_ASKS_UNIT = re.compile(r"\bcombien (?:de |d')(jours?|semaines?|mois|ans|annees?|heures?|eleves?)\b")
# "combien de pôles / d'ETP / de protocoles": a count of things, which an answer gives as a number that
# is neither a date, a year nor a duration (a deadline "le 31/03/2024, dépassée depuis 549 jours" does
# not say how many pôles); the units, points and periods have their own checks
_ASKS_COUNT = re.compile(
    r"\bcombien (?:de |d')(?!(?:jours?|semaines?|mois|ans|annees?|heures?|temps|points?|periodes?|fois)\b)"
    r"[a-z]{2,}"
)
_HAS_COUNT = re.compile(
    r"(?<![\d/.,-])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)*(?![\d/-])"
    rf"(?! ?(?:jours?|semaines?|mois|ans|annees?|heures?|h|er|{_MONTHS})\b)"
    r"|\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|cent|mille)\b"
)
_UNITS = {
    "jour": r"jours?",
    "sema": r"semaines?",
    "mois": r"mois",
    "ans": r"ans|annees?",
    "anne": r"ans|annees?",
    "heur": r"heures?|h\b",
    "elev": r"eleves?",
}
# "dans quel délai", "sous quel délai", "en combien de temps": a time limit, which an answer gives as
# a number of days, weeks or months, a date, "au plus tard", "dès que" ("plus de 2 ans" in IPT is not one)
_ASKS_DELAY = re.compile(
    r"\b(dans|sous|en) quels? delais?\b|\bquel (est le )?delai\b|\ben combien de temps\b"
    # "on a combien de temps pour…", "de combien de temps dispose l'école…": the time left to act
    r"|\b(a|as|avons|avez|ont|aura|auront|dispose\w*|laisse\w*) combien de temps (pour|afin d')"
    r"|\bcombien de temps (a-t-(on|il|elle)|ont-(ils|elles)|avons-nous|avez-vous|reste-t-il|dispose\w*)\b"
    r"|\bde combien de temps (dispose|a|ont)\b"
)
# "combien de temps à l'avance", "quel préavis": a notice before an act, which an answer states as a
# figure before it ("15 jours avant", "un préavis de 30 jours"); a delay after a decision is not one
_ASKS_NOTICE = re.compile(r"\ba l'avance\b|\bpreavis\b|\bdelai de prevenance\b")
_HAS_NOTICE = re.compile(
    r"\b\d+ (jours?|semaines?|mois)\b[^.;]{0,30}\b(avant|a l'avance|au prealable)\b|\bpreavis (de|d'une?)\b"
)
_HAS_DELAY = re.compile(
    rf"\b{_NUMBER}\s+(jours?|semaines?|mois)\b|\bau plus tard\b|\bdes que\b|\bimmediat\w*|\bsans delai\b"
)
# "combien d'ETP … en septembre 2024": a figure asked at a dated moment needs that moment. Only a
# month and year after the interrogative, introduced by "en"/"au mois de", and not the date of the
# pupil's case ("IPT commencée en octobre 2021", "depuis janvier 2024", "le 2 septembre 2020").
_ASKED_MOMENT = re.compile(rf"\b(?:en|au mois de) (?P<when>(?:{_MONTHS}) 20\d\d)\b")
_CASE_DATE = re.compile(
    r"\b(debut\w*|commenc\w*|demarr\w*|depuis|entre|avant|apres|partir|nee?|arrive\w*)\b[^.?!,;]{0,12}$"
)


def _unit_pattern(unit: str) -> re.Pattern[str]:
    alternatives = _UNITS.get(unit[:4], re.escape(unit))
    # a count may name its noun first: "le nombre d'élèves … passant de 4.000 à environ 9.000"
    counted = rf"|\bnombre d'(?:{alternatives})\b[^.]{{0,160}}\d" if unit.startswith("eleve") else ""
    return re.compile(rf"\b{_NUMBER}\s+(?:{alternatives}){counted}")


# (the kind of value a question asks, what gives it in an answer's text), both on folded text
# "de quels moyens le pôle dispose-t-il à la rentrée ?": an answer naming no means does not answer
_ASKS_MEANS = re.compile(r"\b(quels?|quelles?) moyens\b")
_HAS_MEANS = re.compile(
    r"\b(moyens|dotations?|subventions?)\b"
    r"|\b(recoi\w*|dispose\w*|beneficie\w*|gener\w*|octroy\w*|attribu\w*)\b[^.;]{0,60}\b(points?|periodes?)\b"
)
_VALUE_CHECKS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (_ASKS_DATE, _HAS_DATE),
    (_ASKS_NOTICE, _HAS_NOTICE),
    (_ASKS_CONSEQUENCE, _HAS_CONSEQUENCE),
    (_ASKS_AMOUNT, _HAS_AMOUNT),
    (ASKS_PHONE, HAS_PHONE),
    (_ASKS_FREQUENCY, _HAS_FREQUENCY),
    (_ASKS_POSTAL, _HAS_POSTAL),
    (_ASKS_RECOURSE, _HAS_RECOURSE),
    (_ASKS_FORM, _HAS_FORM),
    (_ASKS_COUNT, _HAS_COUNT),
    (_ASKS_MEANS, _HAS_MEANS),
)


def gives_asked(question: str, answer_text: str, *, moments: bool = True) -> bool:
    """False when the question asks a date, a consequence, an amount, a number of days/months/years
    or a figure at a given month that the answer's text does not contain. `moments=False` for a rule's
    answer, which computes from the case's dates (a month there is the IPT's start, not the asked time)."""
    q, text = fold(question), fold(answer_text)
    if any(asks.search(q) and not gives.search(text) for asks, gives in _VALUE_CHECKS):
        return False
    # a cap asked of passages needs their bound word; a rule's fixed amount is the asked quantity
    # ("combien de périodes au maximum pour un type 6 ?" -> the rule's 8 periods)
    if moments and _ASKS_MAXIMUM.search(q) and not _HAS_MAXIMUM.search(text):
        return False
    undated = _LEGAL_TEXT_DATE.sub(" ", text)  # "le décret du 3 mars 2004" gives no time to act
    if _ASKS_DELAY.search(q) and not (_HAS_DELAY.search(undated) or _HAS_DATE.search(undated)):
        return False
    unit = _ASKS_UNIT.search(q)
    if unit and not _unit_pattern(unit.group(1)).search(text):
        return False
    if not names_asked_noun(question, answer_text, on_topic=moments):
        return False
    if recourse_on_integration(q) and not _recourse_on_integration(answer_text):
        return False
    if failure_unanswered(question, answer_text):  # "il rate son CEB": not "l'obtention d'un certificat"
        return False
    if not states_asked_bound(question, answer_text):
        return False
    if not moments and not answers_asked_agent(question, answer_text):  # another agent or kind
        return False
    if moments and not names_asked_means(question, answer_text):  # periods asked, subsidies quoted
        return False
    return not moments or all(moment in text for moment in _asked_moments(q))


def _asked_moments(q: str) -> list[str]:
    """Month-year moments the figure is asked at ("combien d'ETP en septembre 2024" -> that moment)."""
    asked = re.search(r"\bcombien\b", q)
    if not asked:
        return []
    return [
        m.group("when")
        for m in _ASKED_MOMENT.finditer(q, asked.end())
        if not _CASE_DATE.search(q[max(asked.end(), m.start() - 30) : m.start()])
    ]
