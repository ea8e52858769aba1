"""Intent cues of the rules on an IPT's course: who accompanies, the staff, transfer to the pôle and
after it, and the end of an IPT (see assistant/understand/cues.py)."""

from __future__ import annotations

from assistant.understand.cue_patterns import ASKS_MEANS

# The question is about the staff who accompany (a teacher, a speech therapist, a pôle member).
_STAFF = r"^(?=.*\b(enseignant\w*|membres?|personnel|accompagn\w*|logo\w*|pole|equipe|instit\w*|profs?|intervenant\w*)\b)"
# The users' words for the authority over the staff who accompany ("c'est qui son chef ?", "il dépend de
# qui ?", "sous les ordres de qui ?"): the person is asked about, not the structure that accompanies.
_AUTHORITY = (
    _STAFF + r".*(\b(son|sa|leur) (chef\w*|patron\w*|responsable|n\+1)\b|\bsous les ordres\b"
    r"|\b(de qui|a qui)\b.{0,20}\b(depend\w*|obei\w*|rend\w* des comptes)\b"
    r"|\b(depend\w*|obei\w*|rend\w* des comptes) (de|a) qui\b)"
)
_PROFESSION = (
    r"(profs?|professeur\w*|enseignant\w*|instit\w*|logo\w*|psy\w*|kine\w*|educat\w*|assistante?s? sociale?s?|"
    r"puericult\w*|ergo\w*)"
)
# A special school that wants to go on accompanying a pupil whose IPT went to the pôle.
_TO_POLE = r"(attribue\w*|vont|va|versee?s?|reviennent|revient|passee?s?|passent|partent|part) au pole"
_KEEP_AFTER_TRANSFER = (
    rf"\b(transferee?s?|retrocedee?s?|{_TO_POLE})\b.{{0,120}}\b(continuer|poursuivre|garder|conserver)\b"
    rf"|\b(continuer|poursuivre|garder|conserver)\b.{{0,80}}\b(transferee?s?|retrocedee?s?|{_TO_POLE})\b"
)

COURSE_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "accompaniment.who": (
        # any tense: "qui l'accompagnera en 2026-2027 ?", "qui le suivra ?"
        (
            r"\bqui (l'|la |le |les )?(accompagne(ra|ront|rait)?|assure\w* l'accompagnement|prend(ra)? en charge"
            r"|suit|suivra)\b",
            0.65,
        ),
        # a special school that wants to keep / go on accompanying its IPTs
        (
            # the object kept is the pupil or the IPT ("garder ses IPT", "peut-on la garder"), not a
            # document ("lesquelles garder", "garder les dossiers"); "la garde des élèves" is the supervision
            r"(?<!\bla )(?<!\bune )\b(gard(?!erie|ien)\w*|conserv(?!ation)\w*) (ses |son |sa |notre |leur |nos |leurs |les |l'|cet |cette |un |une |des |ce )?(ipt|eleves?|integrations?|accompagnements?)\b"
            r"|\b(la |le |les |l')(garder|conserver)\b"
            r"|\b(continu\w* a (le |la |les |l')?(suivre|accompagner)|poursuivre (l'accompagnement|nos ipt|ses ipt|leurs ipt))\b"
            r"|\b(assurer|faire|garder) (elle-meme |lui-meme |nous-memes |eux-memes |elles-memes )?l'accompagnement\b"
            r"|\b(encore|toujours) (le |la |les |l')?(suivre|accompagner)\b",
            0.6,
        ),
        (_KEEP_AFTER_TRANSFER, -0.4),
        (ASKS_MEANS, -0.4),  # who accompanies is context when the means are asked
        # enrolment and encoding (SIEL) are not the question of who accompanies
        (r"\b(siel|encod\w*|proeco|creos)\b", -0.5),
        (
            r"\bqui (fait|assure|se charge de|s'occupe de|est charge de|doit (faire|assurer)) (l'|de l'|son |de son |leur |de leur )?accompagnement\b"
            r"|\bqui (doit|va|peut|pourra|devra) (l'|les |la |le )?(accompagner|suivre)\b|\baccompagnement (est )?(assure|fait) par qui\b"
            r"|\b(suivie?s?|accompagnee?s?|prise? en charge) par qui\b",
            0.65,
        ),
        (r"\b(accompagnement|accompagner|accompagne)\b.{0,60}\b(pole|ecole specialise\w*)\b", 0.45),
        (r"\b(pole|ecole specialise\w*)\b.{0,60}\b(accompagn\w*|prend en charge|suit)\b", 0.4),
        (r"\b(prolong\w*)\b.{0,40}\bipt\b", 0.45),
        # which staff members (teachers, speech therapists…) accompany: the texts answer (point 5, q. 5)
        (
            r"\b(quel|quels|quelle|quelles) (type de |types de |sorte de )?(personnels?|membres? du personnel|professionnels?|"
            r"intervenants?|enseignants?|fonctions?)\b",
            -0.4,
        ),
        # the authority over the staff who accompany is accompaniment.staff's question
        (r"\bqui (supervise|encadre|dirige)\b|\b(sous quelle autorite|superieur\w* hierarchique)\b", -0.4),
        (_AUTHORITY, -0.6),
        # professions offered as the answer ("qui vient l'aider ? un prof, un logo ?"): the staff, not the structure
        (rf"\b(un|une|des) {_PROFESSION}\b ?(,|ou\b)", -0.5),
    ),
    "accompaniment.staff": (
        (r"\bqui (supervise|encadre|dirige)\b|\b(sous quelle autorite|superieur\w* hierarchique)\b", 0.7),
        # the users' words for that authority ("c'est qui son chef ?", "sous les ordres de qui ?")
        (_AUTHORITY, 0.7),
    ),
    "accompaniment.when": (
        # a staff member coming on a given day or time ("la logo peut passer le mercredi ?")
        (
            _STAFF + r".*\b(passer|venir|vient|viennent|intervenir|intervien\w*|travailler|voir)\b.{0,60}"
            r"\b(mercredi|samedi|dimanche|week-?end|vacances|conges|soir|horaires?|heures? (de cours|d'ouverture))\b",
            0.65,
        ),
    ),
    "accompaniment.transfer": (
        (r"\bretroce\w*|\btransf[ee]r\w*\b.{0,40}\b(ipt|pole)\b", 0.65),
        # going on accompanying after the transfer is accompaniment.after_transfer's question
        (_KEEP_AFTER_TRANSFER, -0.4),
    ),
    "accompaniment.after_transfer": (
        (_KEEP_AFTER_TRANSFER, 0.6),
        (r"\bavenant\b", 0.4),
    ),
    "end.who_and_how": (
        (
            r"\b(arret|arreter|mettre fin|met fin|fin de l'ipt|fin d'ipt|fin a l'ipt|fin d'une ipt|stopper|interrompre|interruption)\b",
            0.45,
        ),
        (r"\bqui (peut|decide|doit)\b.{0,40}\b(arret|fin|arreter|stopper)\b", 0.35),
        (
            r"\b(procedure|documents?|demarches?|motifs?|raisons?|causes?|comment)\b.{0,60}\b(arret|fin|arreter)\b",
            0.3,
        ),
        (r"\b(echoue|echec|ne fonctionne pas|ne se passe pas bien|se passe mal)\b", 0.4),
        # a return to special education asked as a procedure ("retourne dans le spécialisé tout de suite. Comment ?")
        (
            r"\bretour\w*\b.{0,40}\bspecialis\w*\b.{0,60}\b(tout de suite|immediatement|des maintenant|sans attendre|"
            r"en cours d'annee|comment|procedure|demarches?)\b",
            0.6,
        ),
        # a return decided on a date, then the time left to report it ("on a combien de temps pour prévenir ?")
        (
            r"\bretour\w*\b.{0,40}\bspecialis\w*\b.{0,120}\b(combien de (temps|jours)|quel delai|delai|prevenir|informer|"
            r"avertir|communiquer|signaler)\b",
            0.6,
        ),
        (r"\bquand (se termine|prend fin|finit)\b", 0.4),
        # "faut-il l'arrêter puis la relancer ?" asks how a prolongation works, not how an IPT ends
        (
            r"\b(arret\w*|stopp\w*|clotur\w*)\b.{0,30}\b(puis|et|pour) (la |le |l')?(relancer|redemarrer|recommencer|reprendre|rouvrir|recreer)\b",
            -0.6,
        ),
        (r"\b(quels?|quelles?|dans quels)( sont)?( les)? (cas|causes?|motifs?|raisons?|situations?)\b", -0.3),
    ),
    "end.causes": (
        (
            r"\b(quels?|quelles?|dans quels)( sont)?( les)? (cas|causes?|motifs?|raisons?|situations?)\b.{0,80}\b(arret\w*|fin|termine\w*|s'arrete\w*)\b",
            0.75,
        ),
        (
            r"\b(arret\w*|fin|s'arrete\w*)\b.{0,60}\b(pour quelles raisons|dans quels cas|pour quels motifs)\b",
            0.7,
        ),
        (
            r"\b(demenag\w*|changement de domicile|exclu\w*|placement|internat|separation des parents|maladie)\b.{0,80}\b(ipt|integration|arret\w*|fin|s'arrete\w*)\b",
            0.6,
        ),
    ),
}
