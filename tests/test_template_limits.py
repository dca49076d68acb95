"""A repository's own templates have limits: a template that would run for hours or fill the
memory is stopped quickly, with a message naming it and the limit, exit status 2, nothing
written (templating.py)."""

from __future__ import annotations

import time

import pytest

from conftest import PETITION, git, run
from tiepxuc import templating

REPORT = "templates/documents/report.j2"
QUICK = 10  # seconds: every hostile template is stopped well within this, on a slow machine

HOSTILE = {
    "range": ("@p {{ range(10**9) }}\n", "range() tạo 1.000.000.000 phần tử, quá giới hạn 100.000"),
    "nested": ("{% for i in range(100000) %}{% for j in range(100000) %}\n@p {{ i * j }}\n"
               "{% endfor %}{% endfor %}\n", "quá 1.000.000 phần tử trong một lần dựng"),
    "repeat": ('@p {{ "x" * 10**9 }}\n', "giới hạn 10.000.000 ký tự một chuỗi"),
    "power": ("@p {{ 10 ** (10 ** 9) }}\n", "giới hạn 1.000 chữ số"),
    "doubling": ("{% set ns = namespace(s='x') %}{% for i in range(40) %}"
                 "{% set ns.s = ns.s ~ ns.s %}{% endfor %}\n@p {{ ns.s }}\n",
                 "giới hạn 10.000.000 ký tự một chuỗi"),
    "padding": ('@p {{ "x"|center(10**9) }}{{ "x".ljust(10**9) }}\n',
                "giới hạn 10.000.000 ký tự một chuỗi"),
    "output": ('{% set line = "x" * 9000000 %}{% for i in range(10) %}\n@p {{ line }}\n'
               "{% endfor %}\n", "vượt 20.000.000 ký tự"),
    "recursion": ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}\n@p {{ f(0) }}\n",
                  "lồng nhau quá sâu"),
}


def render_report(root):
    start = time.monotonic()
    result = run("-C", str(root), "render", "report", "2024")
    return result, time.monotonic() - start


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_a_hostile_template_is_stopped_quickly_and_named(make_repo, kind):
    template, limit = HOSTILE[kind]
    root = make_repo({REPORT: template})
    result, seconds = render_report(root)
    assert result.exit_code == 2, result.output
    assert "Mẫu documents/report.j2 lỗi:" in result.stderr and limit in result.stderr, \
        result.stderr
    assert "Traceback" not in result.output and "không mong đợi" not in result.output
    assert not (root / "out").exists()
    assert seconds < QUICK, seconds


def test_the_time_budget_stops_loops_over_real_records(make_repo, monkeypatch):
    """Loops nested over the records themselves call no range(): the clock stops them."""
    monkeypatch.setattr(templating, "TIME_LIMIT", 1.0)
    root = make_repo({REPORT: "{% set all = range(5000)|list %}{% for a in all %}"
                              "{% for b in all %}{% for c in all %}{% endfor %}{% endfor %}"
                              "{% endfor %}\n@p xong\n"})
    result, seconds = render_report(root)
    assert result.exit_code == 2, result.output
    assert "Mẫu documents/report.j2 lỗi:" in result.stderr
    assert "quá 1 giây" in result.stderr, result.stderr
    assert not (root / "out").exists()
    assert seconds < QUICK, seconds


def test_the_limits_are_said_in_english_too(make_repo, monkeypatch):
    monkeypatch.setenv("TIEPXUC_LANG", "en")
    root = make_repo({REPORT: "@p {{ range(10**9) }}\n"})
    result, _ = render_report(root)
    assert result.exit_code == 2
    assert "Template documents/report.j2 has an error: range() makes 1,000,000,000 items, " \
           "over the limit of 100,000 items a call" in result.stderr


def test_a_template_looping_over_real_records_still_works(make_repo):
    """Loops over the petitions, nested, with arithmetic, strings and filters: within the
    limits, the document is rendered as before."""
    more = {f"petitions/2024/kn-2024-06-14-rac-thai-{n}.yaml":
            PETITION.replace("kn-2024-06-14-rac-thai", f"kn-2024-06-14-rac-thai-{n}")
            .replace("Vũ Văn Giang", f"Công dân số {n}") for n in range(2, 6)}
    template = (
        "@title BIÊN BẢN\n"
        "{% for s in speakers %}\n"
        "@p {{ loop.index }}. {{ s.person }}: {{ s.content }} ({{ '%02d' % loop.index }}, "
        "{{ 2 ** loop.index }}, {{ '-' * 3 }}{{ s.field ~ '/' ~ loop.length }})\n"
        "{% for other in speakers if other.person != s.person %}\n"
        "@p — cùng kỳ với {{ other.person|upper }}\n"
        "{% endfor %}{% endfor %}\n"
        "@p Tổng: {{ speakers|length }} ý kiến; {{ range(3)|join(', ') }}.\n"
        "@signature\n")
    root = make_repo({"templates/documents/minutes.j2": template, **more})
    result = run("-C", str(root), "render", "minutes", "2024-06-14-dinh-ky")
    assert result.exit_code == 0, result.output
    written = list((root / "out").glob("*.docx"))
    assert len(written) == 1

    from datetime import date

    from tiepxuc.render import render
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    repo = load(root)
    markup = render(repo, active_profile(repo)[0], "minutes", "2024-06-14-dinh-ky", False,
                    date(2024, 12, 31)).markup
    assert markup.count("— cùng kỳ với") == 5 * 4
    assert "@p 1. Vũ Văn Giang: Rác thải tập kết sai nơi (01, 2, ---moi-truong/5)" in markup
    assert "Tổng: 5 ý kiến; 0, 1, 2." in markup


def test_record_templates_have_the_same_limits(make_repo):
    """The record templates (scaffold, lifecycle) go through the same environment."""
    root = make_repo({"templates/records/petition.yaml.j2":
                      "id: {{ id }}\ncontent: {{ 'x' * 10**9 }}\n"}, git=True)
    before = git(root, "rev-parse", "HEAD")
    start = time.monotonic()
    result = run("-C", str(root), "petition", "add", "--no-input", "--session",
                 "2024-10-17-chuyen-de", "--name", "Nguyễn Văn Khánh", "--field", "moi-truong",
                 "--content", "Cống thoát nước ngõ 5 bị tắc")
    assert result.exit_code == 2, result.output
    assert "Mẫu records/petition.yaml.j2 lỗi:" in result.stderr, result.stderr
    assert "giới hạn 10.000.000 ký tự" in result.stderr
    assert time.monotonic() - start < QUICK
    assert git(root, "rev-parse", "HEAD") == before
    assert not list((root / "petitions" / "2024").glob("kn-2024-10-17-*.yaml"))


def test_each_render_has_its_own_budget():
    """The range() budget is per render: many renders of a template near the limit all work."""
    env = templating.environment()
    template = env.from_string("{% for i in range(100000) %}{% endfor %}"
                               "{% for i in range(100000) %}{% endfor %}ok")
    for _ in range(12):  # 2.4 million items in all, 200,000 a render
        assert template.render() == "ok"
