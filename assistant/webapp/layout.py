"""The Gradio page: chat with sources, help-desk tools, feedback, calendar and CPMS-roles tabs.

`build_demo(assistant, settings, store)` returns the `gr.Blocks`; `queue_options(settings)` and
`launch_options(settings)` the arguments of `queue()` and `launch()` (theme and CSS moved there in
Gradio 6). API names: ask, new_conversation, vote_up, vote_down, draft, calendar.

A question is one event (`ask`), run with Gradio's pre/postprocessing switched off and done by the
components' own methods inside the handler: one worker-thread hop per question instead of one per
input and output (measured with `bench/load_app.py --server-pid`: server CPU per question).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import gradio as gr

from assistant.feedback import FeedbackStore
from assistant.settings import Settings
from assistant.webapp import roles, timeline
from assistant.webapp.session import Session, ask_turn, draft_reply, parse_reference_date, record_vote

TITLE = "Assistant IPT — intégrations permanentes totales (FWB)"
INTRO = (
    "# Assistant IPT\n"
    "Questions sur les **intégrations permanentes totales** en Fédération Wallonie-Bruxelles. "
    "Chaque réponse cite les textes (circulaire, décrets, arrêté) : dépliez une source pour lire "
    "le passage exact."
)
EXAMPLES = {
    "Coordinateur de pôle": [
        "Qui accompagne un élève en IPT en 2026-2027 ?",
        "Quand faut-il introduire la demande d'IPT ?",
        "Combien de périodes sont accordées pour un élève en IPT ?",
    ],
    "Agent CPMS": [
        "Quel est le rôle du CPMS de l'enseignement spécialisé dans une IPT ?",
        "Quel CPMS suit l'élève en intégration permanente totale ?",
        "Faut-il une nouvelle attestation si l'élève retourne dans l'enseignement spécialisé ?",
    ],
    "Help desk": [
        "Un élève peut-il commencer une IPT en cours d'année scolaire ?",
        "Que doit contenir le protocole d'intégration ?",
        "Qu'est-ce que le PIA d'un élève en intégration ?",
    ],
}
CSS = """
.ipt-source { margin: 0.3em 0; border-left: 3px solid #9ca3af; padding-left: 0.6em; }
.ipt-source summary { cursor: pointer; font-weight: 600; }
.ipt-source blockquote { margin: 0.4em 0; font-style: italic; }
.ipt-notes { color: #6b7280; }
.ipt-timeline-box { overflow-x: auto; }
"""


STATUS_UPDATE_S = 5.0  # queue position/ETA sent every 5 s, not to every waiting event at each start


def queue_options(settings: Settings) -> dict:
    """Keyword arguments for `demo.queue()`."""
    return {
        "default_concurrency_limit": settings.concurrency_limit,
        "max_size": settings.queue_max_size,
        "status_update_rate": STATUS_UPDATE_S,
    }


def launch_options(settings: Settings) -> dict:
    """Keyword arguments for `demo.launch()`."""
    opts: dict = {
        "server_name": settings.host,
        "server_port": settings.port,
        "css": CSS,
        "theme": gr.themes.Default(),
        "footer_links": [],
        "show_error": False,
        "ssr_mode": False,
        "pwa": False,
    }
    if settings.auth:
        user, _, password = settings.auth.partition(":")
        opts["auth"] = (user, password)
        opts["auth_message"] = "Assistant IPT : connectez-vous."
    return opts


def build_demo(assistant, settings: Settings, store: FeedbackStore) -> gr.Blocks:
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        session = gr.State(Session())
        gr.Markdown(INTRO)
        with gr.Tabs():
            with gr.Tab("Questions", id="chat"):
                today = _chat_tab(assistant, settings, store, session)
            with gr.Tab("Calendrier", id="calendar") as cal_tab:
                cal_date = gr.Textbox(label="Date de référence (AAAA-MM-JJ)", elem_id="calendar-date")
                cal_header = gr.Markdown()
                cal_svg = gr.HTML(elem_classes=["ipt-timeline-box"], elem_id="timeline")
                cal_table = gr.Dataframe(
                    label="Échéances",
                    interactive=False,
                    wrap=True,
                    column_widths=["9%", "16%", "22%", "20%", "13%", "10%", "10%"],
                )
            with gr.Tab("Rôles des CPMS", id="roles"):
                intro, frame = roles.roles_view(_source_titles())
                gr.Markdown(intro)
                gr.Dataframe(
                    value=frame,
                    label="Rôles des CPMS",
                    elem_id="roles-table",
                    interactive=False,
                    wrap=True,
                    max_height=900,
                    column_widths=["12%", "26%", "26%", "18%", "7%", "11%"],
                )
        cal_outputs = [cal_header, cal_svg, cal_table]
        cal_date.submit(_calendar, cal_date, cal_outputs, api_name="calendar")
        cal_tab.select(_calendar, cal_date, cal_outputs, api_name=False)
        # today's date is filled in at page load (not at build time: the server runs for days)
        demo.load(_today_texts, None, [today, cal_date], api_name=False).then(
            _calendar, cal_date, cal_outputs, api_name=False
        )
    return demo


def _today_texts() -> tuple[str, str]:
    return dt.date.today().isoformat(), dt.date.today().isoformat()


@lru_cache(maxsize=1)
def _source_titles() -> dict[str, str]:
    from assistant.ingest.sources import load_sources

    try:
        return {s.id: s.title for s in load_sources()}
    except Exception:  # titles are a nicety: fall back to the ids
        return {}


def _calendar(date_text: str):
    reference = parse_reference_date(date_text) or dt.date.today()
    return timeline.calendar_view(reference, _source_titles())


def _chat_tab(assistant, settings: Settings, store: FeedbackStore, session: gr.State) -> gr.Textbox:
    """The chat, its tools and feedback; returns the reference-date box."""
    chatbot = gr.Chatbot(
        label="Conversation",
        show_label=False,
        elem_id="chat",
        height=620,
        buttons=["copy"],
        feedback_options=("Like", "Dislike"),
        placeholder="Posez votre question sur les IPT ci-dessous, ou choisissez un exemple.",
    )
    with gr.Row():
        question = gr.Textbox(
            label="Votre question",
            placeholder="Ex. : Quand faut-il introduire la demande d'IPT ?",
            lines=2,
            scale=5,
            elem_id="question",
        )
        send = gr.Button("Envoyer", variant="primary", scale=1, elem_id="send")
    with gr.Row():
        today = gr.Textbox(
            label="Date de référence (AAAA-MM-JJ, vide = aujourd'hui)", scale=2, elem_id="today"
        )
        new = gr.Button("Nouvelle conversation", scale=1, elem_id="new-conversation")
    with gr.Accordion("Exemples de questions", open=True):
        for who, questions in EXAMPLES.items():
            gr.Examples(examples=[[q] for q in questions], inputs=[question], label=who)
    with gr.Row():
        up = gr.Button("👍 Réponse utile", elem_id="vote-up", scale=1)
        down = gr.Button("👎 Réponse à améliorer", elem_id="vote-down", scale=1)
        comment = gr.Textbox(label="Commentaire (facultatif)", lines=1, scale=3, elem_id="comment")
    status = gr.Markdown(elem_id="feedback-status")
    with gr.Accordion("Help desk : rédiger une réponse", open=False):
        draft_btn = gr.Button("Rédiger une réponse", elem_id="draft")
        draft_box = gr.Textbox(label="Brouillon de réponse", lines=12, buttons=["copy"], elem_id="draft-box")
    last = gr.JSON(visible=False, label="Dernière réponse")

    def on_ask(q: str | None, date_text: str | None, s: Session):
        s = ask_turn(assistant, settings, s, question.preprocess(q), today.preprocess(date_text))
        turn = s.turns[-1]
        payload = turn.answer.model_dump(mode="json") if turn.answer else {"notice": turn.notice}
        return _wire(chatbot, s.messages()), s, "", _wire(last, payload)

    ask_io = {
        "inputs": [question, today, session],
        "outputs": [chatbot, session, question, last],
        "preprocess": False,  # done in on_ask (see the module docstring)
        "postprocess": False,
    }
    send.click(on_ask, **ask_io, api_name="ask")
    question.submit(on_ask, **ask_io, api_name=False)

    def on_new():
        return [], Session(), "", None, "", ""

    new.click(
        on_new, None, [chatbot, session, question, last, draft_box, status], api_name="new_conversation"
    )

    def vote(kind: str):
        def fn(s: Session, text: str):
            return record_vote(store, s, kind, text), ""

        return fn

    up.click(vote("up"), [session, comment], [status, comment], api_name="vote_up")
    down.click(vote("down"), [session, comment], [status, comment], api_name="vote_down")

    def on_like(s: Session, text: str, data: gr.LikeData):
        if data.liked not in (True, False) or not isinstance(data.index, int):
            return "", text
        return record_vote(store, s, "up" if data.liked else "down", text, message_index=data.index), ""

    chatbot.like(on_like, [session, comment], [status, comment], api_name=False)
    draft_btn.click(draft_reply, session, draft_box, api_name="draft")
    return today


def _wire(component: gr.components.Component, value):
    """`value` as the component's own postprocess sends it to the page."""
    out = component.postprocess(value)
    return out.model_dump() if hasattr(out, "model_dump") else out
