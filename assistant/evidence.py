"""How well retrieved passages cover a question: the signal the answer layer abstains on.

Built once from the indexed chunks (document frequencies of the analyzer's tokens), it weighs the
question's tokens by IDF, so that a passage that shares only the common words of the domain ("IPT",
"élève", "école") with a question about something the texts never mention (a salary scale, a
budget in euros, an acronym like "TDAH") is recognised as weak evidence.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence

from assistant.index.analyzer import STOP_WORDS as ANALYZER_STOP
from assistant.models import Chunk
from assistant.qualified import QualifiedNotions
from assistant.textnorm import fold, typo_edits

Tokenize = Callable[[str], list[str]]


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that name a jurisdiction, or only say how the question is asked: they do not count for coverage.
_NEUTRAL = frozenset(
    {"flandr", "flamand", "wallon", "bruxel", "fwb", "communaut", "belgiqu", "combien", "exact"}
)
_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
# Capitals that are not acronyms of a notion (a shouted word, a courtesy).
_NOT_ACRONYMS = frozenset({"SVP", "URGENT", "MERCI", "IMPORTANT", "BONJOUR", "AIDE"})

# A notion is a noun the question introduces with a determiner ("le barème", "la cantine", "un TDAH",
# "de préavis"). Words users ask with, or name people with, that no text uses carry no notion.
_DETERMINERS = _set(
    "le la les l' un une des du au aux de d' mon ma mes ton ta tes son sa ses notre nos "
    "votre vos leur leurs ce cet cette ces quel quelle quels quelles "
)
_PLAIN_WORDS = _set(
    "combien exactement exacte exact fils fille filles enfants gamin gamine garcon gosse ado "
    "bebe petit petite soucis souci truc trucs chose choses gens coup avance aide question "
    "questions madame monsieur bonjour merci message mail courriel semaine semaines mois "
    "jour jours heure heures matin midi soir lundi mardi mercredi jeudi vendredi samedi "
    "dimanche sigle acronyme abreviation definition terme mot eligibilite critere criteres "
    # people a question reports or cites ("une collègue soutient que…", "mon mari voudrait…")
    "collegue collegues mari epouse conjoint conjointe voisin voisine ami amie copine copain "
    "maman papa mere pere "
    # a pupil's family, naming another pupil ("et sa sœur, inscrite le 2 décembre ?")
    "frere freres soeur soeurs jumeau jumeaux jumelle jumelles cousin cousine cousins "
    # directions of a rounding or a change ("arrondi vers le haut", "ajusté vers le bas")
    "haut bas dessus dessous "
)
# A number written in words ("un dixième", "un cinquième temps", "un quart", "la moitié"): the texts
# write it in figures ("1/10e", "1/5e"), so it is a number, never a notion the texts lack.
_NUMBER_WORD = re.compile(
    r"(un|deux|trois|quatr|cinqu|six|sept|huit|neuv|dix|onz|douz|treiz|quatorz|quinz|seiz|vingt|"
    r"trent|quarant|cinquant|soixant|cent)iemes?|demis?|tiers|quarts?|moities?"
)
# Institutions: a named one ("le pôle de Charleroi", "le PMS de Namur") is a place no text describes.
_INSTITUTIONS = _set("pole poles cpms pms centre ecole ecoles athenee institut lycee college ")
# Users' words for notions the texts name otherwise ("le bus" is the texts' "transport"), and their
# shortenings of the domain's words ("le spé", "l'EES"): known notions, not foreign ones.
# Words of a named institution's description between its noun and its place ("le centre PMS libre de
# Mons", "le pôle territorial de Verviers"); never "ordinaire"/"spécialisée", which also describe a
# pupil's school ("l'école ordinaire de Léo").
_ASKS_ABOUT_ONE = re.compile(
    r"\b(adresses?|telephones?|numeros?|horaires?|heures d'ouverture|courriels?|e-?mails?|mails?|"
    r"contacts?|contacter|joindre|site|directeur|directrice|coordonnat\w*|responsables?|"
    r"ou se trouve|qui est|nom)\b"
)
_NETWORK_WORDS = _set(
    "libre libres officiel officielle communal communale provincial provinciale territorial pms cpms"
)


def _names_institution(before: list[str]) -> bool:
    """Whether the words before "de" end with an institution's noun, then only network words."""
    for word in reversed([fold(w).rstrip("'") for w in before]):
        if word in _INSTITUTIONS:
            return True
        if word not in _NETWORK_WORDS:
            return False
    return False


_SYNONYMS = {
    "bus": "transport",
    "car": "transport",
    "score": "resultat",
    "grille": "echelle",  # "la grille d'évaluation": the users' word for a sensori-motor scale
    "grilles": "echelles",
    "note": "resultat",
    "depart": "debut",
    "prof": "enseignant",
    "profs": "enseignants",
    "instit": "instituteur",
    "spe": "specialise",
    "spec": "specialise",
    "ees": "enseignement specialise",
    "eeo": "enseignement ordinaire",
    "monde": "tous",
    "normale": "ordinaire",  # "l'école normale": the users' word for the texts' ordinary school
    "normal": "ordinaire",
    "logo": "logopede",  # "la logo du pôle"
    "subside": "subvention",  # the Belgian word for a grant
    "subsides": "subventions",
    "plafond": "depasser",  # "un plafond de 352 points": the texts say "sans pouvoir dépasser 352 points"
    "plafonne": "depasser",
    "plafonnes": "depasser",
}
# An infinitive after "aller" ("il va redoubler") is an event of the pupil's case: one no text uses
# (in any form) is a situation the texts do not cover. Not after "pouvoir"/"devoir" ("peut-on
# bloquer ?"), where users paraphrase the texts' words with their own verbs.
_MODALS = _set("va vont vais")
_INFINITIVE = re.compile(r"^[a-z]{3,}(er|ir|re)$")
# After "le/la/les/l'", these words make it an object pronoun ("on les perd", "doit-on la relancer").
_BEFORE_PRONOUN = _set("on je j' tu il elle nous vous ils elles ne n' ")
_GLOSSED = re.compile(r"\(([A-Z]{2,6})\)")
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
# Places no text is about: a named country after "en/au/aux", a region's unknown name.
_PLACE_PREPOSITIONS = frozenset({"en", "au", "aux"})
_PLACE_NOUNS = frozenset({"communaute", "region", "province", "pays", "canton", "departement"})
# Places the texts are about, or that users write in capitals after "en" without naming a country.
_HOME_PLACES = _set(
    "belgique wallonie bruxelles flandre federation communaute region fwb ipt janvier fevrier mars "
    "avril mai juin juillet aout septembre octobre novembre decembre maternelle primaire secondaire "
)
# A subject pronoun after its verb ("calcule-t-on le pécule", "faut-il le signer"): what follows the
# pronoun is the verb's object, so the pronoun is no sign that "le" is itself a pronoun.
_INVERSION = re.compile(r"-(?:t-)?(?:on|il|elle|ils|elles|nous|vous|je|tu)\b", re.I)
_WORDS = re.compile(r"[^\W\d_]+'?|\d+")
_SHORTEST = 5  # a user's shortening ("coordos", "instit") of a corpus word is that word


_SENTENCE = re.compile(r"[^.?!\n]*\?")
# Everyday phrases whose nouns name no notion ("dans la boucle", "en cours de route", "à la place").
_IDIOMS = re.compile(
    r"\b(dans la boucle|en cours de route|au courant|[aà] la place|au fur et [aà] mesure|en gros|du coup|"
    r"en fait|par contre|tout [aà] fait|au final|[aà] la limite|en tout cas|au cas o[uù]|sur le coup)\b",
    re.I,
)
# An iterative prefix on a verb the texts use ("refaire", "renvoyer", "réinscrire") names no new notion.
_ITERATIVE = re.compile(r"^r[eé]")


def _asked_text(question: str) -> str:
    """The asked part of a question, with one kind of apostrophe and without idioms."""
    text = asked_part(question)
    for ch in "’‘`´ʼ′":
        text = text.replace(ch, "'")
    return _IDIOMS.sub(" ", text)


def asked_part(text: str) -> str:
    """The questions of a message that asks several things or wraps its question in an e-mail (its
    sentences ending in '?'), else the whole text: a signature or a context sentence names no notion
    the user asks about."""
    asked = _SENTENCE.findall(text)
    return " ".join(asked) if asked else text


_SENTENCES = re.compile(r"(?<=[.;!?])\s+|\n+")
_LIST_ITEM = re.compile(r"\s*(\d{1,2}\s?[.°)]|[-•*]|[a-z]\))\s")
_TOPICAL_SHARE = 0.11  # a word in more than this share of the passages says nothing of a sentence's topic


class Vocabulary:
    """Document frequencies of the index's tokens, and coverage of a question by passages."""

    def __init__(self, chunks: Sequence[Chunk], tokenize: Tokenize) -> None:
        self.tokenize = tokenize
        self._chunk_tokens = {c.id: frozenset(tokenize(c.text)) for c in chunks}
        self.df: Counter[str] = Counter()
        for tokens in self._chunk_tokens.values():
            self.df.update(tokens)
        self.size = max(1, len(chunks))
        self._dotted = frozenset(
            m.replace(".", "").lower() for c in chunks for m in _DOTTED.findall(c.text)
        )  # "S.A.I." is how the texts write "SAI"
        self._words = frozenset(w for c in chunks for w in _WORDS.findall(fold(c.text)))
        self._sorted_words = sorted(self._words)
        self._qualified = QualifiedNotions((c.text for c in chunks), tokenize)  # "congé parental"…

    def idf(self, token: str) -> float:
        return math.log(1.0 + self.size / (1.0 + self.df.get(token, 0)))

    def tokens_of(self, chunk: Chunk) -> frozenset[str]:
        return self._chunk_tokens.get(chunk.id) or frozenset(self.tokenize(chunk.text))

    def coverage(self, question: str, chunks: Iterable[Chunk]) -> float:
        """IDF-weighted share of the question's tokens found in at least one of the chunks."""
        tokens = {t for t in self.tokenize(_IDIOMS.sub(" ", fold(question))) if t not in _NEUTRAL}
        # a user's shortening or typo of a word of the texts ("coordo", "integartion") stands for that
        # word, which the analyzer cannot match: it neither covers nor uncovers the question
        tokens = {t for t in tokens if self.df.get(t, 0) or not (self._shortens(t) or self._one_typo_away(t))}
        if not tokens:
            return 0.0
        found: set[str] = set()
        for chunk in chunks:
            found |= tokens & self.tokens_of(chunk)
        total = sum(self.idf(t) for t in tokens)
        return sum(self.idf(t) for t in found) / total

    def fact_on_topic(
        self, question: str, texts: Iterable[str], fact: re.Pattern[str], counted: str = ""
    ) -> bool:
        """Whether some sentence of the texts gives the asked kind of fact (`fact`, on folded text) AND
        shares a not-too-common word with the question: "30 jours" in a sentence about the stop
        decision does not say how long archived files are kept."""
        asked = {t for t in self.tokenize(question) if self.df.get(t, 0) <= self.size * _TOPICAL_SHARE}
        asked -= set(self.tokenize(counted))  # "jours" shared with "30 jours" says nothing of the topic
        for text in texts:
            lead, marker = "", False  # a list item's figure is about its lead-in ("type 3 : … 9 heures")
            for sentence in _SENTENCES.split(text):
                item = bool(lead) and (marker or bool(_LIST_ITEM.match(sentence + " ")))
                topic = f"{lead} {sentence}" if item else sentence
                if fact.search(fold(sentence)) and asked & set(self.tokenize(topic)):
                    return True
                marker = bool(_LIST_ITEM.fullmatch(sentence + " "))  # "1." cut off its item
                if not item:
                    lead = sentence if sentence.rstrip().endswith(":") else ""
        return False

    def known(self, word: str) -> bool:
        """Whether the texts use this word (a stem of it, or a word it shortens)."""
        if fold(word) in self._dotted or fold(word) in self._words:
            return True
        synonym = _SYNONYMS.get(fold(word))
        tokens = self.tokenize(synonym or word)
        if not tokens or any(self.df.get(t, 0) or t in _NEUTRAL for t in tokens):
            return True
        if self._shortens(fold(word).rstrip("sx")) or self._one_typo_away(fold(word)):
            return True
        rest = _ITERATIVE.sub("", fold(word))
        return rest != fold(word) and len(rest) >= 4 and rest in self._words

    def _one_typo_away(self, word: str) -> bool:
        """Whether a word of the texts is one typo away ("cmps" for "cpms", "integartion", "eleeve"):
        two letters swapped, one letter too many or missing (a wrong letter is often another word)."""
        return len(word) >= _SHORTEST - 1 and not self._words.isdisjoint(typo_edits(word))

    def _foreign_place(self, folded: str) -> bool:
        """Whether a capitalised word after "en/au" names a place no text uses as such: its stem may
        match ("France" and "française"), but the word itself never occurs."""
        return folded not in self._words and folded not in _HOME_PLACES and not self._one_typo_away(folded)

    def _shortens(self, head: str) -> bool:
        """Whether `head` begins a longer word of the texts ("coordo" of "coordonnateur")."""
        if len(head) < _SHORTEST:
            return False
        i = bisect.bisect_left(self._sorted_words, head)
        return i < len(self._sorted_words) and self._sorted_words[i].startswith(head)

    def foreign_notions(self, question: str) -> list[str]:
        """Notions the question asks about that no text mentions: nouns introduced by a determiner
        whose every form is absent from the corpus ("le barème de salaire", "la cantine", "un TDAH"),
        and named institutions ("le pôle de Charleroi"). Common words matching elsewhere do not
        make up for them: the texts do not cover what the question is about."""
        text = _asked_text(question)
        words = _WORDS.findall(_INVERSION.sub(" ", text))
        # a named institution matters when the question asks about that one (its address, phone,
        # hours, staff): "le pôle de Namur peut-il refuser une IPT ?" asks the general rule
        asks_one = bool(_ASKS_ABOUT_ONE.search(fold(text)))
        out: list[str] = []
        for i in range(1, len(words)):
            word, prev = words[i].rstrip("'"), fold(words[i - 1])
            folded = fold(word)
            named = word[:1].isupper() and not word.isupper()
            before = fold(words[i - 2]) if i >= 2 else ""
            if (
                named
                and prev in ("de", "d'", "du")
                and asks_one
                and _names_institution(words[max(0, i - 4) : i - 1])
            ):
                out.append(word)  # "le PMS de Namur": one named institution, which no text describes
                continue
            if prev in _PLACE_PREPOSITIONS and named and self._foreign_place(folded):
                out.append(word)  # "en France", "au Luxembourg": no text is about that country
                continue
            if len(folded) < 2 or folded.isdigit() or _NUMBER_WORD.fullmatch(folded):
                continue
            if self.known(word) or folded in _PLAIN_WORDS:
                continue
            if (prev in _PLACE_PREPOSITIONS and named) or prev in _PLACE_NOUNS:
                out.append(word)  # "en Suisse", "la Communauté germanophone"
                continue
            if prev not in _DETERMINERS or folded in ANALYZER_STOP:
                continue
            if prev in ("le", "la", "les", "l'") and (before in _BEFORE_PRONOUN or folded.endswith("er")):
                continue  # an object pronoun before a verb, not a determiner
            if prev in ("de", "d'") and folded.endswith("er") and not folded.endswith("ier"):
                continue  # "c'est à qui de chercher ?": an infinitive, not a noun ("de dossier")
            before = before.rstrip("'")
            if named and (before not in _INSTITUTIONS or not asks_one):
                continue  # a person's name ("l'IPT de Noah", "l'école de Léo") is not a notion
            out.append(word)
        # an acronym counts when introduced ("un TDAH") or explained ("(ULIS)"), not a shouted word
        glossed = [w for w in _GLOSSED.findall(text) if w in self.unknown_acronyms(w)]
        return out + [w for w in glossed + self._unknown_acts(question) if w not in out]

    def _unknown_acts(self, question: str) -> list[str]:
        """Infinitives after "aller" ("il va redoubler", "elle va tripler") no text uses in any
        form, in the whole message: the case's act is what the question is about, even when told in a
        sentence before the question mark."""
        words = _WORDS.findall(_INVERSION.sub(" ", question.replace("’", "'")))
        return [
            w
            for prev, w in zip(words, words[1:], strict=False)
            if fold(prev) in _MODALS and _INFINITIVE.search(fold(w)) and not self.known(w)
        ]

    def other_kind(self, question: str, texts: Sequence[str]) -> list[str]:
        """The question's qualified notions ("le congé de maladie", "les frais scolaires") that the
        texts never use, when the passages name their head with other qualifiers only ("congé
        parental", "frais de fonctionnement"): the passages are about another kind of the thing."""
        found = _WORDS.findall(_INVERSION.sub(" ", _asked_text(question)))
        words = [w if " " in _SYNONYMS.get(fold(w), " ") else _SYNONYMS[fold(w)] for w in found]
        heads = [
            i
            for i in range(1, len(words))
            if (self._introduced(words, i) or fold(words[i - 1]) == "en")  # "en congé de maladie"
            and not words[i][:1].isupper()
            and fold(words[i]) not in _PLAIN_WORDS
            and self.known(words[i])
        ]
        notions = self._qualified.absent(words, heads, self._used_word)
        return [" ".join(n) for n in notions if self._qualified.unqualified_in(n, texts)]

    def _introduced(self, words: list[str], i: int) -> bool:
        """Whether the word at `i` is a noun introduced by a determiner (not an object pronoun)."""
        prev, folded = fold(words[i - 1]), fold(words[i].rstrip("'"))
        if prev not in _DETERMINERS or folded in ANALYZER_STOP:
            return False
        before = fold(words[i - 2]) if i >= 2 else ""
        # "le" opening the question is a determiner: "Le conseiller pédagogique doit-il…"
        verb_like = folded.endswith("er") and i >= 2
        return not (prev in ("le", "la", "les", "l'") and (before in _BEFORE_PRONOUN or verb_like))

    def _used_word(self, word: str) -> bool:
        """Whether the texts use this word's stem as such (not only as a shortening or a typo)."""
        tokens = self.tokenize(_SYNONYMS.get(word, word))
        return bool(tokens) and all(self.df.get(t, 0) for t in tokens)

    def unknown_acronyms(self, question: str) -> list[str]:
        """Acronyms written in capitals in the question that no text of the corpus contains."""
        out = []
        for word in _ACRONYM.findall(question):
            tokens = self.tokenize(word)
            if word in _NOT_ACRONYMS:
                continue
            if tokens and not self.known(word):
                out.append(word)
        return out
