"""Topic slots: which deadline, which kind of means, sensori-motor scales (items X, score W), when an
accompaniment would take place."""

from __future__ import annotations

import re

from assistant.understand.slots.durations import NUMBER_WORDS

_MEANS_KINDS = (
    (
        "restitution",
        r"\brestitu\w*|\b(rendre|redonner|rembourser) (les |ses |leurs )?(moyens|periodes|points)\b|\brembours\w*|\bmoyens? (restent|sont) acquis\b|\bperd\w* les moyens\b"
        r"|\b(moyens|periodes|points) (sont |seront |restent )?(perdu|rendu|restitue|acquis)\w*",
    ),
    ("coefficient", r"\bcoefficients?\b|\bfinancement de base\b"),
    (
        "fonctionnement",
        r"\b(subventions?|subsides?|frais|dotations?|moyens) de fonctionnement\b|\bfonctionnement\b",
    ),
    (
        "ordinaire",
        r"\b(compt\w*|comptabilis\w*|comptage)\b.{0,40}\bordinaire\b|\bordinaire\b.{0,40}\b(compt\w*|comptage)\b|\bperiodes generees par l'inscription\b",
    ),
    ("points", r"\bpoints?\b"),
    ("periodes", r"\bperiodes?\b|\bencadrement\b|\bheures?\b"),
)
_MEANS_RES = tuple((name, re.compile(p)) for name, p in _MEANS_KINDS)

_N = r"(\d{1,4})"
_SCALE_PATTERNS = (
    # "echelle de 20 items, score 45" / "20 items et un score de 45" / "20 items : 45 points"
    # (an ordinal between them, "30 items) a une eleve de 3e primaire, elle obtient 37", is no number)
    re.compile(
        rf"\b{_N} (?:items?|questions?|criteres?)\b(?:[^0-9]|\d(?:e|er|eme|ere)\b){{0,60}}?\b(?:score|total|cote|note|obtenu\w*|obtien\w*|points?|(?:l'eleve|l'enfant|le jeune|la jeune|il|elle) a(?: eu)?|a eu|resultat|w)\D{{0,12}}{_N}\b(?! items?)"
    ),
    # "score de 45 sur une echelle de 20 items" / "45 points pour 20 items"
    re.compile(
        rf"\b(?:score|total|cote|note)\D{{0,12}}{_N}\b[^0-9]{{0,40}}?\b{_N} (?:items?|questions?|criteres?)\b"
    ),
    # "20 items et 48 points obtenus" / "20 items, 30 sur 60"
    re.compile(
        rf"\b{_N} (?:items?|questions?|criteres?)\b[^0-9]{{0,25}}?\b{_N} (?:points? obtenus|points? pour l'eleve|sur \d+)\b"
    ),
    # "x = 20, w = 45"
    re.compile(rf"\bx ?= ?{_N}\b[^0-9]{{0,20}}\bw ?= ?{_N}\b"),
    # "w = 36 et x = 20"
    re.compile(rf"\bw ?= ?{_N}\b[^0-9]{{0,20}}\bx ?= ?{_N}\b"),
)
_SCORE_FIRST = frozenset({1, 4})  # patterns whose first number is the score W


def means_kind(text: str) -> dict[str, object]:
    if not re.search(
        r"\b(moyens?|periodes?|points?|restitu\w*|coefficients?|fonctionnement|encadrement|subventions?|capital|financ\w*|nti)\b",
        text,
    ):
        return {}
    for name, pattern in _MEANS_RES:
        if pattern.search(text):
            return {"means_kind": name}
    return {}


# "une échelle de dix items", "vingt questions": an item count written in words, as digits
_WORD_ITEMS = re.compile(
    r"\b("
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r") (?=items?\b|questions?\b|criteres?\b)"
)

# "l'élève a obtenu vingt-quatre": a score written in words, as digits
_WORD_SCORE = re.compile(
    r"\b(obtenu|obtient|a eu|score de|total de|resultat de) ("
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\b"
)


# "et si le total est de 31 ?", "avec un score de 52": a total W without its number of items
_SCORE_ALONE = re.compile(
    rf"\b(?:score|total(?: general)?|cote|note|resultat)\b(?: (?:est|etait|serait|de|d'|egal a|=|obtenu))*\D{{0,4}}{_N}\b(?! ?(?:items?|questions?|criteres?|%|eleves?|ipt|periodes?|jours?|ans?|heures?|euros?))"
)


_NOT_POOLED = re.compile(
    r"\b(ne|n') ?(peu\w*|sont|est|doi\w*|faut)\b[^.?]{0,20}\b(pas|plus|jamais)\b[^.?]{0,12}\bmutualis\w*"
    r"|\b(pas|non|jamais|interdit de (les )?) ?mutualis\w*"
)


_POOL_WORDS = re.compile(r"\b(regroup\w*|mettre en commun|mises? en commun|globalis\w*)\b")


def pooling(text: str) -> dict[str, object]:
    """What the question states about pooling the periods ("ne peuvent pas être mutualisées": False)."""
    if not re.search(r"\bmutualis\w*", text):
        # "les regrouper / mettre en commun / partager les périodes entre élèves": pooling in other words
        if re.search(r"\bperiodes?\b", text) and _POOL_WORDS.search(text):
            return {"pooling": True}
        return {}
    return {"pooling": not _NOT_POOLED.search(text)}


def scale_score(text: str) -> dict[str, object]:
    """A score W named alone (no item count anywhere in the turn), to replace a carried scale's score."""
    if re.search(r"\b(items?|questions?|criteres?)\b", text):
        return {}
    m = _SCORE_ALONE.search(text)
    return {"scale_score": int(m[1])} if m else {}


def scales(text: str) -> dict[str, object]:
    """Every (items, score) pair, in order of appearance."""
    text = _WORD_ITEMS.sub(lambda m: f"{NUMBER_WORDS[m[1]]} ", text)
    text = _WORD_SCORE.sub(lambda m: f"{m[1]} {NUMBER_WORDS[m[2]]}", text)
    found: list[tuple[int, int, int]] = []
    taken: list[tuple[int, int]] = []
    for index, pattern in enumerate(_SCALE_PATTERNS):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            a, b = int(m[1]), int(m[2])
            items, score = (b, a) if index in _SCORE_FIRST else (a, b)
            # a score named as such above the maximum 3 × X is kept (the rule answers that it is
            # impossible); "20 items : 88 points" may be a scale given in points, so it is not
            bound = 3 * items if re.search(r"\bpoints?\b", m[0]) else 10 * items
            if 0 < items <= 500 and 0 <= score <= bound:
                found.append((m.start(), items, score))
                taken.append((m.start(), m.end()))
    if not found:
        found = _lone_scale(text)
    return {"scales": [(i, s) for _, i, s in sorted(found)]} if found else {}


_ITEM_COUNT = re.compile(r"\b(\d{1,3}) (?:items?|questions?|criteres?)\b")
# A number that is something else than a score: a date, a year, an ordinal, a quantity with its
# unit, a type or a level ("12/10/2024", "2025-2026", "3e", "9 ans", "type 4", "60 %").
_NOT_A_SCORE = re.compile(
    r"\d+(?:[/.-]\d+)+|\b\d+(?:e|er|eme|ere|de|nd)\b|\b\d+ ?(?:%|pour ?cent|ans?\b|mois\b|jours?\b|eleves?\b|"
    r"periodes?\b|heures?\b|euros?\b|points?\b|ipt\b|h\b)|\b(?:type|article|art\.?|annexe|palier|n ?=)\s*\d+"
)


def _lone_scale(text: str) -> list[tuple[int, int, int]]:
    """One scale stated loosely ("elle a eu 31 sur une échelle de 25 items", "25 items, l'élève a 30
    au total"): the item count X and the only other number that can be a score (0 ≤ W ≤ 3 × X) once
    dates, years, ordinals, quantities with a unit, types and levels are set aside."""
    counts = _ITEM_COUNT.findall(text)
    if len(counts) != 1 or not re.search(r"\bechelles?\b|\bitems?\b", text):
        return []
    items = int(counts[0])
    rest = _NOT_A_SCORE.sub(" ", _ITEM_COUNT.sub(" ", text))
    scores = [int(n) for n in re.findall(r"(?<![\d,.])\d{1,3}(?![\d,.]\d)", rest)]
    if len(scores) != 1 or not 0 < items <= 500 or not 0 <= scores[0] <= 3 * items:
        return []
    return [(0, items, scores[0])]


# A scale already given in points ("une échelle auditive à 352 points et une échelle visuelle à 176",
# "une échelle à 176 points et une autre à 352"):
# only the palier values count, so item counts and scores are never taken for points.
_PALIER_POINTS = frozenset({44, 88, 176, 352})
_POINTS_SCALE = re.compile(
    r"(?:\bechelles?\b|\b(?:une|l') ?autre\b|\b(?:la|une) (?:seconde|deuxieme|troisieme)\b)[^.?;]{0,30}?\b(?:a|de|qui donne|donnant|donne|rapporte|avec|vaut|valant|generant)\s+(\d{1,3})\b(?! items?| questions?)"
    r"((?:\s*(?:,|et)\s*\d{1,3}\b(?! items?| questions?))*)"
)


# "88 points sur l'échelle motrice et 44 sur la visuelle": the points before the scale they belong to.
_POINTS_ON_SCALE = re.compile(
    r"\b(\d{1,3}) (?:points? )?(?:sur|pour|a|avec|dans) (?:l'|la |une |son |sa )?"
    r"(?:echelle|visuelle|auditive|motrice|physique)"
)


# "l'échelle auditive 88 points": a named scale directly followed by its points
_BARE_SCALE_POINTS = re.compile(r"\bechelle (?:visuelle|auditive|motrice|physique) (\d{1,3}) points?\b")


# "physique au 4e palier et auditive au 3e (palier)": scales given by their palier
_PALIER_NAMED = re.compile(
    r"\b(?:au|le|du|a|en|un|une) ([1-5])(?:e|er|eme|ere)\b(?= palier|\s*[,.?;!)]| et\b| pour\b|$)"
)
_PALIER_GIVES = {1: 0, 2: 44, 3: 88, 4: 176, 5: 352}  # arrêté, art. 11/3, § 2 (tableau des paliers)


def scale_points(text: str) -> dict[str, object]:
    """Points of scales stated as points (palier values only) or by their palier, in order of
    appearance; 'deux échelles à 44 et 88' gives both."""
    if re.search(r"\bpaliers?\b", text) and re.search(r"\bechelles?\b", text):
        named = [_PALIER_GIVES[int(m[1])] for m in _PALIER_NAMED.finditer(text)]
        if named and not re.search(r"\b\d{1,4} (?:items?|questions?|criteres?)\b", text):
            return {"scale_points": named}
    found = []
    text = _BARE_SCALE_POINTS.sub(r"echelle a \1 points", text)
    if re.search(r"\bechelles\b", text):  # "deux échelles, une à 88 et une à 44": each "une" is a scale
        text = re.sub(
            r"\b(?:une|l'une) (?=(?:a|de|qui donne|donnant|donne|rapporte|avec|vaut|valant) \d)",
            "echelle ",
            text,
        )
    for m in _POINTS_SCALE.finditer(text):
        values = [int(m[1])] + [int(v) for v in re.findall(r"\d{1,3}", m[2])]
        found += [v for v in values if v in _PALIER_POINTS]
    if not found:
        found = [int(m[1]) for m in _POINTS_ON_SCALE.finditer(text) if int(m[1]) in _PALIER_POINTS]
    return {"scale_points": found} if found else {}


# "N tombe pile à 60 %", "un pourcentage de 35 %", "l'élève est à 80 %": the ratio N itself, in a
# question about the scales or their paliers (a percentage elsewhere is no N)
_PERCENT = re.compile(r"(?<![\d,.])(\d{1,3}(?:[,.]\d{1,2})?) ?(?:%|pour ?cent)")
# a share of something else is no N: "présent 50 % du temps", "60 % des élèves", "à mi-temps (50 %)"
_NOT_N_AFTER = re.compile(
    r"\s*(?:du|des|de la|de l'|d'|de)\s*(?:temps|eleves?|horaire|presence|cas|poles?|ecoles?|classes?|enfants?|personnel)\b"
)
_NOT_N_BEFORE = re.compile(r"\b(?:present\w*|presence|mi-temps|temps|prorata|occup\w*|absent\w*)\b[^.?!;]*$")


def scale_percent(text: str) -> dict[str, object]:
    """The ratio N stated in a scale question without its items and score."""
    if not re.search(r"\b(paliers?|echelles?|sensori\w*|le n|pourcentage n)\b|\bn ?=", text):
        return {}
    if _ITEM_COUNT.search(text):
        return {}
    found = [
        float(m[1].replace(",", "."))
        for m in _PERCENT.finditer(text)
        if not _NOT_N_AFTER.match(text, m.end())
        and not _NOT_N_BEFORE.search(text[max(0, m.start() - 25) : m.start()])
    ]
    return {"scale_percent": found[0]} if len(found) == 1 and 0 <= found[0] <= 100 else {}


def scale_items(text: str) -> dict[str, object]:
    """The item count X of a scale question that gives no score ("le maximum d'une échelle de 20 items",
    "combien faut-il sur 20 items pour le 3e palier ?")."""
    counts = _ITEM_COUNT.findall(text)
    if len(counts) != 1 or scales(text) or not 0 < int(counts[0]) <= 500:
        return {}
    return {"scale_items": int(counts[0])}


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
    # any form of "refaire / repasser" ("on refait une évaluation ?", "elle la repasse ?")
    ("reevaluation", r"\b(refai\w*|refon\w*|repass\w*|reevalu\w*|nouvelle evaluation|chaque annee)\b"),
    ("encodage", r"\bencod\w*|\be-poles\b"),
)


_ORDINALS = {"1er": 1, "premier": 1, "deuxieme": 2, "troisieme": 3, "quatrieme": 4, "cinquieme": 5}
_PALIER = re.compile(r"\b(1er|premier|[1-5]e|[1-5]eme|deuxieme|troisieme|quatrieme|cinquieme) palier\b")
_AT_LEAST = re.compile(r"\b(atteint\w*|atteindre|au moins|depass\w*|passe au|monte\w* au)\b")


def asked_palier(text: str) -> dict[str, object]:
    """The palier a question names ("c'est le 3e palier ?", "ça atteint le 4e palier ?")."""
    found = _PALIER.findall(text)
    if len(set(found)) != 1:
        return {}
    word = found[0]
    number = _ORDINALS.get(word) or int(word[0])
    return {"asked_palier": number, "palier_at_least": bool(_AT_LEAST.search(text))}


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


# "notre pôle suit 5 IPT", "3 élèves de primaire en IPT": how many pupils an amount is asked for.
_PUPIL_COUNT = re.compile(
    r"(?<![\d/,.])\b(\d{1,3}) (?:eleves?|ipt|integrations?|enfants?)\b(?! (?:de|du) (?:type|degre))"
)


def pupil_count(text: str) -> dict[str, object]:
    """The number of pupils (or IPTs) of a means question, when it is more than one."""
    m = _PUPIL_COUNT.search(text)
    return {"pupil_count": int(m[1])} if m and 2 <= int(m[1]) <= 500 else {}


_WHEN = re.compile(
    r"\b(quand(?! meme\b)|date|dates|delai|avant|jusqu\w*|echeance\w*|jours?|limite|calendrier|pour le|au plus tard|reste|oubli\w*|retard|trop tard|pas encore|fichu|foutu|depasse\w*|dans les temps|dans les delais|a temps|encore (le )?temps|encore bon)\b"
    r"|\b(peu\w*|pourr\w*)(-[a-z]+)? encore (etre |l'|le |la |les )?(envoy|transmi|encod|rentr|rend|remi|introdui|communiqu)\w*"
)


def deadline_key(text: str) -> dict[str, object]:
    """The obligation named, via the deadlines module's own keyword table when it is there."""
    try:
        from assistant.rules.deadlines import match_deadline_key
    except ImportError:  # the rule module is not there: no key
        return {}
    if not _WHEN.search(text):
        return {}
    key = match_deadline_key(text)
    return {"deadline_key": key} if key else {}


_SUPPORT = r"\b(accompagn\w*|intervenir|intervention\w*|suivi|suivre|aide)\b"
_SUPPORT_TIMES = (
    (
        "hors_ouverture",
        r"\b(samedi|dimanche|week-?end|vacances|conges|le soir|apres les cours|apres l'ecole|"
        r"en dehors des heures|hors des heures|hors heures|ecole fermee)\b",
    ),
    ("mercredi_apres_midi", r"\bmercredi\b"),
    (
        "heures_ouverture",
        r"\b(pendant|durant) (les heures de cours|les cours|le temps scolaire|les heures d'ouverture)\b",
    ),
)


def support_time(text: str) -> dict[str, object]:
    """When an accompaniment would take place, if the question says it."""
    if not re.search(_SUPPORT, text):
        return {}
    for name, pattern in _SUPPORT_TIMES:
        if re.search(pattern, text):
            return {"support_time": name}
    return {}
