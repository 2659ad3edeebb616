"""Times shown in the user's own time zone. The store keeps every time in UTC without a zone
(:func:`core.storage.migrations.now_utc`); a page converts what it shows with the browser's zone (Streamlit's
``st.context.timezone``, an IANA name such as ``"Europe/Berlin"``, else ``st.context.timezone_offset``, minutes behind UTC
as JavaScript's ``Date.getTimezoneOffset`` gives them: ``-60`` for UTC+1), and says which zone it used, UTC named as the
fallback when the browser gave none (session 22: a user in Berlin saw UTC on History)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pandas as pd

log = logging.getLogger(__name__)

TIME_COLUMNS = ("created_at", "completed_at", "updated_at", "date")


@dataclass(frozen=True)
class LocalZone:
    """A zone times are shown in: ``name`` as said to the user, ``tz`` for the conversion, ``known`` False for the UTC
    fallback (the browser gave no zone)."""

    name: str
    tz: tzinfo
    known: bool = True

    def note(self) -> str:
        """The sentence under the times that names the zone."""
        if not self.known:
            return "Times are in UTC: your browser did not say its time zone."
        return f"Times are in your time zone ({self.name})."


UTC_FALLBACK = LocalZone("UTC", UTC, known=False)


def browser_zone(name: str | None, offset_minutes: int | None) -> LocalZone:
    """The zone of ``name`` (an IANA name) when it is one the system knows, else a fixed offset from ``offset_minutes``
    (minutes behind UTC, JavaScript's sign: ``-60`` is UTC+01:00), else :data:`UTC_FALLBACK`."""
    if name:
        try:
            return LocalZone(name, ZoneInfo(name))
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("Unknown browser time zone %r: using its offset", name)
    if offset_minutes is not None:
        ahead = timedelta(minutes=-int(offset_minutes))
        sign = "+" if ahead >= timedelta(0) else "-"
        hours, minutes = divmod(abs(int(ahead.total_seconds())) // 60, 60)
        return LocalZone(f"UTC{sign}{hours:02d}:{minutes:02d}", timezone(ahead))
    return UTC_FALLBACK


def to_local(values: pd.Series, zone: LocalZone) -> pd.Series:
    """UTC times without a zone (as stored) as the wall-clock times of ``zone``, still without a zone (what the tables and
    Altair charts draw as they are). Shape: a Series of the same index; missing values stay missing."""
    stamps = pd.to_datetime(values)
    if stamps.dt.tz is None:
        stamps = stamps.dt.tz_localize("UTC")
    return stamps.dt.tz_convert(zone.tz).dt.tz_localize(None)


def local_frame(frame: pd.DataFrame, zone: LocalZone, columns: tuple[str, ...] = TIME_COLUMNS) -> pd.DataFrame:
    """A copy of ``frame`` with its time columns (:data:`TIME_COLUMNS` present in it) in ``zone``'s wall-clock time."""
    present = [c for c in columns if c in frame.columns]
    return frame.assign(**{c: to_local(frame[c], zone) for c in present}) if present else frame


def local_moment(moment: datetime, zone: LocalZone) -> datetime:
    """One stored UTC time (without a zone) as ``zone``'s wall-clock time, without a zone."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(zone.tz).replace(tzinfo=None)


def stored_moment(local: datetime, zone: LocalZone) -> datetime:
    """``zone``'s wall-clock time ``local`` (without a zone) as the store keeps times: UTC without a zone (a date filter's
    bounds picked in local days)."""
    return local.replace(tzinfo=zone.tz).astimezone(UTC).replace(tzinfo=None)


def local_now(zone: LocalZone) -> pd.Timestamp:
    """Now as ``zone``'s wall-clock time, without a zone."""
    return pd.Timestamp.now(tz="UTC").tz_convert(zone.tz).tz_localize(None)
