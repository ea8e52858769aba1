"""French analyzer for the lexical index: the same function turns documents and queries into tokens.

Steps: `canonical` (folded text, acronym variants unified: "centre PMS" -> "cpms"), split into words,
drop French stop-words, Snowball French stemming (PyStemmer). Words are stemmed in their accented
form and the stem folded afterwards: Snowball needs the accents ("débutées" and "débuté" both give
"début", whereas the folded "debutees" would give "debute"), then cut to `STEM_MAX` characters so
that verb forms Snowball leaves apart meet ("transmettre"/"transmet" -> "transme"). A spelled-out
acronym ("attestation d'orientation") also gets the acronym's token ("ao"), so either spelling
matches the other. (An acronym used to get the stems of its expansion too; as nearly every question
says "IPT", that gave the chunks that repeat "intégration permanente totale" a head start over
short articles, and dropping it was better on the dev split: BM25 hit@3 0.837 -> 0.859.) Everyday
words users type for the texts' terms ("prof", "le spé", "listing"…) get the stems of those terms
(`SYNONYMS`), on documents and queries alike.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from assistant.textnorm import ACRONYMS, canonical, fold

_STOP_WORDS_TEXT = """
    a ai aie aient aies ait as au aux avaient avais avait avec avez aviez avions avoir avons ayant
    c ca ce ceci cela celle celles celui ces cet cette ceux chaque ci comme d dans de des donc dont
    du elle elles en es est et etaient etais etait etant ete etes etre eu eux fait faut ici il ils
    j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni nos notre nous on ont ou
    par pas peu plus pour qu quand que quel quelle quelles quels qui s sa sans se sera serait ses
    si son sont sur t ta te tes toi ton tous tout toute toutes tu un une vos votre vous y
    alors aussi bien cas comment faire fois lorsque oui peut quoi sous tres vers
    ckoi keske kesk koi kel kels kelle kelles pk pkoi pourkoi pq
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())

# Everyday school vocabulary -> the words the texts use (folded; a key may be a phrase). Both sides
# are analysed, so a key matches its inflections ("profs", "déménageons") like any other word.
SYNONYMS: dict[str, str] = {
    "integration permanente": "ipt",  # without "totale" (with it, `canonical` already gives "ipt")
    "prof": "enseignant",
    "profs": "enseignant",
    "professeur": "enseignant",
    "instit": "enseignant",
    "instituteur": "enseignant",
    "institutrice": "enseignant",
    "titulaire": "enseignant",
    "spe": "specialise",
    "special": "specialise",
    "fils": "eleve enfant",
    "fille": "eleve enfant",
    "gamin": "eleve enfant",
    "gamine": "eleve enfant",
    "enfant": "eleve",
    "maman": "parents",
    "papa": "parents",
    "listing": "liste",
    "liste": "listing",
    "directeur": "direction",
    "directrice": "direction",
    "dirlo": "direction",
    "temps de travail": "charge periodes",
    "demenager": "domicile changement",
    "stopper": "arret",
    "interrompre": "arret",
    "mettre fin": "arret",
    "score": "resultat",
    # everyday names of impairments and of the doctors who certify them -> the texts' words (the
    # decree names types 4, 6, 7 by "déficiences physiques / visuelles / auditives")
    "aveugle": "deficiences visuelles",
    "malvoyant": "deficiences visuelles",
    "malvoyante": "deficiences visuelles",
    "sourd": "deficiences auditives",
    "sourde": "deficiences auditives",
    "malentendant": "deficiences auditives",
    "malentendante": "deficiences auditives",
    "fauteuil roulant": "deficiences physiques",
    "chaise roulante": "deficiences physiques",
    "orl": "oto-rhino-laryngologie",
    "ophtalmo": "ophtalmologie",
    "ophtalmologue": "ophtalmologie",
    "bareme": "palier",
    "renouveler": "prolongation",
    "reconduire": "prolongation",
    # certificates by their acronyms: the texts list them as "un certificat (CEB, CESS, CQ)" and say
    # who is "responsable de la certification"
    "ceb": "certificat certification",
    "cess": "certificat certification",
    "cq": "certificat certification",
    # school life and care staff in users' words
    "gym": "education physique",
    "gymnastique": "education physique",
    "bus": "transport",
    "car scolaire": "transport",
    "ramassage scolaire": "transport",
    "logo": "logopede",
    "kine": "paramedical",
    "kinesitherapeute": "paramedical",
    "ergotherapeute": "paramedical",
}

# Word forms (lower case, as typed, not stemmed) for words whose stem other words share: "payant" has
# the stem of "payées" (expenses paid, footnote 5 of the Pacte), "garde" is also a noun ("la garde
# alternée", so only the accented participle "gardé" counts). Each maps to the texts' word for the
# same notion: a transport that is not "payant" is "gratuit"; the texts keep documents and IPTs
# "conservé(e)s" (their "garder une trace", "garder un élève" mean the same).
WORD_FORMS: dict[str, str] = {
    **dict.fromkeys(["payant", "payante", "payants", "payantes"], "gratuit"),
    **dict.fromkeys(["garder", "gardé", "gardée", "gardés", "gardées", "gardee", "gardees"], "conserver"),
}

STEM_MAX = 7  # chosen on the dev split (6, 8, 9 and no cut were no better)
_WORD = re.compile(r"[a-z0-9]+")
_ACCENTED_WORD = re.compile(r"[^\W_]+")
_STEMMER = Stemmer.Stemmer("french")


def _words(folded: str) -> list[str]:
    return [w for w in _WORD.findall(folded) if w not in STOP_WORDS]


@lru_cache(maxsize=16384)
def _stem(word: str) -> str:
    """Stem of a (possibly accented) lower-case word, folded, at most STEM_MAX characters."""
    stem = fold(_STEMMER.stemWord(word))
    return stem if stem.isdigit() else stem[:STEM_MAX]


# A feminine participle typed without accents ("accordees", "debutee"): Snowball stems it apart from
# the texts' accented forms ("accordees" -> "accorde", "accordées" -> "accord"); its final "ée(s)" is
# restored first. A word ending in "ee(s)" is, in French, always such a form ("année" and "entrée"
# stem alike with or without the accent).
_UNACCENTED_PARTICIPLE = re.compile(r"(?<=[a-z]{3})ee(s?)$")


def _participle(word: str) -> str:
    return _UNACCENTED_PARTICIPLE.sub(r"ée\1", word)


def _accented_forms(text: str) -> dict[str, str]:
    """Folded word -> its accented lower-case spelling in the text (to stem with the accents)."""
    return {fold(w): w for w in _ACCENTED_WORD.findall(text.lower())}


def _expansion_stems(expansion: str) -> list[str]:
    return [_stem(w) for w in _words(fold(expansion))]


# spelled-out phrase -> acronym (added after each occurrence of the phrase); phrases that
# `canonical` already rewrites to their acronym ("centre psycho-medico-social") need no pattern.
_PHRASES = [
    (acronym, re.compile(r"\b" + re.escape(fold(expansion)) + r"\b"))
    for acronym, expansion in ACRONYMS.items()
    if canonical(expansion) != acronym and acronym != "pms"
]
# synonym (stems, or phrase pattern) -> stems of the texts' words
# an acronym is read as the word itself, never by its stem: "cesse" (of "cesser") stems to "cess"
_SYNONYM_WORDS = {
    _stem(k): _expansion_stems(v) for k, v in SYNONYMS.items() if " " not in k and k not in ACRONYMS
}
_SYNONYM_TARGETS: dict[str, list[str]] = {}  # acronym, or "~" + a word's stem -> the texts' words
for _key, _target in SYNONYMS.items():
    if " " not in _key:
        _targets = _SYNONYM_TARGETS.setdefault(_key if _key in ACRONYMS else f"~{_stem(_key)}", [])
        if _target not in _targets:
            _targets.append(_target)
_FORM_WORDS = {form: _expansion_stems(v) for form, v in WORD_FORMS.items()}
# synonym phrase pattern -> the texts' words (everyday_terms), and -> their stems (analyze)
_PHRASE_TARGETS = [(re.compile(r"\b" + re.escape(k) + r"\b"), v) for k, v in SYNONYMS.items() if " " in k]
_SYNONYM_PHRASES = [(pattern, _expansion_stems(v)) for pattern, v in _PHRASE_TARGETS]


@lru_cache(maxsize=8192)
def everyday_terms(text: str) -> str:
    """The texts' words (folded) that a text's everyday words stand for (`SYNONYMS`): "le bus" ->
    "transport", "la malentendante" -> "deficiences auditives"; "" when it has none."""
    folded = canonical(text)
    accented = _accented_forms(text)
    found = [v for pattern, v in _PHRASE_TARGETS if pattern.search(folded)]
    for word in _words(folded):
        stem = word if word in ACRONYMS else f"~{_stem(_participle(accented.get(word, word)))}"
        found.extend(_SYNONYM_TARGETS.get(stem, ()))
    return " ".join(found)


def analyze(text: str) -> list[str]:
    """Tokens for BM25: stems of the non-stop words, plus acronym tokens and synonym expansions."""
    folded = canonical(text)
    accented = _accented_forms(text)
    tokens: list[str] = []
    for word in _words(folded):
        if word in ACRONYMS:
            tokens.append(word)
            continue
        stem = _stem(_participle(accented.get(word, word)))
        tokens.append(stem)
        tokens.extend(_SYNONYM_WORDS.get(stem, ()))
        tokens.extend(_FORM_WORDS.get(accented.get(word, word), ()))
    for acronym, pattern in _PHRASES:
        tokens.extend([acronym] * len(pattern.findall(folded)))
    for pattern, stems in _SYNONYM_PHRASES:
        tokens.extend(stems * len(pattern.findall(folded)))
    return tokens


# An acronym's synonyms (a certificate "CEB" -> "certificat certification"), for queries only: on
# documents they gave every chunk naming the CEB a head start, and questions about the CEB exams
# (extra time at the "épreuves du CEB", which the texts do not cover) stopped abstaining.
_ACRONYM_WORDS = {k: _expansion_stems(v) for k, v in SYNONYMS.items() if k in ACRONYMS}


def query_expansion(text: str) -> list[str]:
    """Stems of the synonyms of a query's acronyms (read from the acronym itself, never from a
    stem: "cesse" stems to "cess"), for queries only: "le CEB" -> "certificat", "certification"."""
    return [s for w in _words(canonical(text)) for s in _ACRONYM_WORDS.get(w, ())]
