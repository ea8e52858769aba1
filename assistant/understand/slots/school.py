"""School slots: type of special education, level (maternel/primaire/secondaire) and degree."""

from __future__ import annotations

import re

_TYPE_WORDS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8}
_TYPE = re.compile(r"\b(?:type|t)\s?([1-8]|un|deux|trois|quatre|cinq|six|sept|huit)\b(?![.,]\d)")
_TYPES_LIST = re.compile(r"\btypes\s?[1-8](?:\s?(?:,|et|ou)\s?[1-8])+")
_MOVE = re.compile(r"\b(pass\w*|retourn\w*|chang\w*|vers|devien\w*|orient\w*|bascul\w*|reorient\w*)\b")
_TYPE_CHANGE = re.compile(
    r"\b(?:du|de|d'un|en) type ([1-8])\b[^.?!;]{0,30}?\b(?:au|vers le|vers un|en|a un|a) type ([1-8])\b"
)

# Ordinal years of a level: "1re secondaire", "en 5e sec", "S3", "P6", "3e maternelle".
_ORD = r"([1-7])\s?(?:re|ere|er|e|eme|ieme|°|è)?"
_YEAR_OF_LEVEL = re.compile(
    rf"\b{_ORD} (?:annee (?:du |de l'|de |d')?)?(secondaire|sec|primaire|prim|maternelle?|mat)\b"
)
_SHORT = re.compile(r"\b([psm])([1-6])\b")
_DEGREE = re.compile(r"\b([123])\s?(?:er|e|eme|ieme|°|è)? degre\b")
_DEGREE_WORDS = re.compile(r"\b(premier|deuxieme|second|troisieme) degre\b")
_LEVEL_WORDS = (
    ("maternel", re.compile(r"\bmaternel(le|les|s)?\b")),
    ("primaire", re.compile(r"\bprimaires?\b|\bfondamental primaire\b")),
    ("secondaire", re.compile(r"\bsecondaires?\b|\brheto\b|\bhumanites\b")),
)
_LEVEL_OF = {"sec": "secondaire", "secondaire": "secondaire", "prim": "primaire", "primaire": "primaire"}


def pupil_type(text: str) -> dict[str, object]:
    """pupil_type when one type is named; change_of_type when the text says 'du type X au type Y'."""
    out: dict[str, object] = {}
    change = _TYPE_CHANGE.search(text)
    if change and change[1] != change[2]:
        out["pupil_type"] = int(change[1])
        out["change_of_type"] = True
        return out
    if _TYPES_LIST.search(text):
        return out  # "types 4, 6 et 7": a list, not the pupil's type
    named = [int(v) if v.isdigit() else _TYPE_WORDS[v] for v in _TYPE.findall(text)]
    if named:
        out["pupil_type"] = named[0]
    if len(set(named)) > 1 and _MOVE.search(text):
        out["change_of_type"] = True  # "en type 8 … retourne en type 1"
    elif len(set(named)) > 1:
        del out["pupil_type"]  # "type 8 ou type 1 ?": no single type
    elif named and _SAME_TYPE.search(text):
        out["change_of_type"] = False  # "revient … toujours en type 3": one type, kept
    return out


# the pupil keeps the type named ("toujours en type 3", "il reste en type 8")
_SAME_TYPE = re.compile(r"\b(toujours|encore|reste\w*|restera) (en |dans le |au )?type [1-8]\b")


def _level_word(word: str) -> str:
    return _LEVEL_OF.get(word, "maternel")


def level(text: str) -> dict[str, object]:
    """level and, for secondary school, degree ('5e secondaire' -> degree 3)."""
    out: dict[str, object] = {}
    m = _YEAR_OF_LEVEL.search(text)
    short = _SHORT.search(text)
    if m:
        out["level"] = _level_word(m[2])
        year = int(m[1])
    elif short:
        out["level"] = {"p": "primaire", "s": "secondaire", "m": "maternel"}[short[1]]
        year = int(short[2])
    else:
        year = 0
        positions = [(w.search(text), name) for name, w in _LEVEL_WORDS]
        hits = sorted((p.start(), name) for p, name in positions if p)
        if hits:
            # "passage du primaire au secondaire": the level the pupil goes to (the last named)
            out["level"] = (
                hits[-1][1] if re.search(r"\b(passage|passe|passer|entree|entre)\b", text) else hits[0][1]
            )
    if out.get("level") == "secondaire" and 1 <= year <= 7:
        out["degree"] = min(3, (year + 1) // 2)
    d = _DEGREE.search(text)
    wd = _DEGREE_WORDS.search(text)
    if d:
        out["degree"] = int(d[1])
    elif wd:
        out["degree"] = {"premier": 1, "deuxieme": 2, "second": 2, "troisieme": 3}[wd[1]]
    if "degree" in out:
        out.setdefault("level", "secondaire")
    return out


# "suivie par notre pôle", "le coordonnateur du pôle", "dans e-pôles" (the pôles' own application):
# the IPT is accompanied by a pôle, whatever its start date
_BY_POLE = re.compile(
    r"\b(suivie?s?|accompagnee?s?|prise? en charge) par (le|notre|un|son|leur|ce) pole\b"
    r"|\bcoordo\w* (du|de notre) pole\b|\bdans e-?poles?\b|\bvia e-?poles?\b"
)


def followed_by(text: str) -> dict[str, object]:
    return {"followed_by": "pole"} if _BY_POLE.search(text) else {}
