"""Citizens' personal data: marked on the models, absent from every public output, found in free
text by `privacy scan`, and kept out of the shared repository with the private contacts file."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from pydantic import Field

from conftest import JUNE, PETITION, UNIT, git, run, write_tree
from tiepxuc import privacy
from tiepxuc.records import models, yamlio
from tiepxuc.validation import validate

ROOT = Path(__file__).resolve().parents[1]
WARD = ROOT / "examples" / "phuong-dinh-ke-2024"
P_FILE = "petitions/2024/kn-2024-06-14-rac-thai.yaml"
OPT_IN = UNIT + "privacy: {contacts: private}\n"
NO_PHONE = PETITION.replace('  phone: "0912345678"\n', "")

NAME = "Vũ Văn Giang"  # the base petition's citizen
PHONE, CCCD, EMAIL, ADDRESS = "0912345678", "024187001234", "giang.vu@example.vn", "Số 12, ngõ 8"
REFUSED = "Trịnh Văn Cao"

# Every kind of personal data, in the fields for it and in free text.
LOADED = f"""\
id: kn-2024-06-14-rac-thai
session: 2024-06-14-dinh-ky
received_via: "Điện thoại của ông {NAME}: 0912 345 678"
raised_by:
  name: {NAME}
  residential_group: Tổ dân phố số 4
  address: "{ADDRESS}"
  phone: "{PHONE}"
  id_number: "{CCCD}"
  email: {EMAIL}
field: moi-truong
content: "Ông {NAME} ({ADDRESS}, CCCD {CCCD}, thư {EMAIL}) phản ánh rác thải tập kết sai nơi"
answer:
  kind: answered
  by: Chủ tịch UBND phường
  content: Đã bố trí lại điểm tập kết
feedback:
  - {{date: 2024-07-01, agrees: true, note: "Ông {NAME} gọi lại từ số +84 912 345 678"}}
"""
REFUSING = JUNE.replace("refused: []\n", f"refused:\n  - name: {REFUSED}\n    reason: disorderly\n"
                        f"    note: Ông {REFUSED} gây mất trật tự\n")


def loaded_repo(make_repo, **more):
    return make_repo({P_FILE: LOADED, "sessions/2024/2024-06-14-dinh-ky.yaml": REFUSING, **more})


# ---------------------------------------------------------------- the markers on the models


def test_personal_fields_are_marked_on_the_models_themselves():
    fields = privacy.personal_fields()
    for field in ("address", "phone", "id_number", "email"):
        assert fields[("RaisedBy", field)] == "contact"
        info = models.RaisedBy.model_fields[field]
        assert info.json_schema_extra == {"personal": "contact"}
    assert fields[("RaisedBy", "name")] == "name" and fields[("Refusal", "name")] == "name"
    # officials, organisations and places are not citizens' personal data
    for kept in (("Official", "name"), ("Chair", "name"), ("Signer", "name"), ("Person", "name"),
                 ("RaisedBy", "residential_group"), ("RaisedBy", "organisation"),
                 ("Petition", "content")):
        assert kept not in fields
    assert privacy.contact_fields() == ["address", "phone", "id_number", "email"]


def test_personal_fields_are_derived_from_the_markers(monkeypatch):
    """A new marked field is personal data everywhere at once: nothing lists fields by hand."""

    class Witness(models.Model):
        phone: str | None = Field(default=None, json_schema_extra=models.PERSONAL_CONTACT)
        remark: str | None = None

    Witness.__module__ = models.__name__  # as if it were written in records/models.py
    monkeypatch.setattr(models, "Witness", Witness, raising=False)
    privacy.personal_fields.cache_clear()
    try:
        assert privacy.personal_fields()[("Witness", "phone")] == "contact"
        assert ("Witness", "remark") not in privacy.personal_fields()
        data = privacy.as_data(Witness(phone=PHONE, remark="ghi chú"), public=True,
                               hide=privacy.Hide([], []))
        assert data == {"remark": "ghi chú"}
    finally:
        monkeypatch.undo()
        privacy.personal_fields.cache_clear()


def test_schemas_show_the_marker():
    from tiepxuc.records.schema import json_schema

    raised_by = json_schema("petition")["definitions"]["RaisedBy"]["properties"]
    assert {k for k, v in raised_by.items() if "personal" in v} == {
        "name", "address", "phone", "id_number", "email"}
    assert raised_by["phone"]["personal"] == "contact" and raised_by["name"]["personal"] == "name"
    refusal = json_schema("session")["definitions"]["Refusal"]["properties"]
    assert refusal["name"]["personal"] == "name"
    shipped = json.loads((WARD / "schemas" / "petition.schema.json").read_text(encoding="utf-8"))
    assert shipped["definitions"]["RaisedBy"]["properties"]["email"]["personal"] == "contact"


# ---------------------------------------------------------------- export json


def export(root: Path, *args: str):
    result = run("-C", str(root), "export", "json", "-o", "-", *args)
    assert result.exit_code == 0, result.output
    return result.stdout, json.loads(result.stdout)


def test_public_json_export_has_no_personal_data(make_repo):
    root = loaded_repo(make_repo)
    text, data = export(root, "--public")
    assert data["public"] is True
    assert privacy.contains_personal_data(text, [NAME, REFUSED]) == []
    for value in (NAME, REFUSED, PHONE, "0912 345 678", "912 345 678", CCCD, EMAIL, ADDRESS,
                  "giang.vu"):
        assert value not in text, value
    petition = data["petitions"][0]
    assert set(petition["raised_by"]) == {"kind", "residential_group"}  # personal fields gone
    assert "V.V.G." in petition["content"] and "[đã ẩn]" in petition["content"]
    assert petition["feedback"][0]["note"] == "Ông V.V.G. gọi lại từ số [đã ẩn]"
    refused = data["sessions"][0]["refused"][0]
    assert "name" not in refused and refused["note"] == "Ông T.V.C. gây mất trật tự"
    assert {"plans", "sessions", "petitions", "conclusions", "reports"} <= set(data)
    assert data["conclusions"][0]["items"][0]["petitions"] == ["kn-2024-06-14-rac-thai"]


def test_internal_json_export_is_complete(make_repo):
    root = loaded_repo(make_repo)
    text, data = export(root)
    assert data["public"] is False
    raised_by = data["petitions"][0]["raised_by"]
    assert raised_by == {"kind": "person", "name": NAME, "residential_group": "Tổ dân phố số 4",
                         "address": ADDRESS, "phone": PHONE, "id_number": CCCD, "email": EMAIL}
    assert data["sessions"][0]["refused"][0]["name"] == REFUSED
    assert data["petitions"][0]["content"].startswith(f"Ông {NAME} ({ADDRESS}, CCCD {CCCD}")


def test_public_json_export_of_the_example_ward():
    from tiepxuc.repo import load

    names = [r.model.raised_by.name for r in load(WARD).petitions
             if r.model.raised_by.kind == "person"]
    text, data = export(WARD, "--public")
    assert names and not privacy.contains_personal_data(text, names)
    assert not re.search(r"(?<!\d)0\d{9}(?!\d)|(?<!\d)\d{12}(?!\d)", text)
    assert "Số 14, ngõ 21" not in text and len(data["petitions"]) == len(load(WARD).petitions)
    _, internal = export(WARD)
    assert any(p["raised_by"].get("phone") for p in internal["petitions"])


def test_json_export_writes_under_out(make_repo):
    root = loaded_repo(make_repo)
    assert run("-C", str(root), "export", "json", "--public").exit_code == 0
    written = (root / "out" / "tiepxuc-cong-khai.json").read_text(encoding="utf-8")
    assert NAME not in written and PHONE not in written
    custom = root / "mo" / "du-lieu.json"
    assert run("-C", str(root), "export", "json", "--output", str(custom)).exit_code == 0
    assert NAME in custom.read_text(encoding="utf-8")


# ---------------------------------------------------------------- export ics --public

ASSIGNED = PETITION.replace(
    "content: Rác thải tập kết sai nơi",
    f'content: "Ông {NAME}, ĐT 0912 345 678, đề nghị dời điểm tập kết rác"').replace(
    "answer:\n  kind: answered\n  by: Chủ tịch UBND phường\n  content: Đã bố trí lại điểm tập kết\n",
    "answer:\n  kind: answer_later\n  reason: insufficient_basis\n  basis: Cần khảo sát\n"
    "assignment: {lead: Công chức Địa chính - Xây dựng}\n")


def ics_text(data: bytes) -> str:
    from icalendar import Calendar

    parts = []
    for component in Calendar.from_ical(data).walk():
        parts += [str(value) for value in component.values()]
    return "\n".join(parts)


def test_public_calendar_has_no_personal_data(make_repo):
    root = make_repo({P_FILE: ASSIGNED})
    internal = run("-C", str(root), "export", "ics", "--as-of", "2024-07-01", "-o", "-")
    assert internal.exit_code == 0
    # the deadline names the petition's content, as every deadline does: without the name
    assert "V.V.G." in ics_text(internal.stdout_bytes)
    assert NAME not in ics_text(internal.stdout_bytes)
    public = run("-C", str(root), "export", "ics", "--public", "--as-of", "2024-07-01", "-o", "-")
    assert public.exit_code == 0, public.output
    text = ics_text(public.stdout_bytes)
    assert NAME not in text and "0912" not in text and "V.V.G." in text
    assert privacy.contains_personal_data(text, [NAME]) == []
    assert run("-C", str(root), "export", "ics", "--public").exit_code == 0
    assert (root / "out" / "tiepxuc-cong-khai.ics").is_file()


# ---------------------------------------------------------------- privacy scan

SCANNED = PETITION.replace(
    "content: Rác thải tập kết sai nơi",
    "content: >-\n  Rác thải tập kết sai nơi trước nhà,\n  liên hệ 0912 345 678 để biết thêm").replace(
    "  content: Đã bố trí lại điểm tập kết\n",
    f"  content: Đã gặp người có CCCD {CCCD} tại điểm tập kết\n") + (
    "replies:\n"
    f"  - {{date: 2024-07-02, document: Văn bản số 12/UBND, content: \"Đã gửi thư tới {EMAIL}\"}}\n")


def where(text: str, value: str) -> tuple[int, int]:
    at = text.index(value)
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def test_scan_finds_each_kind_with_its_place_and_never_the_value(make_repo):
    root = make_repo({P_FILE: SCANNED})
    result = run("-C", str(root), "privacy", "scan")
    assert result.exit_code == 1, result.output
    expected = []
    for value, field, label in (("0912 345 678", "content", "số điện thoại"),
                                (CCCD, "answer.content", "số định danh cá nhân"),
                                (EMAIL, "replies[0].content", "địa chỉ thư điện tử")):
        line, column = where(SCANNED, value)
        expected.append(f"{P_FILE}:{line}:{column}: {field}: {label}")
    assert result.stdout.splitlines() == expected
    # raised_by.phone is the field for a phone number: not free text, not reported
    for value in ("0912", "345 678", "024187", "giang.vu", "example.vn", PHONE):
        assert value not in result.output, value
    as_json = run("-C", str(root), "privacy", "scan", "--json")
    assert as_json.exit_code == 1
    found = json.loads(as_json.stdout)
    assert [(f["field"], f["kind"], f["line"]) for f in found] == [
        ("content", "phone", where(SCANNED, "0912 345 678")[0]),
        ("answer.content", "id_number", where(SCANNED, CCCD)[0]),
        ("replies[0].content", "email", where(SCANNED, EMAIL)[0])]
    assert "0912" not in as_json.stdout and CCCD not in as_json.stdout


def test_scan_exit_statuses(make_repo, tmp_path):
    clean = make_repo()  # a phone in raised_by.phone only
    result = run("-C", str(clean), "privacy", "scan")
    assert result.exit_code == 0 and result.stdout == "", result.output
    old_id = make_repo({P_FILE: PETITION.replace("content: Rác thải tập kết sai nơi",
                                                 "content: Người có CMND 123456789 phản ánh")})
    result = run("-C", str(old_id), "privacy", "scan")
    assert result.exit_code == 1 and "content: số chứng minh nhân dân" in result.stdout
    assert "123456789" not in result.output
    broken = make_repo({P_FILE: "id: [kn\ncontent: 0912345678\n"})
    assert run("-C", str(broken), "privacy", "scan").exit_code == 2
    outside = tmp_path / "khong-phai-kho"
    outside.mkdir()
    assert run("-C", str(outside), "privacy", "scan").exit_code == 2


def test_scan_reads_every_kind_of_record_and_phone_format(make_repo):
    conclusion = ("id: tb-2024-06-24\nsession: 2024-06-14-dinh-ky\n"
                  "summary: Đường dây nóng của ông Tư (024) 3825 1234\nitems: []\n")
    root = make_repo({"conclusions/2024/tb-2024-06-24.yaml": conclusion,
                      "sessions/2024/2024-06-14-dinh-ky.yaml": REFUSING.replace(
                          "gây mất trật tự", "gây mất trật tự, số +84 987 654 321")})
    result = run("-C", str(root), "privacy", "scan")
    assert result.exit_code == 1
    assert "conclusions/2024/tb-2024-06-24.yaml:3:" in result.stdout
    assert "summary: số điện thoại" in result.stdout
    assert "refused[0].note: số điện thoại" in result.stdout
    assert "3825" not in result.output and "987 654" not in result.output


# ---------------------------------------------------------------- the private contacts file

PRIVATE = """\
kn-2024-06-14-rac-thai:
  phone: "0977111222"
  address: Số 7, ngách 3, ngõ 15
"""
# A repository's own template that prints the contact details beside each speaker.
SPEAKERS = "{% for s in speakers %}@p {{ s.person }} — {{ s.contact }}\n{% endfor %}"


def produce(root: Path, public: bool):
    from tiepxuc.render import render
    from tiepxuc.repo import load
    from tiepxuc.rules.engine import active_profile

    repo = load(root)
    profile, _ = active_profile(repo)
    return render(repo, profile, "minutes", "2024-06-14-dinh-ky", public, date(2025, 1, 15))


def test_private_contacts_join_internal_documents_only(make_repo):
    root = make_repo({"private/contacts.yaml": PRIVATE,
                      "templates/documents/minutes.j2": SPEAKERS})
    internal = produce(root, public=False).markup
    assert f"{NAME} — địa chỉ: Số 7, ngách 3, ngõ 15; điện thoại: 0977111222" in internal
    public = produce(root, public=True).markup
    assert "0977111222" not in public and "ngách 3" not in public and NAME not in public
    assert "V.V.G. —" in public
    # a public version never reads the private file: a broken one does not stop it
    write_tree(root, {"private/contacts.yaml": 'kn-2024-06-14-rac-thai: {phone: "09-ABC"}\n'})
    assert "V.V.G." in produce(root, public=True).markup
    result = run("-C", str(root), "render", "minutes", "2024-06-14-dinh-ky")
    assert result.exit_code == 2
    assert "private/contacts.yaml:1: kn-2024-06-14-rac-thai" in result.stderr
    assert "số điện thoại" in result.stderr and "09-ABC" not in result.output


def test_private_contacts_in_the_internal_export(make_repo):
    root = make_repo({"private/contacts.yaml": PRIVATE})
    _, internal = export(root)
    assert internal["petitions"][0]["raised_by"]["phone"] == "0977111222"  # the file wins
    assert internal["petitions"][0]["raised_by"]["address"] == "Số 7, ngách 3, ngõ 15"
    text, _ = export(root, "--public")
    assert "0977111222" not in text and "ngách 3" not in text


def test_init_keeps_the_private_folder_out_of_git(tmp_path):
    root = tmp_path / "dinh-ke"
    result = run("init", str(root), "--name", "Phường Dĩnh Kế", "--secretary", "Trần Văn Hùng",
                 "--council-chair", "Trần Văn Hùng", "--committee-chair", "Phạm Quang Minh",
                 "--since", "2021-06-25", "--no-input")
    assert result.exit_code == 0, result.output
    assert "private/" in (root / ".gitignore").read_text(encoding="utf-8").splitlines()
    write_tree(root, {"private/contacts.yaml": PRIVATE})
    assert git(root, "check-ignore", "private/contacts.yaml") == "private/contacts.yaml"
    assert git(root, "status", "--porcelain") == ""
    assert privacy.private_ignored(root) is True


def test_scan_warns_when_the_private_file_is_not_ignored(make_repo):
    root = make_repo({"private/contacts.yaml": PRIVATE}, git=True)  # committed by mistake
    result = run("-C", str(root), "privacy", "scan")
    assert result.exit_code == 1
    assert "git chưa bỏ qua private/contacts.yaml" in result.stderr
    assert "0977111222" not in result.output


# ---------------------------------------------------------------- opting in: validate, petition add


def privacy_warnings(root: Path) -> list:
    return [p for p in validate(root, date(2025, 1, 15)) if p.rule == "PRIVACY-CONTACT-IN-REPO"]


def test_validate_warns_about_contacts_in_the_shared_repository(make_repo):
    assert privacy_warnings(make_repo()) == []  # not opted in: contact details may be in records
    root = make_repo({"tiepxuc.yaml": OPT_IN, "sessions/2024/2024-06-14-dinh-ky.yaml":
                      REFUSING.replace("gây mất trật tự", f"gây mất trật tự, thư {EMAIL}")})
    found = privacy_warnings(root)
    text = (root / P_FILE).read_text(encoding="utf-8")
    phone_line = where(text, '"0912345678"')[0]
    assert [(p.file.name, p.line, p.severity) for p in found] == [
        ("kn-2024-06-14-rac-thai.yaml", phone_line, "warning"),
        ("2024-06-14-dinh-ky.yaml", where(REFUSING, "gây mất")[0], "warning")]
    assert "số điện thoại của người dân (raised_by.phone)" in found[0].message
    assert "refused[0].note" in found[1].message and "địa chỉ thư điện tử" in found[1].message
    assert all(PHONE not in p.format() and EMAIL not in p.format() for p in found)
    result = run("-C", str(root), "validate")
    assert result.exit_code == 0 and "PRIVACY-CONTACT-IN-REPO" in result.stdout
    assert privacy_warnings(make_repo({"tiepxuc.yaml": OPT_IN, P_FILE: NO_PHONE})) == []


def add_with_contacts(root: Path, *extra: str):
    return run("-C", str(root), "petition", "add", "--no-input", "--session", "2024-10-17-chuyen-de",
               "--name", "Ngô Thị Lan", "--group", "Tổ dân phố số 9", "--field", "moi-truong",
               "--content", "Cống thoát nước bị tắc", "--phone", "0912000111",
               "--id-number", CCCD, "--email", "lan@example.vn", "--address", "Số 3, ngõ 40",
               *extra)


def test_petition_add_keeps_contacts_in_the_private_file(make_repo):
    root = make_repo({"tiepxuc.yaml": OPT_IN, P_FILE: NO_PHONE}, git=True)
    result = add_with_contacts(root)
    assert result.exit_code == 0, result.output
    path = next((root / "petitions" / "2024").glob("kn-2024-10-17-cong-thoat-nuoc*.yaml"))
    record = path.read_text(encoding="utf-8")
    for value in ("0912000111", CCCD, "lan@example.vn", "Số 3, ngõ 40"):
        assert value not in record
    raised_by = yamlio.parse(record).data["raised_by"]
    assert raised_by == {"kind": "person", "name": "Ngô Thị Lan",
                         "residential_group": "Tổ dân phố số 9"}
    contacts = privacy.load_contacts(root)
    assert contacts[path.stem] == {"address": "Số 3, ngõ 40", "phone": "0912000111",
                                   "id_number": CCCD, "email": "lan@example.vn"}
    assert "private/contacts.yaml" in result.stdout and "0912000111" not in result.output
    # committed: the record only; the private file is ignored by git, nothing is left over
    assert git(root, "show", "--name-only", "--format=", "HEAD") == path.relative_to(root).as_posix()
    assert git(root, "status", "--porcelain") == ""
    assert privacy_warnings(root) == []
    # a second petition is added to the same file, the first one kept
    assert run("-C", str(root), "petition", "add", "--no-input", "--session", "2024-10-17-chuyen-de",
               "--name", "Lê Văn Tư", "--field", "moi-truong", "--content", "Đèn đường hỏng",
               "--phone", "0988777666").exit_code == 0
    assert len(privacy.load_contacts(root)) == 2


def test_petition_add_without_opt_in_writes_contacts_to_the_record(make_repo):
    root = make_repo(git=True)
    assert add_with_contacts(root).exit_code == 0
    path = next((root / "petitions" / "2024").glob("kn-2024-10-17-cong-thoat-nuoc*.yaml"))
    raised_by = yamlio.parse(path.read_text(encoding="utf-8")).data["raised_by"]
    assert raised_by["phone"] == "0912000111" and raised_by["email"] == "lan@example.vn"
    assert not (root / "private").exists()


def test_petition_add_refuses_a_bad_contact_without_echoing_it(make_repo):
    root = make_repo({"tiepxuc.yaml": OPT_IN}, git=True)
    before = git(root, "rev-parse", "HEAD")
    result = add_with_contacts(root, "--phone", "09-ABC-12")
    assert result.exit_code == 2
    assert "số điện thoại không đúng định dạng" in result.stderr
    assert "09-ABC-12" not in result.output and CCCD not in result.output
    assert git(root, "rev-parse", "HEAD") == before and not (root / "private").exists()
    assert not list((root / "petitions" / "2024").glob("kn-2024-10-17-cong*.yaml"))


def test_petition_add_puts_the_private_file_back_when_the_commit_fails(make_repo, monkeypatch):
    from tiepxuc import vcs

    root = make_repo({"tiepxuc.yaml": OPT_IN, "private/contacts.yaml": PRIVATE}, git=True)

    def fail(*args, **kwargs):
        raise vcs.GitError("hỏng")

    monkeypatch.setattr(vcs, "make_commit", fail)
    assert add_with_contacts(root).exit_code == 2
    assert (root / "private" / "contacts.yaml").read_text(encoding="utf-8") == PRIVATE


def test_redaction_of_record_ids_and_text():
    hide = privacy.Hide(["Nguyễn Văn Khánh"], [])
    assert hide.id("kn-2024-06-14-ong-nguyen-van-khanh-de-nghi-a2c4") == \
        "kn-2024-06-14-ong-nvk-de-nghi-a2c4"
    assert hide.id("kn-2026-06-12-goi-0912-345-678-52ra") == "kn-2026-06-12-goi-an-52ra"
    assert hide.id("2024-06-14-dinh-ky-q7m2") == "2024-06-14-dinh-ky-q7m2"
    text = "Liên hệ nguyen.khanh@example.vn hoặc +84 912 345 678; CCCD 024 187 001 234"
    assert privacy.contains_personal_data(privacy.redact(text)) == []
    assert [kind for kind, _, _ in privacy.find(text)] == ["email", "phone", "id_number"]
    # dates, money and seals are not personal data
    assert privacy.find("ngày 14/06/2024, 1.200.000.000 đồng, sha256:" + "1" * 64) == []


def test_a_new_petitions_id_never_carries_personal_data(make_repo):
    """The ID becomes the file name and goes into the commit message: no phone, no name."""
    from conftest import run

    root = make_repo(git=True)
    result = run("-C", str(root), "petition", "add", "--no-input", "--session",
                 "2024-10-17-chuyen-de", "--name", "Nguyễn Văn Khánh", "--field", "moi-truong",
                 "--content", "Nguyễn Văn Khánh số 0912 345 678 báo cống ngõ 5 bị tắc")
    assert result.exit_code == 0, result.output
    path = next((root / "petitions" / "2024").glob("kn-2024-10-17-*.yaml"))
    assert "0912" not in path.name and "345" not in path.name and "khanh" not in path.name
    assert "cong-ngo-5" in path.name or "bao-cong" in path.name


def test_public_json_export_keeps_an_organisations_name():
    """An organisation raising a petition (a union, a residential group's committee) is not a
    citizen: its name stays in the public export, while citizens' names go."""
    from tiepxuc.repo import load

    organisations = {r.id: r.model.raised_by.name for r in load(WARD).petitions
                     if r.model.raised_by.kind == "organisation"}
    assert organisations
    _, data = export(WARD, "--public")
    shown = {p["id"]: p["raised_by"] for p in data["petitions"]}
    for pid, name in organisations.items():
        assert shown[pid]["name"] == name
    assert all("name" not in p["raised_by"] for p in data["petitions"]
               if p["raised_by"]["kind"] == "person")
