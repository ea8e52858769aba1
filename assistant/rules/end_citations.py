"""The verbatim citations of the end of an IPT: who may ask for it and how it is decided, the date it ends,
the procedure and documents mid-year and at the end of the year (circular points 1.5, 5 and 7, table
"Documents à renvoyer") and, for the pôles, the e-pôles stop PDF (Infos du Pacte). Used by end.py.
"""

from __future__ import annotations

from assistant.rules.cite import circ, pacte

RULES_IPT = "partie IV, Règles et procédures en lien avec les intégrations permanentes totales, Q&R "
C_WHO = circ(
    "point 1.5",
    "À tout moment de l’année scolaire ou à la fin de celle-ci, chacun des partenaires de l’IPT ou le CPMS de "
    "l’école d’enseignement ordinaire qui assure la guidance de l’élève peut demander l’arrêt de l’intégration. "
    "Cette demande est concertée entre tous les partenaires de l’IPT, et la décision est prise de manière collégiale.",
)
C_UNANIMITY = circ(  # the whole answer of Q&A 14: who asks at the end of a year, the CPMS, the decision
    "point 5, question 14",
    "Au terme de chaque année scolaire, chacun des partenaires du protocole peut demander de mettre fin à l'IPT et "
    "le retour à temps plein de l’élève dans l’enseignement spécialisé. Le CPMS de l’école d’enseignement ordinaire "
    "qui assure la guidance de l’élève peut aussi demander l’arrêt de l’IPT6. "
    "Cette demande est concertée entre tous les partenaires de l’IPT, et la décision est prise de manière collégiale "
    "(les partenaires devant tendre à rallier l’unanimité).",
)
C_END_DATE = circ(
    "point 1.5",
    "Celle-ci prend fin le dernier jour de l’année scolaire (date de l’arrêt) ou à la date de l’évènement (en "
    "cas d’arrêt en cours d’année scolaire).",
)
C_MID_PROC = circ(
    "point 1.5",
    "Procédure pour l’arrêt d’une IPT en cours d’année scolaire : 1) Complétez le « bilan d’intégration » en "
    "motivant la décision d’arrêt de l’IPT (annexe 4). 2) Transmettez "
    "ce document à l’Administration sur la boite mail générique « intégration ».",
)
C_MAILBOX = circ(
    "documents à renvoyer",
    "Bilan de l’intégration Par mail (en cas d’arrêt de l’IPT en cours d’année scolaire) "
    "integration_specialise@cfwb.be 30 jours calendrier à dater de la décision de l’arrêt",
)
C_REPORT_30 = circ(
    "point 7",
    "Excepté dans le cas d’un arrêt d’IPT en cours d’année scolaire, le bilan est à envoyer à l’Administration au "
    "plus tard dans les 30 jours calendrier à dater de la décision de l’arrêt d’intégration.",
)
C_PV = circ(
    "point 5, question 16",
    "Le procès-verbal de la décision actant la fin de l’IPT est tenu à la disposition de l’Administration.",
)
C_LISTING = circ(
    "point 1.5",
    "Procédure pour l’arrêt d’une IPT en fin d’année scolaire : 1) Complétez le « bilan d’intégration » en motivant "
    "la décision d’arrêt de l’IPT (annexe 4). 2) Complétez le listing « prolongation via un pôle territorial ou arrêt ».",
)
C_PREFILLED = circ(
    "point 7",
    "Au terme de l’année scolaire, l’Administration vous transmettra par mail les annexes 4 (bilan de l’intégration) "
    "pré-remplis. Ces documents devront être complétés par les écoles et tenus à la disposition des vérificateurs de "
    "la population scolaire. Il n’est donc plus nécessaire de scanner ces annexes et de les transmettre par mail à "
    "l’Administration.",
)
C_POLE_PDF = pacte(
    RULES_IPT + "« Faut-il générer une annexe 4 dans e-pôles si l’élève change d’école coopérante ? »",
    "Dans le cadre du dispositif des pôles, on ne parle plus d’ « annexe 4 » mais de PDF d’arrêt de l’intégration "
    "permanente totale. Si un élève change de pôle ou d’école coopérante, le coordonnateur du pôle territorial "
    "imprime le PDF d’arrêt qui est complété et signé par tous les partenaires de l’intégration et signale l’arrêt "
    "dans e-pôles.",
)
C_POLE_WHO = pacte(  # the whole sentence: who may ask, and when ("À tout moment …")
    RULES_IPT + "« Qui décide des arrêts d’intégration ? Si le centre PMS signe un document sur… »",
    "À tout moment de l’année scolaire ou à la fin de celle-ci, chacun des partenaires de l’intégration (école d’enseignement ordinaire, parents/élève majeur ou pôle) ou le "
    "centre PMS de l’école d’enseignement ordinaire qui assure la guidance de l’élève peut demander l’arrêt de l’intégration.",
)

C_POLE_KEEP = pacte(
    RULES_IPT + "« Faut-il générer une annexe 4 dans e-pôles si l’élève change d’école coopérante ? »",
    "Le document PDF signé est conservé dans le dossier de l’élève au pôle territorial et une copie est également "
    "conservée dans le dossier de l’élève auprès de l’école d’enseignement ordinaire.",
)


C_FAIL = circ(
    "point 5, question 16",
    "Les partenaires du protocole d’IPT peuvent, par décision collégiale motivée, mettre fin à l’IPT et autoriser "
    "le retour à temps plein de l'élève dans l'enseignement spécialisé en cours d'année scolaire.",
)
C_BACK_AT_ONCE = circ(
    "point 5, question 16",
    "Dès que la décision est prise, l’élève retourne à temps plein dans l’école d’enseignement spécialisé.",
)
C_CPMS_STOP = (
    circ(  # the CPMS table's cell on the stop: said when the ordinary school's CPMS is the asked actor
        "point 1.6",
        "Peut demander l’arrêt de l’IPT mais cet arrêt doit être concerté avec tous les partenaires.",
    )
)
