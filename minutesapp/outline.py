"""A meeting as a readable Markdown outline (``minutesapp parse --format markdown``)."""

from __future__ import annotations

from minutesapp.model import AgendaItem, Decision, Meeting, SectionKind

_KIND_TITLES = {"referat": "Referat", "dagsorden": "Dagsorden", "protokol": "Protokol", "unknown": "Møde"}


def meeting_to_markdown(meeting: Meeting) -> str:
    """Header, then per item: number and title, case number, closed, indstilling, decisions, bilag."""
    lines = [f"# {_KIND_TITLES.get(meeting.kind.value, 'Møde')}: {meeting.body or 'ukendt organ'}", ""]
    for label, value in (
        ("Dato", meeting.date),
        ("Tid", meeting.start_time),
        ("Sted", meeting.location),
        ("Deltagere", ", ".join(meeting.participants)),
        ("Fraværende", ", ".join(meeting.absent)),
        ("Kilde", _source_line(meeting)),
    ):
        if value:
            lines.append(f"- **{label}:** {value}")
    for item in meeting.items:
        lines.extend(["", *_item_lines(item)])
    return "\n".join(lines).rstrip() + "\n"


def _source_line(meeting: Meeting) -> str | None:
    source = meeting.source
    if source is None:
        return None
    pages = f", {source.pages} sider" if source.pages else ""
    return f"{source.path} ({source.format}{pages})"


def _item_lines(item: AgendaItem) -> list[str]:
    lines = [f"## Punkt {item.number}: {item.title}", ""]
    facts = []
    if item.case_number:
        facts.append(f"- **Sagsnr.:** {item.case_number}")
    if item.closed:
        facts.append("- **Lukket punkt**")
    if item.page:
        facts.append(f"- **Side:** {item.page}")
    lines.extend(facts)
    if item.indstilling:
        lines.extend(["", "### Indstilling", "", _quote(item.indstilling)])
    for decision in item.decisions:
        lines.extend(["", *_decision_lines(decision)])
    if item.attachments:
        lines.extend(["", "### Bilag", "", *(f"- {title}" for title in item.attachments)])
    elif not item.decisions and not item.indstilling:
        resume = item.sections_of(SectionKind.RESUME)
        if resume:
            lines.extend(["", _quote(resume[0].text)])
    return lines


def _decision_lines(decision: Decision) -> list[str]:
    who = decision.body or "Beslutning"
    when = f" {decision.date}" if decision.date else ""
    number = f" (punkt {decision.item_number})" if decision.item_number is not None else ""
    lines = [f"### Beslutning: {who}{when}{number}", "", _quote(decision.text)]
    facts = []
    if decision.against:
        facts.append(f"- **Imod:** {', '.join(decision.against)}")
    if decision.absent:
        facts.append(f"- **Fraværende:** {', '.join(decision.absent)}")
    return lines + ([""] + facts if facts else [])


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.strip().splitlines()) or "> —"
