"""Dates and times as printed in Danish and Swedish minutes."""

from __future__ import annotations

import pytest

from minutesapp.parsing.dates import find_date, find_time, parse_date


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("11-12-2025", "2025-12-11"),
        ("04.12.2012", "2012-12-04"),
        ("30.1.2023", "2023-01-30"),
        ("2025-08-27", "2025-08-27"),
        ("11. december 2025", "2025-12-11"),
        ("Torsdag den 20. juni 2013", "2013-06-20"),
        ("d. 11. december 2025", "2025-12-11"),
        ("11. dec. 2025", "2025-12-11"),
        ("tirsdag den 4. december 2012, kl. 13:00", "2012-12-04"),
        ("15 september 2022", "2022-09-15"),
        ("5 mars 2023", "2023-03-05"),
        ("den 1. maj 2024", "2024-05-01"),
        ("31-02-2024", None),
        ("29.02.2023", None),
        ("Sagsnr.: 2012-28504", None),
        ("Punkt 3", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_parse_date_wants_the_date_first() -> None:
    assert parse_date("Dato: 04.12.2012") is None
    assert find_date("Dato: 04.12.2012") == "2012-12-04"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("REFERAT Aarhus Byråd d. 27-08-2025", "2025-08-27"),
        ("Mødedato Onsdag d. 27. august 2025 kl. 16:00", "2025-08-27"),
        ("Sammanträdestid 28.3.2023 kl. 15.02–16.55", "2023-03-28"),
        ("Enkäten genomfördes 29.11 – 11.12.2022", "2022-12-11"),
        ("Dok.nr.: 2012-203438 den 31.02.2020 og 1.3.2020", "2020-03-01"),
        ("Ingen dato her", None),
    ],
)
def test_find_date(text: str, iso: str | None) -> None:
    assert find_date(text) == iso


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("kl. 15:30", "15:30"),
        ("kl. 16.15", "16:15"),
        ("Sammanträdestid 30.1.2023 kl. 16:15 – 18:35", "16:15"),
        ("28.3.2023 kl. 15.02–16.55", "15:02"),
        ("24.5.2023, klockan 16.00–18.10", "16:00"),
        ("kl 9", "09:00"),
        ("03.05.2023 18:20", "18:20"),
        ("Dato: 04.12.2012", None),
        ("kl. 25:00", None),
    ],
)
def test_find_time(text: str, time: str | None) -> None:
    assert find_time(text) == time
