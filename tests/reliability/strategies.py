"""Hypothesis strategies for generated questions, follow-up states and reference dates."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from hypothesis import strategies as st

from assistant.ingest import load_documents
from assistant.models import ConversationState
from assistant.textnorm import ACRONYMS


@lru_cache(maxsize=1)
def corpus_words() -> list[str]:
    """The distinct words of the corpus (3+ letters), in a stable order."""
    words = {w for d in load_documents() for w in re.findall(r"[^\W\d_]{3,}", d.text)}
    return sorted(words)


TEMPLATES = [
    "Mon élève de type {t} est en IPT depuis {y}, combien de périodes ?",
    "Un élève en IPT depuis {n} ans retourne dans le spécialisé : faut-il une nouvelle attestation ?",
    "Quand faut-il envoyer le protocole pour une IPT qui commence le {d} ?",
    "Quel CPMS signe le {stage} ?",
    "Et s'il change de type ?",
    "Et en {y}-{y1} ?",
    "Et pour le {stage} ?",
    "Mon élève obtient {n} à l'échelle sensori-motrice, combien de points ?",
    "Qui accompagne un élève de {level} en IPT en {y}-{y1} ?",
    "L'IPT s'arrête le {d} : que faut-il faire ?",
]
HTML = [
    "<script>{x}</script>",
    '<img src=x onerror="{x}">',
    '<a href="javascript:{x}">{x}</a>',
    "<b>{x}</b><!-- {x} -->",
    "[{x}](javascript:alert(1)) **{x}** `{x}`",
    "<details><summary>{x}</summary></details>",
    "&lt;{x}&gt; &amp; &#x3C;",
]
STAGES = ["protocole", "projet", "proposition", "attestation", "PIA", "bilan", "rapport"]
LEVELS = ["maternel", "primaire", "secondaire", "1re secondaire", "3e degré", "fondamental"]

dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))
date_texts = st.tuples(dates, st.sampled_from(["%d/%m/%Y", "%Y-%m-%d", "%d %B %Y", "%d-%m-%y", "%m/%Y"])).map(
    lambda p: p[0].strftime(p[1])
)
numbers = st.one_of(
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(lambda d: str(d).replace(".", ",")),
)
acronyms = st.lists(
    st.sampled_from(sorted(ACRONYMS)).map(str.upper)
    | st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=5),
    min_size=1,
    max_size=4,
).map(lambda xs: " ".join(xs) + " ?")
unicode_text = st.text(
    st.characters(codec=None, exclude_categories=()) | st.characters(categories=["Cs", "Cc", "Cf", "So"]),
    max_size=200,
)


@st.composite
def french_sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(corpus_words()), min_size=1, max_size=25))
    return " ".join(words) + draw(st.sampled_from(["", " ?", " ?!", ".", " …"]))


@st.composite
def templated(draw) -> str:
    year = draw(st.integers(1990, 2040))
    return draw(st.sampled_from(TEMPLATES)).format(
        t=draw(st.integers(0, 12)),
        y=year,
        y1=year + 1,
        n=draw(st.integers(-5, 200)),
        d=draw(date_texts),
        stage=draw(st.sampled_from(STAGES)),
        level=draw(st.sampled_from(LEVELS)),
    )


html = st.tuples(st.sampled_from(HTML), st.text(max_size=40) | french_sentences()).map(
    lambda p: p[0].format(x=p[1])
)
random_text = st.text(max_size=400)
mixed = st.lists(
    st.one_of(french_sentences(), acronyms, date_texts, numbers, html, unicode_text, templated()),
    min_size=2,
    max_size=5,
).map(" ".join)

QUESTION_FAMILIES = {
    "random": random_text | unicode_text,
    "french": french_sentences() | templated(),
    "structured": acronyms | date_texts | numbers | html,
    "mixed": mixed,
}

FACT_VALUES = {
    "pupil_type": st.integers(-1, 12) | st.just("abc"),
    "level": st.sampled_from(["maternel", "primaire", "secondaire", "lycee"]),
    "degree": st.integers(0, 4),
    "years_in_ipt": st.floats(-2, 30, allow_nan=False),
    "ipt_start": dates.map(str) | st.just("pas une date"),
    "reference_date": dates.map(str),
    "stage": st.sampled_from([*STAGES, "inconnu"]),
    "return_to_special": st.booleans(),
    "change_of_type": st.booleans(),
    "deadline_key": st.sampled_from(["listing_integration", "protocole", "n-existe-pas"]),
    "unknown_fact": st.integers(),
}
INTENTS = [None, "means.periods_points", "attestation.nouvelle_attestation", "cpms.role", "deadlines.when",
           "accompaniment.who", "eligibility.types", "end.procedure", "not.a.rule"]  # fmt: skip

states = st.one_of(
    st.none(),
    st.builds(
        ConversationState,
        last_intent=st.sampled_from(INTENTS),
        facts=st.dictionaries(st.sampled_from(sorted(FACT_VALUES)), st.none(), max_size=5).flatmap(
            lambda keys: st.fixed_dictionaries({k: FACT_VALUES[k] for k in keys})
        ),
        sources=st.lists(
            st.sampled_from(["circulaire-ipt-2025-2026", "decret-2009-02-05", "inconnu"]), max_size=2
        ),
        last_question=st.none() | st.text(max_size=60),
        turns=st.integers(0, 50),
    ),
)
todays = st.none() | st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2035, 12, 31))
