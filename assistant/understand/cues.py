"""Intent cues of the understanding layer, on top of the rules' own triggers and examples.

Each cue is (regex on the normalised question, weight); a rule's cue score is the sum of the weights
of its matching cues, capped at 1. Cues name the question a rule settles; GENERAL marks the wording
of questions that ask for an explanation rather than a fact (they lower every rule's score).
Rule ids that are not registered are simply ignored.
"""

from __future__ import annotations

from assistant.textnorm import ARRETE_NOUN

WHEN = r"\b(quand(?! meme\b)|date limite|echeance|delai|au plus tard|avant quelle date|pour quelle date|date butoir|quelles? dates?)\b"
# A missed or late obligation ("j'ai oublié le listing", "on est en retard pour le bilan").
# "dépasser 352 points / le budget / le plafond" exceeds an amount: no lateness
LATE = r"\b(oubli\w*|en retard|trop tard|depasse\w*(?! (les |le |la )?(\d|budget|plafond|maximum|limite))|rate|loupe)\b"
# Whether an obligation is still met on a date ("suis-je encore dans les temps ?", "c'est encore bon ?").
TIMELY = (
    r"\b(dans les temps|dans les delais|a temps|encore (le )?temps|encore bon|encore possible)\b"
    # "le listing peut-il encore être envoyé ?", "peut-on encore l'encoder ?"
    r"|\b(peu\w*|pourr\w*)(-[a-z]+)? encore (etre |l'|le |la |les )?(envoy|transmi|encod|rentr|rend|remi|introdui|communiqu)\w*"
)

# A leading condition ("quand le total dépasse…, arrondi comment ?", "si on n'encode pas dans les
# délais, est-ce qu'elle compte ?") whose main clause asks something else than a date.
CONDITION_THEN_ASK = (
    r"^(si|s'|quand|lorsque?|lorsqu'|en cas d\w*)\b[^,?:]{0,200}[,:]"
    r"(?![^?]*\b(quand(?! meme)|dates?|delais?|echeance|au plus tard|jusqu'a|quel jour|combien de (jours|temps)|"
    r"il (me |nous )?reste|encore)\b)[^?]*\?"
)
# The question's ask is the means themselves ("…, accompagnée par l'école spé. Encadrement ?",
# "… suivi par notre pôle, primaire. points ?"): the words before it describe the situation.
MEANS_ASKED_LAST = (
    r"(^|[.;:!?]\s*|, )(et |l'|le |les |quel\w* )?(encadrement|periodes|points|moyens)\b[^.;:!?]{0,30}\?\s*$"
)
ASKS_MEANS = rf"{MEANS_ASKED_LAST}|\bcombien de (periodes|points|moyens)\b"

# The question asks for a date ("… est acté quand ?", "pour quand", "à quelles dates"), not "quand"
# as a conjunction ("combien de périodes quand l'IPT débute en 2019").
ASKS_WHEN = (
    r"\bquand\W*$|^quand\b(?![^?]{0,200}[,:][^?]*\b(comment|combien|quel\w*|qui|est-ce|faut-il|peut-on|doit-on)\b)|\b(pour|avant|jusqu'a|d'ici|a partir de) quand\b|\bquand (doit|doivent|faut-il|est|sont|a lieu)\b"
    r"|\b(date limite|echeance|delai|au plus tard|avant quelle date|pour quelle date|jusqu'a quelle date|date butoir|a quelles? dates?)\b"
    rf"|{LATE}|{TIMELY}"
)

# The question is about the staff who accompany (a teacher, a speech therapist, a pôle member).
_STAFF = r"^(?=.*\b(enseignant\w*|membres?|personnel|accompagn\w*|logo\w*|pole|equipe|instit\w*|profs?|intervenant\w*)\b)"
# A special school that wants to go on accompanying a pupil whose IPT went to the pôle.
_KEEP_AFTER_TRANSFER = (
    r"\b(transferee?s?|retrocedee?s?|attribues? au pole|passee? au pole)\b.{0,120}\b(continuer|poursuivre|garder|conserver)\b"
    r"|\b(continuer|poursuivre|garder|conserver)\b.{0,80}\b(transferee?s?|retrocedee?s?|attribues? au pole|passee? au pole)\b"
)

CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "deadlines.when": (
        (WHEN, 0.35),
        (CONDITION_THEN_ASK, -0.5),  # the date is the condition, not the question
        # "l'arrêté sur les échelles date de quand ?": a text's own date, not an obligation's
        (
            r"\b(de quand date|date de quand|entre\w* en vigueur|produi\w* ses effets|s'applique\w* depuis)\b"
            rf"|(?:\b(?:decret|circulaire)\b|{ARRETE_NOUN}).{{0,40}}\bdate\b.{{0,10}}\bquand\b",
            -1.0,
        ),
        (LATE, 0.35),
        (TIMELY, 0.35),
        (
            r"\bcombien de (jours|temps)\b.{0,30}\b(reste|rest|ai-je|a-t-on|avons)\b|\bil (me|nous) reste\b",
            0.45,
        ),
        (r"\b(listing|siel|coche|liste de l'article 137|article 137|rapport|bilan d'integration)\b", 0.2),
        (r"\b(envoyer|transmettre|encoder|renvoyer|communiquer|signer|rendre)\b", 0.1),
        # validity or entry into force of a text, not a deadline
        (
            r"\b(s'appliqu\w*|en vigueur|valables?|applicables?|produi\w*(-[a-z]+)? (ses|leurs) effets)\b",
            -0.4,
        ),
        (
            r"\bquand (commence\w*|debute\w*|demarre\w*|(prend|prennent) (cours|effet|fin)|se termine\w*)\b",
            -0.4,
        ),
    ),
    "deadlines.calendar": (
        (r"\b(calendrier|agenda|ligne du temps)\b", 0.5),
        (
            r"\b(toutes les|quelles sont les|liste des|principales) (echeances|dates|dates limites|delais)\b",
            0.6,
        ),
    ),
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
        (
            r"\b(qui (la |l')?(redige|fait|etablit|s'occupe de|se charge de|est competent pour)|redaction)\b.{0,40}\b(attestation|ao)\b",
            0.5,
        ),
    ),
    "eligibility.conditions": (
        (r"\b(conditions?|eligib\w*|criteres?)\b.{0,60}\b(ipt|integration|beneficier|acceder)\b", 0.6),
        (
            r"\b(peut|peuvent|pourrait|puisse)\b.{0,40}\b(beneficier|acceder|entrer|passer)\b.{0,30}\b(ipt|integration)\b",
            0.55,
        ),
        (r"\b15 octobre\b", 0.45),
        (r"\b(langue des signes|immersion)\b", 0.45),
        (r"\b(inscrit|frequente|regulierement)\b.{0,40}\bspecialis", 0.25),
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
    ),
    "eligibility.start": (
        (r"\bquand (commence|debute|demarre|prend cours|prend effet)\b", 0.6),
        (r"\b(date de (debut|depart|demarrage))\b.{0,40}\bipt\b", 0.6),
        (r"\b(a partir de quand|des quand)\b.{0,60}\b(ipt|integration|eleve)\b", 0.65),
        # "l'élève est en IPT à partir de quand ?": the ask after its subject
        (r"\b(en ipt|en integration|integree?)\b.{0,30}\b(a partir de quand|des quand)\b", 0.65),
    ),
    "accompaniment.who": (
        (r"\bqui (l'|la |le )?(accompagne|assure\w* l'accompagnement|prend en charge|suit)\b", 0.65),
        # a special school that wants to keep / go on accompanying its IPTs
        (
            # the object kept is the pupil or the IPT ("garder ses IPT", "peut-on la garder"), not a
            # document ("lesquelles garder", "garder les dossiers")
            r"\b(garder|conserver) (ses |nos |leurs |les |l'|cet |cette |un |une |des |ce )?(ipt|eleves?|integrations?|accompagnements?)\b"
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
            r"\bqui (fait|assure|se charge de|s'occupe de|est charge de|doit (faire|assurer)) (l'|de l')?accompagnement\b"
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
    ),
    "accompaniment.staff": (
        (r"\bqui (supervise|encadre|dirige)\b|\b(sous quelle autorite|superieur\w* hierarchique)\b", 0.7),
        # the users' words for that authority ("c'est qui son chef ?", "sous les ordres de qui ?")
        (
            _STAFF + r".*(\b(son|sa|leur) (chef\w*|patron\w*|responsable|n\+1)\b|\bsous les ordres\b"
            r"|\b(de qui|a qui)\b.{0,20}\b(depend\w*|obei\w*|rend\w* des comptes)\b)",
            0.7,
        ),
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
    "sensorimotor.points": (
        (r"\b(sensori\w*|echelles?)\b", 0.3),
        (r"\b(points?|score|items?|palier|pourcentage|calcul\w*|combien)\b", 0.3),
        (r"\b\d+ items?\b", 0.4),
        (
            r"\b(comment (on )?(calcule|se calcule|est calcule\w*|calculer)|calcul d\w*)\b.{0,40}\b(pourcentage|n|points?|palier|echelle)",
            0.35,
        ),
        # the list of a scale's items or step 2's missing formula: not in the texts, not computed here
        (r"\b(quels sont les|liste des|contenu des?) items\b|\bformule exacte\b|\bratio budgetaire\b", -0.6),
    ),
    "contacts.service": (
        # the mailbox the school must write FROM is a rule of the circular's introduction, not a contact
        (
            r"\b(depuis|a partir de|avec) (quelle|quel|mon|ma|notre|nos|une|leur) (adresse|boite|mail|courriel)"
            r"|\bboite (mail|e-?mail|aux lettres) administrative\b|\b(gmail|hotmail|adresse (privee|personnelle))\b",
            -0.6,
        ),
    ),
    "means.restitution": (
        # what becomes of the means (after a stop) is the restitution rule's question
        (
            r"\b(que deviennent|que devient|qu'advient-il d\w*|on fait quoi d\w*) (les |des |ses |nos )?(moyens|periodes|points)\b",
            0.7,
        ),
        # "l'école m'a parlé des moyens, qu'est-ce qu'ils deviennent ?": the pronoun stands for the means
        (
            r"\b(moyens|periodes|points)\b.{0,80}\b(qu'est-ce qu'(ils|elles) deviennent|(ils|elles) deviennent quoi|"
            r"deviennent-(ils|elles)|que deviennent-(ils|elles)|on en fait quoi|qu'en fait-on)\b",
            0.7,
        ),
    ),
    # a question on the scales' practice (which one, still in force, kept for whom, counted or not):
    # the scale context, and the topic slot's bonus (intent._fact_bonus) says which practice
    "sensorimotor.encoding": ((r"\b(sensori\w*|echelles?)\b", 0.3),),
    "sensorimotor.dossier": (
        (r"\b(dossier|contenir|pieces?|documents?)\b.{0,60}\b(sensori\w*|echelles?|deficience)\b", 0.6),
        (r"\b(sensori\w*|echelles?)\b.{0,60}\b(dossier|jusqu'a quand|jusque quand|s'appliquent)\b", 0.6),
        (r"\b(jusqu'a quand|jusque quand|jusqu'en)\b.{0,40}\b(echelles?|sensori\w*)\b", 0.6),
        (r"\b(echelles?|sensori\w*)\b.{0,60}\b(s'appliqu\w*|en vigueur|valables?|applicables?)\b", 0.4),
    ),
}

# Cues shared by a topic's rules whose ids are not known in advance ("means.*").
TOPIC_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "means": (
        (r"\bcombien de (periodes|points|moyens|heures)\b", 0.55),
        (MEANS_ASKED_LAST, 0.55),
        (
            r"\b(periodes|moyens|encadrement|capital[- ]periodes)\b.{0,60}\b(ipt|integration|eleve|genere|octroy)\w*",
            0.45,
        ),
        (r"\b(restitu\w*|rendre les moyens|moyens restent acquis)\b", 0.55),
        (
            r"\b(coefficient|financement de base|subventions? de fonctionnement|frais de fonctionnement)\b",
            0.6,
        ),
        (r"\b(compt\w*|comptabilis\w*)\b.{0,40}\bordinaire\b", 0.45),
        # carrying unspent funds over to the next year: the texts answer, no means rule does
        (r"\breport\w*\b|\b(pas|non|mal) depens\w*|\bdepens\w* (pas|non)\b|\bsolde\b", -0.6),
    ),
}

# What a question asks for that no rule's conclusion states (an amount in euros, a place, an
# authority, a status, an appeal, Flemish-law notions, collective support, data availability): each
# lowers every rule's score except the listed rules or topics, so the texts answer through retrieval.
FOREIGN: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    (r"\b(montant|euros?|salaires?|baremes?|budget total|cout|couts|prix)\b", -0.6, ()),
    (
        r"\bou (doi\w+|faut-il|peut-on|sont|est|se trouvent?) (etre )?(conserv\w*|gard\w*|archiv\w*|encod\w*|class\w*|stock\w*)"
        r"|\b(conserv\w*|gard\w*|archiv\w*|encode\w*|class\w*|stock\w*) ou\b\W*$|\bl'encode ou\b",
        -0.6,
        (),
    ),
    (
        r"\b(quel service|qui contacter|contacter qui|adresse|telephone|courriel|personne de contact)\b",
        -0.6,
        ("deadlines.when", "contacts.service", "end.who_and_how"),
    ),
    (
        r"\b(sous quelle autorite|autorite|hierarchi\w*|superieur\w*|employeur)\b",
        -0.6,
        ("accompaniment.staff",),
    ),
    (r"\b(nomination|nomme\w*|titre definitif|statut|anciennete)\b", -0.6, ("means.appointments",)),
    (r"\b(recours|faire appel|appel a qui|contester|contestation|mediation)\b", -0.6, ()),
    (r"\b(rapport provisoire|rapport motive|verslag)\b", -0.8, ()),
    (r"\baccompagnement collectif\b", -0.6, ()),
    # sharing information about a pupil, professional secrecy (a CPMS that refuses to inform the pôle)
    (
        r"\bsecret (pro|professionnel)\w*|\bpartage (d'|des )(infos|informations|donnees)\b"
        r"|\b(donner|transmettre|communiquer|partager|fournir) (des |les |ses |leurs |aucune )?(infos|informations|donnees|renseignements)\b",
        -0.6,
        (),
    ),
    # notions of the Flemish decree only ("réseau de soutien", "périodes de cours"): never an FWB rule's
    (r"\breseaux? de soutien\b|\b(periodes|heures) de cours\b", -0.6, ()),
    # the dates of the school holidays themselves (not an obligation due around them)
    (
        r"\bquand (commence\w*|debute\w*|finiss\w*|se termine\w*|sont|ont lieu|tombent) (les )?(vacances|conges)\b"
        r"|\b(dates?|debut|fin) (des|de) (vacances|conges)\b",
        -0.6,
        (),
    ),
    (r"\b(chiffres|donnees|statistiques)\b.{0,30}\b(population|comptage|d'eleves)\b", -0.6, ()),
)

# Questions asking for an explanation, a definition or advice: not a rule's fact.
GENERAL = (
    r"^(qu'est-ce qu(?!'(il|ils|elles?|on)\b)|c'est quoi|que signifie|que veut dire|definition|definissez|expliquez|explique)",
    r"\bqu'est-ce qu'(un|une|on entend)\b",
    r"\b(comment se passe|comment fonctionne|comment collaborer|collaboration|role des parents|"
    r"conseils?|bonnes pratiques|exemples?|pourquoi)\b",
    r"\b(pedagogi\w*|amenagements? raisonnables?|logopede|kine|service d'accompagnement|aviq|phare|iriscare)\b",
)
