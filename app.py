"""The web app: `python app.py` (or `assistant serve`) on 127.0.0.1:7860 by default.

Thin: settings, the Assistant facade, the feedback store, then the page from `assistant.webapp`.
"""

from __future__ import annotations

import logging
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


def main() -> None:
    from assistant.chat import Assistant
    from assistant.feedback import FeedbackStore
    from assistant.settings import get_settings
    from assistant.webapp.layout import build_demo, launch_options

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    settings = get_settings()
    assistant = Assistant(settings)
    logging.info("Chargement de l'index…")
    assistant.warm_up()
    store = FeedbackStore.in_data_dir(settings.data_dir)
    demo = build_demo(assistant, settings, store)
    demo.queue(default_concurrency_limit=settings.concurrency_limit, max_size=settings.queue_max_size)
    demo.launch(**launch_options(settings))


if __name__ == "__main__":
    main()
