"""A follow-up whose own words name nothing the texts say goes on where the last answer stopped.

After an answer drawn from the texts, a turn such as "et qui est prévenu ?", "c'est à refaire ?" or
"ils regardent quoi en priorité ?" continues the same passage: its own words match no sentence of it
(the texts say "une notification", "à chaque rentrée", "se pencheront principalement sur"), so the
sentence choice would fall back to the passage's first lines, often a heading or the sentence the
user has just read. The answer is then the sentences the last answer quoted from that passage, plus
the next sentence of the passage: what the text says right after, which a further question most
often asks for. Only when the turn's words score no sentence of either passage (the last answer's
and the one chosen for this turn): a word the texts use still picks its own sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.compose import Composed, compose_retrieval
from assistant.models import Citation
from assistant.passages import Passage, body, cite_passage, heading
from assistant.sentence_lists import is_body
from assistant.sentence_scores import Lexicon, sentence_scores
from assistant.sentence_split import pack, runs, split_sentences
from assistant.textnorm import collapse_ws

GAP = "\n>\n> […]\n>\n"


def _passage_of(citation: Citation, passages: Sequence[Passage]) -> Passage | None:
    return next(
        (
            p
            for p in passages
            if p.chunk.locator == citation.locator and p.chunk.source_id == citation.source_id
        ),
        None,
    )


def _own_words_silent(question: str, passage: Passage, lexicon: Lexicon) -> bool:
    sentences = split_sentences(body(passage.chunk))
    return max(sentence_scores(question, sentences, lexicon), default=0.0) <= 0


def continued(
    question: str,
    last_question: str,
    passages: Sequence[Passage],
    composed: Composed,
    lexicon: Lexicon,
) -> Composed | None:
    """The last answer's sentences of its passage and the next one, for a follow-up whose words
    match no sentence there nor in the passage chosen for it; None otherwise."""
    if not composed.citations:
        return None
    prev = compose_retrieval(last_question, passages, lexicon)
    if not prev.citations:
        return None
    passage = _passage_of(prev.citations[0], passages)
    chosen = _passage_of(composed.citations[0], passages)
    if passage is None or chosen is None:
        return None
    if not (_own_words_silent(question, passage, lexicon) and _own_words_silent(question, chosen, lexicon)):
        return None
    sentences = split_sentences(body(passage.chunk))
    quoted = [collapse_ws(c.quote) for c in prev.citations if c.locator == passage.chunk.locator]
    said = [i for i, s in enumerate(sentences) if any(s in q for q in quoted)]
    if not said:
        return None
    following = next((i for i in range(max(said) + 1, len(sentences)) if is_body(sentences[i])), None)
    if following is None:
        return None
    picked = sorted({*said, following})
    quotes = [q for group in runs(picked) for q in pack([sentences[i] for i in group])]
    citations = [cite_passage(passage, q) for q in quotes]
    flat = collapse_ws(body(passage.chunk))
    text = f"> {citations[0].quote}"
    for before, quote in zip(citations, citations[1:], strict=False):
        joint = "\n>\n" if f"{before.quote} {quote.quote}" in flat else GAP
        text += f"{joint}> {quote.quote}"
    lines = [f"D'après {citations[0].title} ({citations[0].locator}) :", "", text]
    return Composed(
        text="\n".join(lines), citations=citations, headings=tuple(heading(passage.chunk) for _ in citations)
    )
