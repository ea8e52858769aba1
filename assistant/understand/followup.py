"""Follow-up resolution: does this turn continue the last rule question, and with which facts?

- A turn with an anaphoric or elliptic form ("et pour le secondaire ?", "et si…", "dans ce cas",
  "cet élève…", "qui la rédige ?"), or a short turn made mostly of facts ("type 8, en primaire"),
  reuses the state's last intent, unless it names another rule strongly (score >= STRONG).
- A general question (an explanation, advice) without facts, or a long turn with neither facts nor
  intent, is a new question even when it starts with "et".
- A turn that clearly asks another rule's question, without follow-up wording, starts fresh.
- After a turn answered from the texts (no rule), an anaphoric or elliptic turn is still a follow-up:
  it is searched together with the question it follows.
- Facts: the new turn's facts override, the rest carries over (only for follow-ups).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.models import ConversationState
from assistant.rules import registry
from assistant.understand import intent, scope
from assistant.understand.normalise import normalise

FORM_FACTS = frozenset(
    {"yes_no", "focus", "claim", "asks_block"}
)  # facts about the question's form: never carried, never a follow-up's content
_SHORT = 8  # a turn of at most this many words, made of facts, is elliptic
_LONG = 12  # a longer turn without facts nor intent is a new question, even after "et"
_SHORT_TEXT = 6  # after a text answer, an anaphoric turn this short continues it ("et pour le secondaire ?")
# "qui doit le signer ?", "peut-on la prolonger ?": the object is the previous question's
_OBJECT_PRONOUN = re.compile(
    r"\b(doi[st]|doivent|peu[tx]|peuvent|faut|va|vont)\b[- ]?(on |il |elle |ils |elles )?(le|la|les|l') ?[a-z]+(er|ir|re)\b"
)
# "qui fait le lien avec eux ?", "et pour lui ?": a stressed pronoun names someone of the previous turn
_STRESSED_PRONOUN = re.compile(r"\b(avec|pour|chez|sans|par|contre|a|aupres d') ?(eux|elles?|lui)\b")
# "qui est responsable de ce personnel ?", "et ce document ?", "ce délai court depuis quand ?": a
# demonstrative names a thing of the previous turn
# ("ce que", "ce qui", "ce sont" are no demonstrative: "est-ce que…" names nothing)
_DEMONSTRATIVE = re.compile(
    r"\b(ce|cet|cette|ces) (?!(?:annee|mois|jour|matin|soir|semaine|cas|qu\w*|dont|sont|soit|serait|sera|etait)\b)"
    r"[a-z]{3,}"
)
# "et s'il avait été signé en juin ?", "et si c'était avant le 30 ?": the same question, one fact changed
_HYPOTHETICAL = re.compile(r"^(et |mais |alors |ok,? )?(si|s'il|s'ils|s'elle|s'elles)\b")


@dataclass(frozen=True)
class Decision:
    rule_id: str | None
    score: float
    is_followup: bool
    keeps_form: bool = False  # "et l'année prochaine ?" after a yes/no question is a yes/no question

    def merged(self, state: ConversationState | None, own: dict[str, Any]) -> dict[str, Any]:
        if not (self.is_followup and state):
            return dict(own)
        carried = {k: v for k, v in state.facts.items() if k not in own and k not in FORM_FACTS}
        if self.keeps_form and (state.facts.get("yes_no") or state.facts.get("asks_block")):
            # the previous question asked again: its form ("peut-il bloquer… ?") with it
            form = ("yes_no", "focus", "asks_block")
            carried.update({k: state.facts[k] for k in form if k in state.facts and k not in own})
        if "years_in_ipt" in own and "more_than_two_years" not in own:
            carried.pop("more_than_two_years", None)
        if "more_than_two_years" in own and "years_in_ipt" not in own:
            carried.pop("years_in_ipt", None)
        if ("event_date" in own or "event_month" in own) and "event_date" not in own:
            carried.pop("event_date", None)  # "et si l'arrêt a lieu en novembre ?" replaces the date
        if "event_date" in own:
            carried.pop("event_month", None)
        if "scale_score" in own and "scales" not in own and len(carried.get("scales") or []) == 1:
            # "et si le total est de 31 ?": the one carried scale keeps its items, takes the new score
            carried["scales"] = [(carried["scales"][0][0], own["scale_score"])]
        if own.get("end_when") == "fin_annee":  # "et si l'arrêt est pour la fin de l'année ?"
            carried.pop("event_date", None)
            carried.pop("event_month", None)
        return {**carried, **own}


# "tu es sûr ?", "vous êtes certain ?", "vraiment ?", "même si …": the user doubts the last answer and
# asks the same question again, possibly with a fact the answer should have weighed
_CHALLENGE = re.compile(
    r"^(?:mais |hmm?,? |euh,? )?(?:(?:tu es|t'es|vous etes|c'est) (?:bien )?(?:sure?s?|certaine?s?)\b|vraiment\b"
    r"|(?:et )?meme si\b|pourtant\b)"
)
# "non, je voulais dire pour l'évaluation", "je parlais du CPMS de l'ordinaire", "plutôt en secondaire":
# a correction of the last question, asked again with the corrected fact
_CORRECTION = re.compile(
    r"^(?:(?:non|pardon|oups|euh|ah|desolee?|excuse[sz]?-moi)[ ,.!]*)*(?:je (?:voulais|veux) dire|je parlais (?:de|du|des|d')|je pensais a"
    r"|c'etait (?:pour|sur|a propos)|plutot (?:pour|en|le|la|les|du|de|au|dans)\b|pas (?:la|le|les|l') ?\w+,? mais\b)"
)


# "et pour une IPT suivie par un pôle ?", "et si l'élève …": the turn refines the case, not the question
# "et un autre élève, même type… ?", "et sa sœur, inscrite le… ?": the same question for another pupil
_REFINES_CASE = re.compile(
    r"^(et |mais |alors )?(pour|en|dans|au|aux|a|chez|concernant|si|s'il|s'ils|s'elle|du cote"
    r"|(un|une|l') ?autres?|(son|sa|ses|leur) (frere|soeur|jumeau|jumelle|cousin|cousine)s?)\b"
)


# a turn with its own question word asks its own kind of question ("et qui la rédige ?")
_QUESTION_WORD = re.compile(
    r"\b(qui|quand|combien|comment|ou|quels?|quelles?|pourquoi|que|quoi|qu'\w+|lequel|laquelle)\b"
)


# "pourquoi ?", "d'où vient cette règle ?", "c'est écrit où ?", "sur quelle base ?", "on en fait quoi
# alors ?": a turn about the last answer itself (its reason, its source, what follows from it)
_BASIS_TAIL = r"(?:[ ,]+(?:ca|cela|donc|alors|exactement|precisement|au juste|svp|stp|merci))*[ ,?!.]*$"
_ASKS_BASIS = re.compile(
    r"^(?:et |mais |ok,? |d'accord,? |ah,? )?(?:"
    r"pourquoi(?: c'est (?:ainsi|comme ca))?|pour quelle raison"
    r"|(?:c'est |c'est |et c'est )?(?:ecrit|prevu|dit) ou|c'est (?:ecrit |prevu )?dans quel (?:texte|article)"
    r"|ou (?:est-ce que )?(?:c'est|est-ce) (?:ecrit|prevu)|dans quel (?:texte|article)(?: c'est| est-ce)?(?: ecrit| prevu)?"
    r"|d'ou (?:vient|viennent|sort|sortent) (?:ca|cela|cette (?:regle|info\w*|reponse)|ce (?:chiffre|delai))"
    r"|(?:ca|cela|cette regle) (?:vient|sort) d'ou|quelle (?:est (?:la|ta|votre) )?(?:source|base legale|reference)"
    r"|sur quelle base|(?:que|qu'est-ce qu')(?: doit-on| faut-il| on doit| il faut)? en faire|on en fait quoi"
    r"|concretement)" + _BASIS_TAIL
)


def asks_basis(text: str) -> bool:
    """Whether a short turn asks about the last answer itself: why, where it is written, what follows."""
    return _words(text) <= _SHORT and bool(_ASKS_BASIS.search(text))


def keeps_form(text: str) -> bool:
    """An elliptic turn without a question word of its own ('et l'année prochaine ?', 'et en
    primaire alors ?') asks the previous question again, in the same form (closed stays closed)."""
    if _CHALLENGE.search(text) or _CORRECTION.search(text):
        return True
    if _QUESTION_WORD.search(_NOT_ASKING.sub(" ", text)):
        return False
    # a longer turn keeps the form when it has no asking verb of its own ("et nous, les parents, si
    # on n'est pas d'accord ?"); "et l'école ordinaire, elle peut refuser ?" asks its own question
    return _words(text) <= _SHORT or (_words(text) <= _LONG and not _OWN_VERB.search(text))


# "au cas où", "si c'est les parents qui…": words of the question-word list that ask nothing
_NOT_ASKING = re.compile(r"\bau cas ou\b|\b(?:c'est|ce sont|c'etait) (?:[\w'-]+ ){1,4}qui\b")
# a verb that asks a question of its own: a modal, an inversion, "est-ce que"
_OWN_VERB = re.compile(
    r"\b(peu[tx]|peuvent|pourr\w+|doi[st]|doivent|devr\w+|faut|faudr\w+|est-ce)\b|\b\w+-(t-)?(il|elle|ils|elles|on)\b"
)


def _words(text: str) -> int:
    return len(re.findall(r"[\w'-]+", text))


def _refers_back(text: str) -> bool:
    """Whether a pronoun of the turn stands for something of the previous one ("le signer", "avec eux")."""
    return bool(_OBJECT_PRONOUN.search(text) or _STRESSED_PRONOUN.search(text) or _DEMONSTRATIVE.search(text))


_BARE = 4  # a question of at most this many words, without facts, cannot stand on its own


def _bare_question(text: str, own: dict[str, Any]) -> bool:
    """A question word and a noun or two, no facts: "dans quel délai ?", "c'est quelle annexe ?"; or a
    short question with no word of the domain at all ("c'est à qui de le faire ?", "ça se passe
    comment ensuite ?"): it cannot stand on its own, it asks about the previous turn's matter."""
    if own or not _QUESTION_WORD.search(text):
        return False
    return _words(text) <= _BARE or (_words(text) <= _SHORT and scope.is_out_of_scope(text, False))


def _elliptic(text: str, own: dict[str, Any]) -> bool:
    return bool(own) and _words(text) <= _SHORT


_DATE_FACTS = frozenset({"event_date", "event_month", "end_when"})


def _only_new_dates(own: dict[str, Any], state: ConversationState | None) -> bool:
    """Whether the turn changes only the case's date ("et si l'arrêt avait lieu début novembre ?"):
    the same question about another date, whatever rule its words would call on their own."""
    new = {k for k, v in own.items() if k not in FORM_FACTS and (state is None or state.facts.get(k) != v)}
    if own.get("stage") == "arret":  # "l'arrêt avait lieu …" names the event whose date changes
        new.discard("stage")
    return bool(new) and new <= _DATE_FACTS and bool(new & {"event_date", "event_month"})


def resolve(
    text: str,
    state: ConversationState | None,
    own: dict[str, Any],
    best_id: str | None,
    best: float,
    last_score: float | None = None,
) -> Decision:
    last = state.last_intent if state else None
    chosen = best_id if best >= intent.THRESHOLD else None
    correction = bool(_CORRECTION.search(text))
    anaphoric = scope.is_anaphoric(text) or correction or bool(_CHALLENGE.search(text))
    if last in registry() and not own and asks_basis(text):  # "pourquoi ?", "c'est écrit où ?"
        return Decision(last, max(best, intent.THRESHOLD), True)  # the same rule, the same case
    if chosen is None and not own and (intent.is_general(text) or _words(text) > _LONG):
        return Decision(None, 0.0, False)  # "et comment se passe la collaboration avec les parents ?"
    if not last or last not in registry():
        # After a question answered from the texts, "et pour le secondaire ?" / "qui doit le signer ?"
        # still continues it: searched together with it, never judged out of scope on its own.
        after_text = (
            bool(state and state.last_question)
            # facts refine a case ("et pour le secondaire ?"): a general question has none to refine
            and not (own and intent.is_general(normalise(state.last_question)))
            and (
                _elliptic(text, own)
                or _bare_question(text, own)  # "c'est quelle annexe ?"
                or (correction and bool(own))  # "non, je voulais dire en octobre 2021"
                # "et on doit joindre quel document ?": follow-up wording, no domain word of its own
                or (anaphoric and scope.is_out_of_scope(text, bool(own)))
                or (anaphoric and (_words(text) <= _SHORT_TEXT or _refers_back(text)))
                or (bool(own) and bool(_HYPOTHETICAL.search(text)))  # "et s'il avait été signé en juin ?"
            )
        )
        return Decision(chosen, best if chosen else 0.0, after_text)
    same_form = keeps_form(text)
    if _bare_question(text, own) and not (chosen and chosen != last and best >= intent.STRONG):
        # "dans quel délai ?", "c'est quelle annexe ?": a bare question asks about the last turn's case
        return Decision(last, max(best if chosen == last else 0.0, intent.THRESHOLD), True)
    if chosen == last:
        return Decision(last, best, True, same_form)
    if correction and own and not _QUESTION_WORD.search(text):
        # "non, je voulais dire pour l'arrêt": the same question, one fact corrected
        return Decision(last, max(best if chosen == last else 0.0, intent.THRESHOLD), True, same_form)
    if anaphoric:
        if _only_new_dates(own, state):  # "et si l'arrêt avait lieu en novembre ?": same rule
            return Decision(last, max(best, intent.THRESHOLD), True, same_form)
        if chosen and best >= intent.STRONG:
            return Decision(chosen, best, True)  # "et qui accompagne l'élève ?": other rule, same case
        if (
            chosen
            and last_score == 0.0
            and _words(text) > _SHORT_TEXT
            and not _QUESTION_WORD.search(text)
            and not _REFINES_CASE.search(text)
        ):
            # "et les moyens d'accompagnement, on doit les rendre ?": a closed question naming another
            # rule's topic in full and nothing of the last rule's: the same case, another question
            # (an open "et qui faut-il prévenir, dans quel délai ?" asks the last rule's details)
            return Decision(chosen, best, True)
        return Decision(last, max(best, intent.THRESHOLD), True, same_form)
    if chosen is None and _elliptic(text, own):
        return Decision(last, intent.THRESHOLD, True, same_form)
    return Decision(chosen, best if chosen else 0.0, False)


# "et s'il avait eu 24 ?", "et avec 45 ?": one bare number, neither a year, a date nor a count of
# something named
_BARE_NUMBER = re.compile(r"(?<![\d/.,-])(\d{1,3})(?![\d/.,%-]| ?(?:[a-z]|'))")


def bare_scale_score(text: str, state: ConversationState | None, own: dict[str, Any]) -> int | None:
    """After a computation on one scale, the total W of a short turn that names only a number: the
    same scale, another total (never more than the scale's maximum, 3 points per item)."""
    scales = (state.facts.get("scales") if state else None) or []
    if len(scales) != 1 or _words(text) > _SHORT or {"scales", "scale_score"} & set(own):
        return None
    numbers = _BARE_NUMBER.findall(text)
    if len(numbers) != 1:
        return None
    score = int(numbers[0])
    return score if score <= 3 * int(scales[0][0]) else None


def deadline_key_in_context(text: str, state: ConversationState | None, own: dict[str, Any]) -> str | None:
    """A follow-up on a deadline naming no obligation itself ("et après le 30, on peut encore encoder
    de nouveaux élèves ?"): the obligation read from the question it follows and this turn together,
    when that is another, narrower one than the last."""
    last_key = state.facts.get("deadline_key") if state else None
    if not last_key or "deadline_key" in own or not state or not state.last_question:
        return None
    from assistant.understand.slots.timing import deadline_key

    key = deadline_key(f"{normalise(state.last_question)} {text}").get("deadline_key")
    return str(key) if key and key != last_key else None


_EVENT_FACTS = frozenset({"stage", "end_when", "end_reason", "event_month"})


def restated_start(text: str, state: ConversationState | None, own: dict[str, Any]) -> dict[str, Any]:
    """A follow-up that gives a date without naming its event ("non, je voulais dire octobre 2021",
    "et si c'était le 3 mars 2020 ?"), after a case dated only by the IPT's start: the new date is the
    start's (the one date of the case it restates), not a date of another event. Returns the facts
    to set (the start date), or {}."""
    if not state or "event_date" not in own or "ipt_start" in own or set(own) & _EVENT_FACTS:
        return {}
    if "ipt_start" not in state.facts or {"event_date", "event_month"} & set(state.facts):
        return {}
    if not (scope.is_anaphoric(text) or _CORRECTION.search(text) or _HYPOTHETICAL.search(text)):
        return {}
    return {"ipt_start": own["event_date"]}


def substituted_partner(text: str, state: ConversationState | None, own: dict[str, Any]) -> dict[str, Any]:
    """A follow-up naming one partner and no role for it ("et les parents, eux, ils peuvent ?", "et
    pour le CPMS de l'ordinaire ?") after a question on whether a partner's refusal blocks: the same
    question for that partner, who takes the opponent's place. Returns the facts to set, or {}."""
    from assistant.understand.slots.partners import named_partners

    before = state.facts.get("opponent") if state else None
    if not before or {"opponent", "proposer"} & set(own):
        return {}
    names = named_partners(text)
    return {"opponent": next(iter(names))} if len(names) == 1 and names != {before} else {}


def next_state(state: ConversationState | None, u: Any, sources: list[str]) -> ConversationState:
    """The state after turn `u` (an Understanding): last intent, its facts, sources, turn count."""
    state = state or ConversationState()
    if u.empty:
        return state.model_copy(update={"turns": state.turns + 1})
    facts = u.facts.model_dump(mode="json", exclude_defaults=True)
    return ConversationState(
        last_intent=u.rule_id,
        facts=facts,
        sources=list(sources),
        last_question=u.question[:500],
        turns=state.turns + 1,
    )
