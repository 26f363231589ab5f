"""The meeting library: files and folders kept in sync, full-text search, case tracking.

Core only (no Qt). Start with ``Library`` (api.py); ``decision_overview`` works on any Meeting.
"""

from minutesapp.library.api import Library, default_db_path
from minutesapp.library.index_db import LibraryVersionError
from minutesapp.library.overview import decision_overview
from minutesapp.library.query import QueryError
from minutesapp.library.records import (
    CaseTreatment,
    DecisionSummary,
    LibraryFailure,
    LibraryMeeting,
    ScanReport,
    SearchHit,
)
from minutesapp.library.search import SECTION_NAMES, SearchFilters

__all__ = [
    "SECTION_NAMES",
    "CaseTreatment",
    "DecisionSummary",
    "Library",
    "LibraryFailure",
    "LibraryMeeting",
    "LibraryVersionError",
    "QueryError",
    "ScanReport",
    "SearchFilters",
    "SearchHit",
    "decision_overview",
    "default_db_path",
]
