"""The one list of month names (rules.calendar.MONTH_NAMES) read by the date slots and the claims."""

from assistant.claimed_dates import _MONTHS as CLAIMED_MONTHS
from assistant.rules.calendar import MONTH_NAMES
from assistant.understand.slots.dates import MONTH_RE, MONTHS


def test_month_slots_and_claims_share_the_calendar_names() -> None:
    assert [MONTHS[m] for m in CLAIMED_MONTHS] == list(range(1, 13))
    assert MONTH_NAMES[7] == "août" and MONTHS["aout"] == 8 and MONTHS["dec"] == 12
    assert MONTH_RE.split("|")[0] == "septembre"  # the longest first: "sept" never cuts "septembre"
