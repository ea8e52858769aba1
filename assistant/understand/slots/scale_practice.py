"""Scale practice slots: which practice of the sensori-motor scales a question asks about (encoding,
keeping the grids, passing them again, several scales…) and whether the pupil's situation evolved."""

from __future__ import annotations

import re

_SCALE_TOPICS = (
    # "si on n'encode pas dans les délais, est-ce qu'elle compte quand même ?": whether it still counts
    (
        "non_encode",
        r"\b(n'encod\w*|pas encod\w*|non encod\w*|oubli\w*|en retard|trop tard|hors delai|apres (le |la )?(delai|date))\b"
        r".{0,120}\b(compte\w*|pris\w* en compte|valable|comptabilis\w*)\b",
    ),
    # "on peut additionner autant d'échelles qu'on veut, sans plafond ?": a claim that the sum has no cap
    (
        "sans_plafond",
        r"\b(sans (aucun )?(plafond|limite|maximum)|pas de (plafond|limite|maximum)|illimit\w*|autant d'echelles)\b"
        # "le pôle peut dépasser 352 points s'il a trois échelles ?": a claim that the sum exceeds the cap
        r"|\b(depasser|plus de|au-dela de|superieur a) (les )?\d+ points\b",
    ),
    # "envoyé par mail au lieu d'e-pôles, il est quand même pris en compte ?": whether a result counts
    (
        "non_encode",
        r"\b(pris\w* en compte|compte\w* (quand meme|malgre tout|tout de meme)|(est|sera)-t-(il|elle) valable)\b",
    ),
    # "on peut envoyer le scan par mail au lieu d'e-pôles ?": another way of sending than the encoding
    (
        "non_encode",
        r"\b(au lieu d(e |')|plutot que|sans passer par|version papier|sur papier|format papier|scann?\w*)\b"
        r"|\bpar (mail|e-mail|email|courriel|courrier|la poste|fax)\b",
    ),
    (
        "plusieurs",
        r"\bplusieurs echelles\b|\b(deux|2|trois|3) echelles\b.{0,40}\b(meme eleve|appliqu\w*|cumul\w*)"
        r"|\b(additionn\w*|cumul\w*)\b.{0,40}\bechelles\b|\bechelles\b.{0,60}\b(plafond|maximum)\b"
        # "on choisit quelle échelle, ou on peut en faire deux ?": which scale, or more than one
        r"|\b(quelle|quelles|laquelle des) echelles?\b.{0,30}\b(choisi\w*|appliqu\w*|utilis\w*|pren\w*|passer)\b"
        r"|\b(choisi\w*|appliqu\w*|utilis\w*) (quelle|laquelle|quelles)\b"
        r"|\ben (faire|passer|appliquer|utiliser|remplir|cumuler) (deux|2|trois|3|plusieurs)\b"
        # the verb before the number ("peut-on appliquer deux échelles ?", "utiliser 2 échelles")
        r"|\b(appliqu\w*|utilis\w*|fai\w*|pass\w*|cumul\w*|remplir) (les |des )?(deux|2|trois|3) echelles\b",
    ),
    # "les échelles seront-elles encore d'application en 2026-2027 ?": until when the scales apply
    (
        "validite",
        r"\b(jusqu'a quand|en vigueur|cour constitutionnelle|toujours (valables?|d'application|applicables?))\b"
        r"|\bechelles?\b.{0,40}\b(valables?|applicables?|d'application|utilisables?)\b"
        r"|\bencore\b.{0,25}\b(utilis\w*|appliqu\w*|valables?|d'application|en vigueur)\b.{0,40}"
        r"\b(l'an prochain|l'annee prochaine|20\d\d-(20)?\d\d)\b",
    ),
    # "on peut jeter les grilles une fois encodées ?": who keeps the completed scales
    ("conservation", r"\b(garder|conserv\w*|archiv\w*|jeter|detrui\w*|a la disposition)\b"),
    # "l'an prochain, faut-il ré-encoder les échelles ?": the Pacte's transfer of encoded scales
    (
        "transfert",
        r"\bre-?encod\w*|\breencod\w*"
        r"|\b(transfer\w*|report\w*|reprise?s?)\b.{0,60}\b(l'an prochain|l'annee prochaine|annee suivante)\b",
    ),
    # any form of "refaire / repasser" ("on refait une évaluation ?", "elle la repasse ?")
    ("reevaluation", r"\b(refai\w*|refon\w*|repass\w*|reevalu\w*|nouvelle evaluation|chaque annee)\b"),
    ("encodage", r"\bencod\w*|\be-poles\b"),
)


def scale_topic(text: str) -> dict[str, object]:
    """Which practice of the sensori-motor scales a question asks about, if it is about the scales."""
    if not re.search(r"\b(echelles?|sensori\w*|e-poles)\b", text):
        return {}
    for name, pattern in _SCALE_TOPICS:
        if re.search(pattern, text):
            return {"scale_topic": name}
    return {}


# "sa situation n'a pas changé / a évolué": whether a scale must be passed again (art. 11/4, § 1er)
_UNCHANGED = re.compile(
    r"\bsituation\b.{0,40}\b(n'a pas|n'ont pas|pas) (change|evolue|bouge)\b|\b(meme|inchangee?) situation\b"
    r"|\bsituation (est )?(inchangee|identique|stable)\b"
    # "rien n'a changé pour lui", "aucun changement", "pas d'évolution": nothing evolved, whatever the noun
    r"|\brien n'a (change|evolue|bouge)\b|\b(aucun|pas de) changement\b|\b(aucune|pas d') ?evolution\b"
    r"|\bn'(a|ont) pas (change|evolue|bouge)\b"
)
_CHANGED = re.compile(
    r"\bsituation\b.{0,40}\b(a|ont) (change|evolue|empire|bouge)\b"
    r"|\b(s'est|se sont) ([a-z]+ )?(aggrave|ameliore|modifie|degrade)e?s?\b|\b(il|elle) a (beaucoup |bien )?(evolue|change)\b"
)


def situation_evolved(text: str) -> dict[str, object]:
    if not re.search(r"\b(echelles?|sensori\w*|evaluation|evalue)\b", text):
        return {}
    if _UNCHANGED.search(text):
        return {"situation_evolved": False}
    if _CHANGED.search(text):
        return {"situation_evolved": True}
    return {}
