"""Regex building blocks shared by the intent cues (assistant/understand/cues.py): the wording of a
question that asks for a date, a missed or timely obligation, a leading condition, or the means."""

from __future__ import annotations

WHEN = r"\b(quand(?! meme\b)|date limite|echeance|delai|au plus tard|avant quelle date|pour quelle date|date butoir|quelles? dates?)\b"
# A missed or late obligation ("j'ai oublié le listing", "on est en retard pour le bilan").
# "dépasser 352 points / le budget / le plafond" exceeds an amount: no lateness
LATE = r"\b(oubli\w*|en retard|trop tard|depasse\w*(?! (les |le |la )?(\d|budget|plafond|maximum|limite))|rate|loupe)\b"
# Not yet done ("on n'a pas encore envoyé le listing", "pas encore encodé") or lost ("c'est foutu ?"):
# whether an obligation is late, like LATE.
NOT_YET = (
    r"\bpas encore (ete )?(envoy|transmi|encod|rentr|rendu|remi|introdui|communiqu|sign|fait)\w*"
    r"|\bc'est (fichu|foutu|perdu|mort)\b"
)
LATE = rf"{LATE}|{NOT_YET}"
# A countdown to a deadline ("il reste combien de jours ?", "dans combien de jours", "combien de jours de
# retard ?"): the days left until a date, which a dated obligation gives ("prévenu combien de jours avant
# la réunion ?" asks a notice period, not a countdown).
COUNTDOWN = (
    r"\b(il )?(me |nous |leur |lui )?rest(e|ent)(-t-il)? combien de (jours|semaines|temps)\b"
    r"|\bcombien de (jours|semaines|temps) (il )?(me |nous |leur |lui )?rest(e|ent)\b"
    r"|\bdans combien de (jours|semaines|temps)\b|\bcombien de (jours|semaines) (jusqu'a|de retard)\b"
)
WHEN = rf"{WHEN}|{COUNTDOWN}"
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
# The question's last clause has the means as the object of a verb of having, getting or keeping
# ("a-t-on droit aux 16 périodes ?", "l'école garde les périodes ?", "le pôle touche-t-il des points ?").
MEANS_OBJECT_LAST = (
    r"\b(droit|gard\w*|conserv\w*|recuper\w*|touch\w*|re[cç]oi\w*|recev\w*|perd\w*|rend\w*|beneficie\w*"
    r"|obtien\w*|gener\w*|rapport\w*|a|ont)(-t-(il|elle|on|ils|elles)|-(il|elle|on|ils|elles))? "
    # a per-pupil amount ("aux 16 périodes", "1,18 période"), not a global figure ("13.623 périodes")
    r"(a |aux |au |les |des |de |d'|ses |nos |leurs |ces |ce |sa |son |encore )?(\d{1,3}(,\d+)? )?"
    r"(periodes|points|moyens)\b[^.;:!?]{0,30}\?\s*$"
)
ASKS_MEANS = rf"{MEANS_ASKED_LAST}|{MEANS_OBJECT_LAST}|\bcombien de (periodes|points|moyens)\b"

# The question asks for a date ("… est acté quand ?", "pour quand", "à quelles dates"), not "quand"
# as a conjunction ("combien de périodes quand l'IPT débute en 2019").
ASKS_WHEN = (
    r"\bquand\W*$|^quand\b(?![^?]{0,200}[,:][^?]*\b(comment|combien|quel\w*|qui|est-ce|faut-il|peut-on|doit-on)\b)|\b(pour|avant|jusqu'a|d'ici|a partir de) quand\b|\bquand (doit|doivent|faut-il|est|sont|a lieu)\b"
    r"|\b(date limite|echeance|delai|au plus tard|avant quelle date|pour quelle date|jusqu'a quelle date|date butoir|a quelles? dates?)\b"
    rf"|{LATE}|{TIMELY}|{COUNTDOWN}"
)
