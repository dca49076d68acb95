"""The public site's files, written from what collect.py gathered: the pages (Jinja2, every
value HTML-escaped), the search index (a script, so that it loads from file:// too), the open
data (CSV with a BOM for Excel, and JSON) with the page that describes its columns, and the
Atom feed. The site is Vietnamese whatever the interface's language.

Addresses are relative (the site works from a folder, a USB stick or any web host) and stable:
a record's page is named by its ID (``kien-nghi/<id>.html``), without the citizens' names an ID
may hold; a roll-up's units each have a folder (``don-vi/<unit>/``).
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from tiepxuc.messages import t_vi
from tiepxuc.site.collect import FIGURES, GROUPS, RESOLUTION, Unit

FORMAT = "tiepxuc-cong-khai/1"
MARKER = ".tiepxuc-cong-khai"  # in every site written: a folder without it is never replaced
ASSETS = "tai-nguyen"
FEED_ENTRIES = 200
TEXTS = ("content", "answers", "replies", "results", "conclusions")

# The open data: file → its columns (each described by doc.site.col.<column>).
PETITION_COLUMNS = (
    "ma_don_vi", "don_vi", "ma_kien_nghi", "nam", "ngay_hoi_nghi", "ma_hoi_nghi", "ma_linh_vuc",
    "linh_vuc", "nguoi_kien_nghi", "noi_dung", "tham_quyen", "tra_loi_tai_hoi_nghi",
    "co_quan_giai_quyet", "han_giai_quyet", "trang_thai_han", "ngay_hoan_thanh", "dien_bien",
    "tinh_trang", "tinh_trang_ten", "ket_qua", "trang")
SESSION_COLUMNS = (
    "ma_don_vi", "don_vi", "ma_hoi_nghi", "ngay", "nam", "loai", "hinh_thuc", "dia_diem",
    "chu_de", "nguoi_chu_tri", "tinh_trang_hoi_nghi", "so_nguoi_tham_du", "so_kien_nghi",
    "thong_bao_ket_luan", "ngay_thong_bao_ket_luan", "trang")
AGENCY_COLUMNS = (
    "ma_don_vi", "don_vi", "co_quan", "so_kien_nghi", "giai_quyet_dung_han",
    "giai_quyet_qua_han", "dang_giai_quyet_trong_han", "qua_han", "ty_le_dung_han", "trang")
FIGURE_COLUMNS = (
    "ma_don_vi", "don_vi", "nam", "so_hoi_nghi", "so_kien_nghi", "so_tra_loi_tai_hoi_nghi",
    "giai_quyet_dung_han", "giai_quyet_qua_han", "dang_giai_quyet_trong_han", "qua_han")
DATA_FILES = (("kien-nghi", PETITION_COLUMNS), ("hoi-nghi", SESSION_COLUMNS),
              ("co-quan", AGENCY_COLUMNS), ("so-lieu", FIGURE_COLUMNS))


def _day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


@lru_cache(maxsize=1)
def environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined, auto_reload=False)
    env.filters["ngay"] = _day
    return env


@lru_cache(maxsize=4096)
def _to(page: str):
    """Addresses (given from the site's root) as a link on ``page`` writes them: the shortest
    relative path (“../hoi-nghi/x.html” from a petition's page, not from the root)."""
    folders = page.split("/")[:-1]
    pairs = [("/".join(folders[:n]) + "/", "../" * (len(folders) - n))
             for n in range(len(folders), 0, -1)]

    def to(path: str) -> str:
        for prefix, up in pairs:
            if path.startswith(prefix):
                return up + path[len(prefix):]
        return "../" * len(folders) + path
    return to


def shown(options: dict[str, bool]) -> dict[str, list[str]]:
    """What the unit's pages publish and what they do not, in words."""
    published = [t_vi("doc.site.shown.facts")]
    published += [t_vi(f"doc.site.shown.{name}") for name in TEXTS if options.get(name)]
    off = [t_vi(f"doc.site.shown.{name}") for name in TEXTS if not options.get(name)]
    withheld = [t_vi("doc.site.shown.personal"), *off, t_vi("doc.site.shown.withheld")]
    # every page's footer says it in short (the about page in full)
    brief = [t_vi("doc.site.shown.facts_short"), *(
        t_vi(f"doc.site.shown.{name}") for name in TEXTS if options.get(name))]
    return {"published": published, "withheld": withheld, "off": off, "brief": brief}


def groups() -> list[tuple[str, str]]:
    return [(code, t_vi(f"doc.site.group.{code}")) for code in GROUPS]


@dataclass
class Site:
    """What every page shows of the site as a whole."""

    name: str
    as_of: date
    top: dict  # {"shown": …} of the repository published
    rollup: bool = False


class Writer:
    """Writes the site's files under ``out`` (folders made as needed, each once)."""

    def __init__(self, out: Path, site: Site) -> None:
        self.out = out
        self.site = site
        self.files = 0
        self.bytes = 0
        self._folders: set[str] = set()
        self._chromes: dict[tuple, dict] = {}

    def write(self, path: str, data: str | bytes) -> None:
        folder = path.rpartition("/")[0]
        if folder not in self._folders:
            os.makedirs(self.out / folder, exist_ok=True)
            self._folders.add(folder)
        raw = data.encode("utf-8") if isinstance(data, str) else data
        with open(self.out / path, "wb") as handle:
            handle.write(raw)
        self.files += 1
        self.bytes += len(raw)

    def page(self, path: str, template: str, *, unit: Unit | None, **values) -> None:
        to = _to(path)
        html = environment().get_template(template).render(
            site=self.site, as_of=self.site.as_of, to=to, unit=unit,
            chrome=self._chrome(unit, path.rpartition("/")[0], to), **values)
        self.write(path, html)

    def _chrome(self, unit: Unit | None, folder: str, to) -> dict:
        """The head's links, the header and the footer of the pages of ``unit`` in ``folder``
        (the same on all of them: made once)."""
        key = (unit.prefix if unit is not None else None, folder)
        made = self._chromes.get(key)
        if made is None:
            from markupsafe import Markup

            module = environment().get_template("chrome.html").make_module(
                {"site": self.site, "as_of": self.site.as_of, "to": to, "unit": unit})
            made = {part: Markup(getattr(module, part)()) for part in ("links", "header",
                                                                        "footer")}
            self._chromes[key] = made
        return made


# ---------------------------------------------------------------- one unit's pages


def unit_view(unit: Unit) -> Unit:
    """The unit with what its footer says it publishes."""
    unit.shown = shown(unit.options)  # type: ignore[attr-defined]
    return unit


@dataclass
class IndexView:
    """What a unit's index page shows, without the rest of its pages (plain, to be written
    after a worker wrote the others: the roll-up's index waits for every unit's figures)."""

    unit: Unit
    fields: list[tuple[str, str]]
    groups: list[tuple[str, str]]
    searchable: bool


def index_view(unit: Unit) -> IndexView:
    from dataclasses import replace

    sessions = [{key: s[key] for key in ("id", "url", "date", "year", "kind_label", "topic",
                                         "state")} | {"petitions": range(len(s["petitions"]))}
                for s in unit.sessions]
    light = replace(unit, sessions=sessions, petitions=[], hits=[],
                    agencies=[{"name": a["name"]} for a in unit.agencies])
    used = sorted({p["field"] for p in unit.petitions})
    present = {p["status"] for p in unit.petitions}
    return IndexView(unit_view(light), [(code, unit.fields.get(code, code)) for code in used],
                     [g for g in groups() if g[0] in present], bool(unit.petitions))


def write_index(writer: Writer, view: IndexView, rollup: dict | None = None) -> None:
    """The unit's index: figures by year, the search, the sessions of each year (and, for the
    repository published when it has units, the roll-up's tables)."""
    unit = view.unit
    writer.page(f"{unit.prefix}index.html", "index.html", title=t_vi("doc.site.title_index"),
                unit=unit, rollup=rollup, fields=view.fields, groups=view.groups,
                searchable=view.searchable)


def write_unit(writer: Writer, unit: Unit) -> IndexView:
    """The unit's pages but its index (returned, to be written with write_index): its search
    index, a page per session, petition and agency."""
    unit_view(unit)
    prefix = unit.prefix
    if unit.petitions:
        writer.write(f"{prefix}chi-muc.js", search_index(unit))
    for s in unit.sessions:
        writer.page(s["url"], "session.html", title=t_vi(
            "doc.site.title_session", kind=s["kind_label"], date=_day(s["date"])), unit=unit, s=s)
    for p in unit.petitions:
        writer.page(p["url"], "petition.html", title=p["title"], unit=unit, p=p)
    writer.page(f"{prefix}co-quan/index.html", "agencies.html",
                title=t_vi("doc.site.title_agencies"), unit=unit)
    for a in unit.agencies:
        writer.page(a["url"], "agency.html", title=a["name"], unit=unit, a=a)
    return index_view(unit)


def _script_json(value) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    # inside a script: no "</script>" and no line separators that older engines choke on
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def search_index(unit: Unit) -> str:
    """The unit's petitions for tim-kiem.js: addresses relative to the unit's index."""
    agencies = {a["name"]: i for i, a in enumerate(unit.agencies)}
    cut = len(unit.prefix)
    items = [[p["url"][cut:], p["title"], _day(p["date"]), p["year"], p["field"], p["status"],
              agencies.get(p["agency"], -1) if p["agency_url"] else -1, p["search"]]
             for p in unit.petitions]  # newest first
    data = {"linh_vuc": unit.fields, "tinh_trang": dict(groups()),
            "co_quan": [a["name"] for a in unit.agencies], "muc": items}
    return "window.TIEPXUC_CHI_MUC = " + _script_json(data) + ";\n"


# ---------------------------------------------------------------- what the site's root needs


@dataclass
class Summary:
    """A unit as the site's root pages, data files and feed need it (plain, for pickling from a
    worker): its figures, its rows of open data, its newest events."""

    key: str
    name: str
    prefix: str
    options: dict
    years: list[dict]
    withheld: dict
    unreasoned: list[str]
    unreadable: int
    hits: list
    index: IndexView | None = None  # its index page, when written later
    petitions: list[tuple] = field(default_factory=list)
    sessions: list[tuple] = field(default_factory=list)
    agencies: list[tuple] = field(default_factory=list)
    feed: list[tuple] = field(default_factory=list)  # (date, order, id, title, url, summary)
    counts: dict = field(default_factory=dict)

    @property
    def shown(self) -> dict:
        return shown(self.options)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def summarise(unit: Unit, as_of: date) -> Summary:
    """What the site's root needs of ``unit``."""
    key = unit.key
    out = Summary(key, unit.name, unit.prefix, unit.options, unit.years, unit.withheld,
                  unit.unreasoned, unit.unreadable, unit.hits)
    if unit.hits:
        return out
    for p in unit.petitions:
        d = p["deadline"]
        by = p["organisation"] or (t_vi("doc.site.citizen_of", group=p["group"]) if p["group"]
                                   else t_vi("doc.site.citizen"))
        out.petitions.append((
            key, unit.name, p["id"], p["year"], _iso(p["date"]), p["session"]["id"], p["field"],
            p["field_name"], by, p["content"], p["competence"],
            p["answer"]["kind"] if p["answer"] else None, p["agency"],
            _iso(d.due) if d else None, d.status if d else None,
            _iso(d.done) if d and d.done and d.done <= as_of else None, p["state"], p["status"],
            p["status_label_group"],
            p["resolution"]["result"] if p["resolution"] else None, p["url"]))
    for s in unit.sessions:
        notice = s["notices"][-1] if s["notices"] else None
        out.sessions.append((
            key, unit.name, s["id"], _iso(s["date"]), s["year"], s["kind"], s["format_label"],
            s["place"], s["topic"],
            "; ".join(f"{c['name']} ({c['position']})" for c in s["chairs"]), s["state"],
            s["present"] or None, len(s["petitions"]) if s["state"] == "held" else None,
            notice["number"] if notice else None, _iso(notice["date"]) if notice else None,
            s["url"]))
    for a in unit.agencies:
        out.agencies.append((key, unit.name, a["name"], a["total"], *(a[k] for k in RESOLUTION),
                             a["on_time_percent"], a["url"]))
    events = []
    for p in unit.petitions:
        events.append((p["date"], 0, p["id"], t_vi("doc.site.feed_new", title=p["title"]),
                       p["url"], p["content"] or p["title"]))
        if p["resolution"] is not None:
            events.append((p["resolution"]["date"], 1, p["id"],
                           t_vi("doc.site.feed_result", title=p["title"]), p["url"],
                           p["resolution"]["result"] or p["status_label_group"]))
    events.sort(key=lambda e: (e[0], e[1], e[2]), reverse=True)
    out.feed = events[:FEED_ENTRIES]
    out.counts = {"sessions": len(unit.sessions), "petitions": len(unit.petitions),
                  "agencies": len(unit.agencies)}
    return out


def rollup_view(summaries: list[Summary], own: Unit | None = None) -> dict:
    """The roll-up's tables: each year, a row per unit (alphabetical), the sessions the
    repository published held itself (``own``, if any), and the total."""
    from tiepxuc.repeats import fold

    units = sorted(summaries, key=lambda s: (fold(s.name), s.name))
    members = [*units, *([own] if own is not None and own.years else [])]
    years = sorted({row["year"] for s in members for row in s.years}, reverse=True)
    out = []
    for year in years:
        rows = []
        for s in members:
            row = next((r for r in s.years if r["year"] == year), None)
            rows.append({"name": s.name, "prefix": s.prefix if s is not own else None,
                         **(row if row else {"year": year, **dict.fromkeys(FIGURES, 0)})})
        total = {k: sum(r[k] for r in rows) for k in FIGURES}
        out.append({"year": year, "units": rows, "total": total})
    return {"years": out, "units": [{"name": s.name, "prefix": s.prefix} for s in units]}


def write_root(writer: Writer, summaries: list[Summary], *, unit_name: str) -> None:
    """The pages and files of the site's root: about, open data, feed, assets, marker."""
    site = writer.site
    for name in ("site.css", "tim-kiem.js"):
        writer.write(f"{ASSETS}/{name}", (Path(__file__).parent / "static" / name).read_bytes())
    views = [{"name": s.name, "prefix": s.prefix, "shown": s.shown, "withheld": s.withheld}
             for s in summaries]
    writer.page("gioi-thieu.html", "about.html", title=t_vi("doc.site.title_about"),
                unit=None, units=views, groups=groups(),
                group_notes={code: t_vi(f"doc.site.group_note.{code}") for code in GROUPS})
    files = []
    rows = {"kien-nghi": [r for s in summaries for r in s.petitions],
            "hoi-nghi": [r for s in summaries for r in s.sessions],
            "co-quan": [r for s in summaries for r in s.agencies],
            "so-lieu": [(s.key, s.name, y["year"], *(y[k] for k in FIGURES))
                        for s in summaries for y in sorted(s.years, key=lambda y: y["year"])]}
    for name, columns in DATA_FILES:
        writer.write(f"du-lieu/{name}.csv", csv_bytes(columns, rows[name]))
        writer.write(f"du-lieu/{name}.json", json_text(columns, rows[name], site, unit_name))
        files.append({"name": name, "title": t_vi(f"doc.site.data.{name}"),
                      "about": t_vi(f"doc.site.data_about.{name}"), "rows": len(rows[name]),
                      "columns": [(c, _column(name, c)) for c in columns]})
    code_lists = [
        (t_vi("doc.site.codes.tinh_trang"), groups()),
        (t_vi("doc.site.codes.trang_thai_han"),
         [(c, t_vi(f"status.{c}")) for c in ("within", "due_soon", "overdue", "done_on_time",
                                             "done_late")]),
        (t_vi("doc.site.codes.dien_bien"),
         [(c, t_vi(f"petition_state.{c}")) for c in (
             "waiting", "answered", "in_progress", "replied", "resolved", "reopened",
             "declined", "to_forward", "forwarded", "reply_received")]),
        (t_vi("doc.site.codes.tra_loi"),
         [(c, t_vi(f"enum.AnswerKind.{c}")) for c in ("answered", "answer_later", "declined")]),
        (t_vi("doc.site.codes.tham_quyen"),
         [(c, t_vi(f"enum.Competence.{c}")) for c in ("own_level", "level_above",
                                                      "other_agency")]),
        (t_vi("doc.site.codes.loai"),
         [(c, t_vi(f"enum.SessionKind.{c}")) for c in ("periodic", "thematic", "ad_hoc",
                                                       "regular")]),
        (t_vi("doc.site.codes.tinh_trang_hoi_nghi"),
         [(c, t_vi(f"doc.site.session_state.{c}")) for c in ("held", "upcoming", "cancelled")]),
        (t_vi("doc.site.codes.ma_don_vi"), [(".", unit_name)] + [
            (s.key, s.name) for s in summaries if s.key != "."]),
    ]
    writer.page("du-lieu/index.html", "data.html", title=t_vi("doc.site.title_data"), unit=None,
                files=files, code_lists=code_lists)
    writer.write("feed.xml", feed(summaries, site, unit_name))
    writer.write(MARKER, t_vi("doc.site.marker") + "\n")


def _column(file: str, column: str) -> str:
    """What a column holds: its meaning in that file, or the meaning it has in every file."""
    from tiepxuc.messages import has

    key = f"doc.site.col.{file}.{column}"
    return t_vi(key) if has(key) else t_vi(f"doc.site.col.{column}")


def csv_bytes(columns, rows) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel reads the Vietnamese letters right."""
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow(columns)
    out.writerows(["" if v is None else v for v in row] for row in rows)
    return b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8")


def json_text(columns, rows, site: Site, unit_name: str) -> str:
    data = {"dinh_dang": FORMAT, "cap_nhat_den": site.as_of.isoformat(), "don_vi": unit_name,
            "cot": list(columns), "ban_ghi": [dict(zip(columns, row)) for row in rows]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def feed(summaries: list[Summary], site: Site, unit_name: str) -> bytes:
    """An Atom feed of the newest petitions and results (addresses relative to the feed)."""
    import xml.etree.ElementTree as ET

    atom = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", atom)

    def sub(parent, tag: str, text: str | None = None, **attributes):
        element = ET.SubElement(parent, f"{{{atom}}}{tag}", attributes)
        if text is not None:
            element.text = text
        return element

    def stamp(day: date) -> str:
        return f"{day.isoformat()}T00:00:00+07:00"

    events = sorted(((e, s) for s in summaries for e in s.feed),
                    key=lambda pair: (pair[0][0], pair[0][1], pair[1].key, pair[0][2]),
                    reverse=True)[:FEED_ENTRIES]
    root = ET.Element(f"{{{atom}}}feed")
    sub(root, "title", t_vi("doc.site.feed_title", unit=unit_name))
    sub(root, "subtitle", t_vi("doc.site.feed_subtitle", date=_day(site.as_of)))
    sub(root, "id", f"urn:tiepxuc:cong-khai:{_urn(unit_name)}")
    sub(root, "updated", stamp(max([site.as_of, *(e[0] for e, _ in events)])))
    sub(root, "link", href="index.html")
    sub(root, "link", rel="self", href="feed.xml")
    author = sub(root, "author")
    sub(author, "name", unit_name)
    sub(root, "generator", "tiepxuc publish")
    for (day, order, pid, title, url, summary), s in events:
        entry = sub(root, "entry")
        sub(entry, "title", title if s.key == "." else f"{s.name}: {title}")
        kind = "ket-qua" if order else "kien-nghi"
        where = "goc" if s.key == "." else _urn(s.key)
        sub(entry, "id", f"urn:tiepxuc:cong-khai:{_urn(unit_name)}:{where}:{kind}:{pid}")
        sub(entry, "updated", stamp(day))
        sub(entry, "link", href=url)
        sub(entry, "summary", summary)
    ET.indent(root)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8") \
        + b"\n"


def _urn(text: str) -> str:
    from tiepxuc.records.ids import slug

    return slug(text, max_length=0) or "don-vi"
