"""Text normalisation shared by understanding, lexical search and rule triggers.

`fold` makes text comparable (lower case, no accents, one kind of apostrophe, single spaces);
`canonical` also maps the usual variants of the domain's acronyms to one form ("pms", "centre
psycho-médico-social" -> "cpms"; "intégration permanente totale" -> "ipt"), so that rule triggers and
the lexical index only need to know one spelling.
"""

from __future__ import annotations

import re
import unicodedata

APOSTROPHES = "’‘`´ʼ′"
DASHES = "‐‑‒–—―−"

# "L'arrêté" the text (folded), not the verb "arrêter" ("l'IPT s'arrête", "on arrête"): a determiner
# before it, or what names it after it ("arrêté du 15 septembre 2022", "arrêté ministériel").
ARRETE_NOUN = (
    r"\b(?:l'|cet |un |le |nouvel |les |ces |d'un |selon l'|d'apres l')arretes?\b"
    r"|\barretes? (?:du|de 20\d\d|ministeriel|du gouvernement|sensori)"
)

# Acronyms of the domain and what they stand for (folded, lower case).
ACRONYMS: dict[str, str] = {
    "ipt": "integration permanente totale",
    "cpms": "centre psycho-medico-social",
    "pms": "centre psycho-medico-social",
    "clb": "centrum voor leerlingenbegeleiding centre d'encadrement des eleves",
    "ao": "attestation d'orientation",
    "pia": "plan individuel d'apprentissage",
    "ceb": "certificat d'etudes de base",
    "cess": "certificat d'enseignement secondaire superieur",
    "cq": "certificat de qualification",
    "siel": "signaletique et inscription des eleves",
    "fwb": "federation wallonie-bruxelles",
    "wbe": "wallonie-bruxelles enseignement",
    "po": "pouvoir organisateur",
    "dco": "delegue au contrat d'objectifs",
    "etp": "equivalent temps plein",
    "agcf": "arrete du gouvernement de la communaute francaise",
    "cefa": "centre d'education et de formation en alternance",
    "ar": "amenagements raisonnables",
    "dg": "directeur general",
    "egrs": "enseignement general de transition",
}

# Variant spellings -> canonical acronym (applied to folded text, on word boundaries).
_CANONICAL: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bcentres? (?:p\.?\s?m\.?\s?s\.?|psycho[- ]?medico[- ]?socia(?:l|ux))\b"), "cpms"),
    (re.compile(r"\bc\.?\s?p\.?\s?m\.?\s?s\b\.?"), "cpms"),
    (re.compile(r"(?<![\w-])p\.?\s?m\.?\s?s\b\.?"), "cpms"),
    (re.compile(r"\bintegrations? permanentes? totales?\b"), "ipt"),
    (re.compile(r"\bi\.p\.t\.?"), "ipt"),
    (re.compile(r"\bplans? individuels? d'apprentissage\b"), "pia"),
]


def fold(text: str) -> str:
    """Lower case, accents removed, apostrophes and dashes unified, whitespace collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae")
    for ch in APOSTROPHES:
        text = text.replace(ch, "'")
    for ch in DASHES:
        text = text.replace(ch, "-")
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip().lower()


def canonical(text: str) -> str:
    """`fold`, then acronym variants mapped to one canonical form."""
    out = fold(text)
    for pattern, repl in _CANONICAL:
        out = pattern.sub(repl, out)
    return out


def collapse_ws(text: str) -> str:
    """Runs of whitespace to one space (how quotes are compared with the corpus)."""
    return re.sub(r"\s+", " ", text).strip()


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def typo_edits(word: str) -> set[str]:
    """The spellings one typo away from a folded word: two neighbouring letters swapped, one letter
    missing or one too many ("cmps" for "cpms", "artcile" for "article", "eleeve" for "eleve"). A
    wrong letter is not one: it often makes another word."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    edits.discard(word)
    return edits


def word_stems(
    text: str, *, min_len: int = 5, size: int = 5, ignore: frozenset[str] = frozenset()
) -> set[str]:
    """The first `size` letters of the words of a folded text that have at least `min_len` letters,
    but the words in `ignore`: what two texts share when they speak of the same things."""
    return {w[:size] for w in re.findall(rf"[a-z]{{{min_len},}}", text) if w not in ignore}
