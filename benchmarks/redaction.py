"""Public versions at scale: redacting citizens' names must cost about what the document costs.

    python benchmarks/redaction.py [--session-petitions 2000] [--petitions 100000]
                                   [--corpus DIR] [--work DIR] [--runs 1] [--timeout S]

Two measures, each the public command's time as a ratio to the internal one's (target ≤ 2):

1. ``render minutes SESSION --public`` against ``render minutes SESSION`` on a ward repository
   whose one session received --session-petitions petitions (default 2,000): distinct citizens,
   each named in their petition's content and in the answer, with phone numbers, addresses and
   other citizens named now and then. The ward is a unit of a small corpus written by
   benchmarks/make_corpus.py, with the session's petitions added.
2. ``export json --public`` against ``export json`` at the root of the province corpus of
   --petitions petitions (default 100,000; benchmarks/make_corpus.py, or --corpus DIR if it
   holds one already).

Commands run as ``python -m tiepxuc`` with this interpreter, so another version of the code can
be measured with PYTHONPATH=/elsewhere/src. A command that runs over --timeout seconds is
stopped and shown as such. Nothing in the project is changed.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Phan", "Trương", "Bùi",
          "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Đinh", "Lý", "Mai", "Lương"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Thu", "Hồng",
          "Công", "Kim", "Bảo", "Gia"]
GIVEN = ["Khánh", "Lan", "Hùng", "Dũng", "Hương", "Tuấn", "Mai", "Đạt", "Yến", "Phúc", "Long",
         "Hà", "Giang", "Nam", "Linh", "Sơn", "Trang", "Quân", "Thảo", "Vinh", "Hải", "Hạnh",
         "Bình", "Cường", "Tâm", "Nga", "Thắng", "Hiếu", "Nhung", "Phương"]
CONCERNS = [
    ("moi-truong", "rác thải tập kết sai nơi ở đầu ngõ {n}, bốc mùi hôi",
     "bố trí lại điểm tập kết rác và tăng chuyến thu gom"),
    ("dat-dai", "chậm cấp giấy chứng nhận quyền sử dụng đất cho thửa đất số {n}",
     "rà soát hồ sơ, trả lời bằng văn bản trong tháng"),
    ("giao-thong", "đường tổ dân phố số {n} xuống cấp, nhiều ổ gà, trời mưa ngập úng",
     "đưa vào kế hoạch sửa chữa, trước mắt vá ổ gà"),
    ("an-ninh-trat-tu", "nhóm thanh niên tụ tập gây mất trật tự ở ngõ {n} vào buổi tối",
     "giao Công an phường tăng cường tuần tra"),
    ("giao-thong", "cống thoát nước ngõ {n} bị tắc, nước tràn vào nhà dân",
     "nạo vét cống trong tuần"),
]


def suffix(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(4))


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D")).lower()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return "-".join("".join(c if c.isalnum() else " " for c in text).split())


def citizens(count: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        words = [rng.choice(FAMILY), *rng.sample(MIDDLE, rng.choice((1, 1, 2))), rng.choice(GIVEN)]
        names.add(" ".join(words))
    return sorted(names, key=lambda _: rng.random())


def phone(rng: random.Random) -> str:
    digits = rng.choice(("09", "08", "03")) + "".join(rng.choice("0123456789") for _ in range(8))
    return rng.choice((digits, f"{digits[:4]} {digits[4:7]} {digits[7:]}"))


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def petition(rng: random.Random, index: int, name: str, other: str, session: str,
             day: str) -> tuple[str, str]:
    field, concern, answer = rng.choice(CONCERNS)
    concern = concern.format(n=rng.randint(2, 90))
    number = phone(rng)
    content = f"Ông (bà) {name}, tổ dân phố số {rng.randint(1, 30)}, phản ánh {concern}"
    if index % 3 == 0:
        content += f"; đã gọi số {number} của tổ trưởng nhiều lần nhưng chưa được xử lý"
    if index % 5 == 0:
        content += f". Hộ ông (bà) {other} cũng bị ảnh hưởng"
    pid = f"kn-{day}-{slug(concern)[:40].rstrip('-')}-{suffix(rng)}"
    text = f"""\
id: {pid}
session: {session}
received: at_session
speaking_order: {index + 1}
raised_by:
  name: {name}
  residential_group: Tổ dân phố số {rng.randint(1, 30)}
  address: {quote(f"Số {rng.randint(2, 200)}, ngõ {rng.randint(2, 90)} đường Lê Lợi")}
  phone: {quote(number.replace(" ", ""))}
field: {field}
content: {quote(content)}
answer:
  kind: answered
  by: Chủ tịch UBND phường
  content: {quote(f"Tiếp thu ý kiến của ông (bà) {name}; {answer}")}
"""
    return pid, text


def ward_repository(folder: Path, count: int) -> tuple[Path, str]:
    """A ward of a small generated corpus, with ``count`` petitions added to one session."""
    corpus = folder / "small-corpus"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(corpus),
                    "--petitions", "200", "--units", "2"], check=True, stdout=subprocess.DEVNULL)
    unit = sorted((corpus / "don-vi").iterdir())[0]
    ward = folder / "ward"
    shutil.copytree(unit, ward)
    shutil.rmtree(corpus)
    sessions = sorted(ward.glob("sessions/*/*.yaml"))
    session = sessions[len(sessions) // 2]  # one held and concluded, not the last weeks'
    session_id = session.stem
    day = session_id[:10]
    rng = random.Random(count)
    names = citizens(count, rng)
    target = ward / "petitions" / day[:4]
    target.mkdir(parents=True, exist_ok=True)
    for index, name in enumerate(names):
        pid, text = petition(rng, index, name, names[index - 1], session_id, day)
        (target / f"{pid}.yaml").write_text(text, encoding="utf-8")
    return ward, session_id


def timed(args: list[str], runs: int, timeout: float) -> float | None:
    """The median time of ``args`` in seconds; None when it ran over ``timeout``."""
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        try:
            result = subprocess.run(args, capture_output=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        samples.append(time.perf_counter() - start)
        if result.returncode != 0:
            sys.exit(f"{' '.join(args)} failed ({result.returncode}):\n"
                     + result.stderr.decode("utf-8", "replace"))
    return statistics.median(samples)


def compare(label: str, internal: list[str], public: list[str], runs: int,
            timeout: float) -> str:
    inside = timed(internal, runs, timeout)
    outside = timed(public, runs, timeout)
    if inside is None:
        return f"{label}: internal over {timeout:.0f} s"
    if outside is None:
        return (f"{label}: internal {inside:.2f} s, public over {timeout:.0f} s: ratio > "
                f"{timeout / inside:.1f} (target ≤ 2)  OVER")
    ratio = outside / inside
    return (f"{label}: internal {inside:.2f} s, public {outside:.2f} s: ratio {ratio:.2f} "
            f"(target ≤ 2)  {'ok' if ratio <= 2 else 'OVER'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--session-petitions", type=int, default=2000, metavar="N",
                        help="petitions in the one session whose minutes are rendered")
    parser.add_argument("--petitions", type=int, default=100_000, metavar="N",
                        help="petitions of the province corpus exported (0: skip)")
    parser.add_argument("--corpus", type=Path, help="reuse (or create) the province corpus here")
    parser.add_argument("--work", type=Path, help="keep the ward repository here")
    parser.add_argument("--runs", type=int, default=1, help="runs of each command (median)")
    parser.add_argument("--timeout", type=float, default=1800, metavar="S",
                        help="stop a command after S seconds")
    options = parser.parse_args()
    tiepxuc = [sys.executable, "-m", "tiepxuc"]
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        work = options.work or Path(tmp)
        if options.session_petitions:
            ward = work / "ward"
            noted = work / "ward-session.txt"  # the session of a ward kept with --work
            if (ward / "tiepxuc.yaml").exists() and noted.exists():
                session_id = noted.read_text(encoding="utf-8").strip()
            else:
                print(f"writing a ward with {options.session_petitions:,} petitions in one "
                      "session …", flush=True)
                ward, session_id = ward_repository(work, options.session_petitions)
                noted.write_text(session_id + "\n", encoding="utf-8")
            base = [*tiepxuc, "-C", str(ward), "render", "minutes", session_id, "-o"]
            lines.append(compare(
                f"render minutes, {options.session_petitions:,} petitions in the session",
                [*base, str(work / "internal.docx")],
                [*base, str(work / "public.docx"), "--public"], options.runs, options.timeout))
            print(lines[-1], flush=True)
        if options.petitions:
            corpus = options.corpus or Path(tmp) / "corpus"
            if not (corpus / "tiepxuc.yaml").exists():
                print(f"writing the corpus ({options.petitions:,} petitions) to {corpus} …",
                      flush=True)
                subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"),
                                str(corpus), "--petitions", str(options.petitions)], check=True,
                               stdout=subprocess.DEVNULL)
            own = sum(1 for _ in corpus.glob("petitions/*/*.yaml"))
            base = [*tiepxuc, "-C", str(corpus), "export", "json", "-o"]
            lines.append(compare(
                f"export json, {options.petitions:,}-petition corpus ({own:,} at its root)",
                [*base, str(Path(tmp) / "internal.json")],
                [*base, str(Path(tmp) / "public.json"), "--public"], options.runs,
                options.timeout))
            print(lines[-1], flush=True)
    print("\n" + "\n".join(lines))


if __name__ == "__main__":
    main()
