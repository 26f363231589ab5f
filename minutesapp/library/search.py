"""Full-text search over the library: FTS5 over stems, bm25 ranking, snippets from the text."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from minutesapp.library.index_db import FTS_COLUMNS, FTS_WEIGHTS, title_text
from minutesapp.library.query import ParsedQuery, parse_query
from minutesapp.library.records import SearchHit
from minutesapp.library.snippets import Matcher

SECTION_NAMES: tuple[str, ...] = FTS_COLUMNS
# When several sections match equally well, the one that says most about the outcome wins.
_PREFERENCE = ("beslutning", "indstilling", "resume", "sagsfremstilling", "other", "procedure",
               "bilag", "notes", "title")


@dataclass(frozen=True)
class SearchFilters:
    """Narrow a search: body (case-insensitive substring), ISO date range, section kind."""

    body: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    section: str | None = None  # one of SECTION_NAMES ("beslutning" = only decisions)
    limit: int = 50


def search(conn: sqlite3.Connection, query: str | ParsedQuery, filters: SearchFilters = SearchFilters()) -> list[SearchHit]:
    """Items matching ``query``, best first. Raises QueryError for an empty query and
    ValueError for an unknown section."""
    parsed = parse_query(query) if isinstance(query, str) else query
    expression = parsed.to_fts()
    if filters.section is not None:
        if filters.section not in SECTION_NAMES:
            raise ValueError(f"unknown section {filters.section!r}; one of {', '.join(SECTION_NAMES)}")
        expression = f"{{{filters.section}}} : ({expression})"
    where = ["item_fts MATCH ?"]
    params: list[object] = [expression]
    if filters.body:
        where.append("instr(meetings.body_fold, ?) > 0")
        params.append(filters.body.casefold())
    if filters.date_from:
        where.append("meetings.date >= ?")
        params.append(filters.date_from)
    if filters.date_to:
        where.append("meetings.date <= ?")
        params.append(filters.date_to)
    params.append(max(1, filters.limit))
    weights = ", ".join(str(w) for w in FTS_WEIGHTS)
    rows = conn.execute(
        f"SELECT items.id, bm25(item_fts, {weights}) AS score, files.path, meetings.date,"
        " meetings.body, meetings.identity, items.number, items.title, items.page, items.case_number"
        " FROM item_fts JOIN items ON items.id = item_fts.rowid"
        " JOIN meetings ON meetings.file_id = items.file_id JOIN files ON files.id = items.file_id"
        f" WHERE {' AND '.join(where)} ORDER BY score LIMIT ?",
        params,
    ).fetchall()
    matcher = Matcher(parsed.positive)
    return [_hit(conn, matcher, filters.section, row) for row in rows]


def _hit(conn: sqlite3.Connection, matcher: Matcher, section: str | None, row: tuple) -> SearchHit:
    item_id, score, path, date, body, identity, number, title, page, case_number = row
    texts = {kind: (text, checkpoints) for kind, text, checkpoints in conn.execute(
        "SELECT kind, text, checkpoints FROM item_texts WHERE item_id = ?", (item_id,))}
    texts["title"] = (title_text(title, case_number), None)
    note = conn.execute("SELECT text FROM notes WHERE identity = ? AND item_number = ?",
                        (identity, number)).fetchone()
    if note:
        texts["notes"] = (note[0], None)
    stemmed = dict(zip(FTS_COLUMNS, conn.execute(
        f"SELECT {', '.join(FTS_COLUMNS)} FROM item_fts WHERE rowid = ?", (item_id,)).fetchone()))
    chosen = section or _best_section(texts, stemmed, matcher)
    text, checkpoints = texts.get(chosen, ("", None))
    snippet = matcher.snippet(text, stemmed[chosen], checkpoints)
    return SearchHit(file=path, date=date, body=body, item=number, title=title, section=chosen,
                     snippet=snippet.text, spans=snippet.spans, score=score, identity=identity, page=page)


def _best_section(texts: dict[str, tuple[str, bytes | None]], stemmed: dict[str, str], matcher: Matcher) -> str:
    ranked = sorted((kind for kind in _PREFERENCE if kind in texts),
                    key=lambda kind: matcher.quality(stemmed[kind]), reverse=True)
    return ranked[0] if ranked else "title"
