"""The wording of attestation answers: the closed answer's lead (Oui / Non / Pas nécessairement) kept
first when a clause is inserted, and turned over when the closed question is not "is a new certificate
needed?" (rule `attestation.nouvelle_attestation`, assistant/rules/attestation.py)."""

from __future__ import annotations

from assistant.rules.facts import Facts

LEADS = ("Oui", "Non", "Pas nécessairement")


def split_lead(text: str) -> tuple[str, str]:
    """('Oui', 'une nouvelle attestation …') for 'Oui, une nouvelle attestation …'; ('', text) otherwise."""
    for word in LEADS:
        for sep in (", ", " : ", " - "):
            if text.startswith(word + sep):
                return word, text[len(word) + len(sep) :]
    return "", text


def insert_after_lead(text: str, clause: str) -> str:
    """'Oui, <clause> : …' so the closed answer stays the first word; '<Clause> : …' without one."""
    word, rest = split_lead(text)
    if word:
        return f"{word}, {clause} : {rest}"
    return f"{clause[0].upper()}{clause[1:]} : {text[0].lower()}{text[1:]}"


def polarity(facts: Facts, text: str, needed: bool | None) -> str:
    """A closed question whose Oui/Non is not "is a new certificate needed?": "est-elle encore
    valable ?" / "peut-il se réinscrire avec ?" (the inverse), "c'est au pôle de la rédiger ?" (no)."""
    if not facts.yes_no or needed is None:
        return text
    _, rest = split_lead(text)
    if facts.focus == "pole":
        # « … est rédigée par le centre PMS de l'école d'enseignement ordinaire coopérante, le cas échéant
        # en collaboration avec le pôle »
        return "Non, ce n'est pas le pôle qui la rédige : " + rest
    if facts.cpms_side and needed:
        # "c'est le PMS du spécialisé qui doit la refaire ?": the ordinary school's CPMS drafts it
        if facts.cpms_side == "specialise":
            return "Non, ce n'est pas le CPMS de l'école d'enseignement spécialisé qui la rédige : " + rest
        return "Oui, c'est le CPMS de l'école d'enseignement ordinaire qui la rédige : " + rest
    if facts.focus in ("validity", "permission"):
        if needed:
            return "Non, l'attestation d'orientation initiale ne suffit plus : " + rest
        return "Oui, l'attestation d'orientation initiale reste valable : " + rest
    return text
