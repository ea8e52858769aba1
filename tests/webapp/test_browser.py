"""A real headless Chromium: ask, see the answer and a source quote, click 👍, find the row in SQLite."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from assistant.settings import PROJECT_ROOT

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.timeout(900)]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--disable-quic",
]
QUESTION = (
    "Mon élève est en IPT depuis 3 ans : faut-il une nouvelle attestation s'il retourne dans le spécialisé ?"
)


@pytest.fixture(scope="module")
def page(app_server):
    if not CHROMIUM.exists():
        pytest.skip(
            "/usr/bin/chromium is missing (apt-get install chromium chromium-driver; .ci/run does it)"
        )
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 1300}, locale="fr-BE")
        external: list[str] = []
        context.on(
            "request",
            lambda r: None if r.url.startswith((app_server.url, "data:")) else external.append(r.url),
        )
        pg = context.new_page()
        pg.set_default_timeout(30_000)
        pg.goto(app_server.url)
        pg.external_requests = external
        yield pg
        browser.close()


def _save(page, output_dir: Path, name: str) -> Path:
    path = output_dir / name
    page.screenshot(path=str(path), full_page=True)
    keep = PROJECT_ROOT / "test-output"
    keep.mkdir(exist_ok=True)
    shutil.copy(path, keep / name)
    return path


def test_ask_see_sources_and_vote(page, app_server, output_dir: Path) -> None:
    page.locator("#question textarea").fill(QUESTION)
    page.locator("#send").click()
    bot = page.locator("#chat .message.bot").last
    bot.locator("details.ipt-source").first.wait_for()
    assert "Réponse établie par les règles" in bot.inner_text()
    assert "Raisonnement" in bot.inner_text()
    summary = bot.locator("details.ipt-source summary").first
    assert "Circulaire" in summary.inner_text()
    summary.click()
    quote = bot.locator("details.ipt-source blockquote").first
    quote.wait_for(state="visible")
    assert "attestation" in quote.inner_text()
    page.get_by_label("Commentaire (facultatif)").fill("vu dans le navigateur")
    bot.hover()
    # Gradio translates the thumb's label with the browser locale (fr: « J'aime »)
    page.locator('#chat button[aria-label="J\'aime"], #chat button[aria-label=Like]').last.click()
    page.locator("#feedback-status").get_by_text("enregistré").wait_for()
    bot.evaluate("e => e.scrollIntoView({block: 'start'})")
    _save(page, output_dir, "webapp-chat.png")
    with sqlite3.connect(app_server.feedback_db) as conn:
        rows = conn.execute(
            "SELECT question, vote, kind FROM feedback WHERE comment = 'vu dans le navigateur'"
        ).fetchall()
    assert rows == [(QUESTION, "up", "rule")]
    assert page.external_requests == []


def test_question_html_is_not_executed(page) -> None:
    page.locator("#question textarea").fill(
        '<img src=x onerror="window.__pwned=1"> Quel CPMS signe le protocole ?'
    )
    page.locator("#send").click()
    page.locator("#chat .message.user").last.get_by_text("<img src=x").wait_for()
    assert page.evaluate("window.__pwned === undefined")


def test_calendar_tab_shows_timeline_and_table(page, output_dir: Path) -> None:
    page.get_by_role("tab", name="Calendrier").click()
    box = page.locator("#calendar-date textarea")
    box.fill("2025-10-01")
    box.press("Enter")
    svg = page.locator("#timeline svg.ipt-timeline")
    svg.get_by_text("Date de référence : 01/10/2025").wait_for()
    assert svg.locator("circle").count() >= 3
    _save(page, output_dir, "webapp-calendar.png")
    page.get_by_role("tab", name="Rôles des CPMS").click()
    table = page.locator("#roles-table")
    table.wait_for()
    page.wait_for_function("document.querySelector('#roles-table').innerText.includes('art. 13')")
    assert "CPMS spécialisé" in table.inner_text()
    _save(page, output_dir, "webapp-roles.png")
