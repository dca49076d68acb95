"""Rules about references and structures that can only be checked across records (cycles); registered like rules/checks.py."""

from __future__ import annotations

from collections.abc import Iterator

from tiepxuc.diagnostics import Severity
from tiepxuc.repo import Record
from tiepxuc.rules.spec import Context, Finding, rule

E = Severity.ERROR


def _chain(cycle: list[str]) -> str:
    """“a → b → a”: the cycle as read from its first record."""
    return " → ".join([*cycle, cycle[0]])


def _supersedes_cycles(records: list[Record]) -> Iterator[Finding]:
    """Each record's ``supersedes`` names one record: following them must end, not go round."""
    target: dict[tuple[str, str], str] = {}
    holder: dict[tuple[str, str], Record] = {}
    for record in records:
        model = record.model
        replaced = getattr(model, "supersedes", None) if model is not None else None
        if replaced and (record.kind, model.id) not in target:  # duplicates: the first one
            target[(record.kind, model.id)] = replaced
            holder[(record.kind, model.id)] = record
    done: set[tuple[str, str]] = set()
    for start in target:
        if start in done:
            continue
        kind = start[0]
        path: list[str] = []
        on_path: dict[str, int] = {}
        node: str | None = start[1]
        while node is not None and (kind, node) not in done and node not in on_path:
            on_path[node] = len(path)
            path.append(node)
            node = target.get((kind, node))
        if node is not None and node in on_path:  # went round: the part from ``node`` on
            cycle = path[on_path[node]:]
            for i, member in enumerate(cycle):
                record = holder[(kind, member)]
                if len(cycle) == 1:
                    yield Finding(record, ("supersedes",), "rule.REF-CYCLE.self_supersedes",
                                  {"id": member})
                else:
                    yield Finding(record, ("supersedes",), "rule.REF-CYCLE.supersedes",
                                  {"cycle": _chain(cycle[i:] + cycle[:i])})
        done.update((kind, n) for n in path)


def _repeats_cycles(petitions: list[Record]) -> Iterator[Finding]:
    """``repeats`` names earlier petitions: two petitions cannot each be earlier than the other.

    The petitions on a cycle are the strongly connected components with more than one member
    (Tarjan's algorithm, without recursion: a repository may chain thousands of petitions)."""
    by_id: dict[str, Record] = {}
    for record in petitions:
        by_id.setdefault(record.model.id, record)
    edges = {pid: [t for t in r.model.repeats if t in by_id] for pid, r in by_id.items()}
    for pid, record in by_id.items():
        if pid in record.model.repeats:
            yield Finding(record, ("repeats", record.model.repeats.index(pid)),
                          "rule.REF-CYCLE.self_repeats", {"id": pid})
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in by_id:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, next_edge = work.pop()
            if next_edge == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            out = edges[node]
            while next_edge < len(out):
                child = out[next_edge]
                next_edge += 1
                if child not in index:
                    work.append((node, next_edge))
                    work.append((child, 0))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        components.append(component)
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
    for component in components:
        members = set(component)
        for pid in sorted(members):
            record = by_id[pid]
            # Report at the first link that stays on the cycle, with one way round it.
            position, first = next((i, t) for i, t in enumerate(record.model.repeats)
                                   if t in members and t != pid)
            cycle = [pid, *_path(first, pid, edges, members)]
            yield Finding(record, ("repeats", position), "rule.REF-CYCLE.repeats",
                          {"cycle": _chain(cycle)})


def _path(start: str, goal: str, edges: dict[str, list[str]], members: set[str]) -> list[str]:
    """The shortest way from ``start`` to just before ``goal`` inside one component."""
    came: dict[str, str | None] = {start: None}
    queue = [start]
    for node in queue:
        if goal in edges[node]:
            out = []
            step: str | None = node
            while step is not None:
                out.append(step)
                step = came[step]
            return out[::-1]
        for child in edges[node]:
            if child in members and child not in came:
                came[child] = node
                queue.append(child)
    return [start]  # not reached: ``start`` and ``goal`` are in one component


@rule("REF-CYCLE", E)
def references_do_not_loop(ctx: Context) -> Iterator[Finding]:
    """``supersedes`` chains and ``repeats`` links never go round in a circle."""
    yield from _supersedes_cycles(ctx.repo.records)
    yield from _repeats_cycles(ctx.repo.petitions)
