"""The pieces of the Gradio web app (`app.py` stays a thin launcher): rendering, session, tabs, limits."""
