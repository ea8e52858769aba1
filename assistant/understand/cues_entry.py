"""Intent cues of the rules on entering an IPT: the CPMS's role, the orientation certificate, the
eligibility conditions, types, procedure and start (see assistant/understand/cues.py)."""

from __future__ import annotations

ENTRY_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "cpms.role": (
        (r"\b(quel|lequel|quels|quelle) (des deux )?cpms\b|\bcpms (competent|concerne|responsable)\b", 0.65),
        (r"\bcpms\b", 0.3),
        (
            r"\bcpms\b.{0,60}\b(role|intervient|intervenir|avis|(contre-?|co-?)?(signe|signer|signataire)|initiative|redige|rediger|assiste|participe)\b",
            0.3,
        ),
        (
            r"\b(role|intervient|avis|(contre-?|co-?)?(signe|signataire)|initiative|redige|assiste|participe)\b.{0,60}\bcpms\b",
            0.3,
        ),
        # the CPMS speaks and asks what it may or must do itself ("notre centre PMS … pouvons-nous demander
        # l'arrêt ?", "je travaille au PMS … c'est nous qui faisons la proposition ?")
        (
            r"\bcpms\b.{0,200}\b(pouvons-nous|devons-nous|c'est (a )?nous|est-ce (a )?nous|suis-je|dois-je|puis-je|"
            r"nous-memes|je suis oblige\w*)\b",
            0.45,
        ),
        (r"\bmissions?\b", -0.3),  # "les missions du CPMS": general
        (r"\b(sont|est) (contre|pour)\b", -0.3),  # partners' opinions weighed: the procedure's question
    ),
    "attestation.nouvelle_attestation": (
        # the adjective must qualify the certificate: "une autre attestation", not "un autre type que
        # celui de son attestation"
        (
            r"\b(nouvelle|nouveau|autre) (attestation|ao)\b|\b(refaire|redemander|refaite)\b.{0,30}\b(attestation|ao)\b",
            0.7,
        ),
        (
            r"\battestation\b.{0,60}\b(valable|valide|encore bonne|perime|expire|reste|toujours|refaire|nouvelle)\b",
            0.6,
        ),
        (r"\bprotocole justificatif\b", 0.5),
        (
            r"\b(que faire|quoi faire|que faut-il faire|que se passe-t-il|qu'en est-il|et l')\b.{0,40}\battestation\b",
            0.5,
        ),
        (r"\battestation d'orientation\b", 0.25),
        # after a pupil's case, the question's last clause names only the certificate ("… il revient en
        # type 3. Quid de l'attestation ?", "…, et son AO dans ce cas ?"): what it becomes is asked
        (
            r"([.;:!?]\s*|, )(et |quid de |pour |quant a |et pour |et quid de )?(l'|son |sa |leur |les |l' )?"
            r"(attestation|ao)( d'orientation)?( (alors|dans ce cas|du coup|la-dedans))? ?\?\s*$",
            0.6,
        ),
        (
            r"\b(qui (la |l')?(redige|fait|etablit|s'occupe de|se charge de|est competent pour)|redaction)\b.{0,40}\b(attestation|ao)\b",
            0.5,
        ),
    ),
    "eligibility.conditions": (
        (r"\b(conditions?|eligib\w*|criteres?)\b.{0,60}\b(ipt|integration|beneficier|acceder)\b", 0.6),
        (
            r"\b(peut|peuvent|pourrait|puisse)\b.{0,40}\b(beneficier|acceder|entrer|passer|partir)\b.{0,30}\b(ipt|integration)\b",
            0.55,
        ),
        (r"\b15 octobre\b", 0.45),
        (r"\b(langue des signes|immersion)\b", 0.45),
        (r"\b(inscrit\w*|frequente|regulierement)\b.{0,40}\bspecialis", 0.25),
        # "en enseignement spécialisé depuis le 1er septembre … une IPT est possible pour … ?"
        (r"\bspecialis\w*\b.{0,30}\bdepuis\b.{0,100}\b(ipt|integration)\b", 0.5),
        (r"\b(ipt|integration)\b.{0,20}\b(est-elle |est |serait |sera )?(possible|envisageable)\b", 0.2),
    ),
    "eligibility.types": (
        (r"\bquels? types?\b.{0,60}\b(ipt|integration|concern|eligib|autoris|admis|possible)", 0.65),
        (r"\btypes? (concernes?|admis|autorises?|eligibles?|possibles?)\b", 0.6),
        (r"\b(tous les types|quel que soit le type|pour quels types)\b", 0.5),
        (
            r"\btype [1-8]\b.{0,40}\b(peut|peuvent|possible|autorise|eligible|acceder|beneficier)\b.{0,40}\b(ipt|integr\w*)",
            0.45,
        ),
        (r"\b(prolong\w*|rapport|retour\w*|revien\w*)\b", -0.3),  # the type is context, not the question
    ),
    "eligibility.procedure": (
        (
            r"\b(etapes?|procedure|demarches?)\b.{0,60}\b(mise en place|mettre en place|demarrer|lancer|commencer|mettre sur pied|debut)\b",
            0.65,
        ),
        (
            r"\bqui peut (faire une |faire la |introduire une )?propos\w*|\bqui propose\b|\bpeut-il proposer\b|\bpeuvent-ils proposer\b",
            0.65,
        ),
        (
            r"\b(avis defavorable|desaccord|s'oppos\w*|oppose|bloqu\w*|veto|refus\w*|contre)\b.{0,60}\b(proposition d'ipt|ipt|integration)\b",
            0.55,
        ),
        (r"\bproposition\b.{0,60}\b(avis|accord|refus|oppos)", 0.4),
        # opposed opinions of the partners: whose unfavourable opinion blocks the IPT
        (
            r"\b(parents?|ecoles?\w*|cpms|direction|directeur|directrice|famille)\b[^.?]{0,40}\b((sont|est|etaient|serait) "
            r"(contre|pour|opposes?|favorables?|defavorables?|d'accord|pas d'accord)\b"
            r"|refus\w*|di(t|sent) non|(ne|n') ?(veut|veulent|souhaite|souhaitent) pas)\b",
            0.7,
        ),
        (r"\b(obliger|forcer|contraindre|imposer)\b.{0,40}\b(accepter|ecole|ipt|integration)\b", 0.6),
        (r"\bproposition - projet - protocole|proposition, projet,? (et )?protocole\b", 0.6),
        # whether the proposal is required: "la proposition est-elle facultative ?", "se passer de la proposition"
        (
            r"\bproposition\b.{0,40}\b(obligatoire|facultative|indispensable|requise)\b"
            r"|\b(se passer|se dispenser|faire l'impasse|faire sans)\b.{0,20}\bproposition\b",
            0.4,
        ),
    ),
    "eligibility.start": (
        (r"\bquand (commence|debute|demarre|prend cours|prend effet)\b", 0.6),
        (r"\b(date de (debut|depart|demarrage))\b.{0,40}\bipt\b", 0.6),
        (r"\b(a partir de quand|des quand)\b.{0,60}\b(ipt|integration|eleve)\b", 0.65),
        # "l'élève est en IPT à partir de quand ?": the ask after its subject
        (r"\b(en ipt|en integration|integree?)\b.{0,30}\b(a partir de quand|des quand)\b", 0.65),
    ),
}
