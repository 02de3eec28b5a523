"""Records that are probably the same thing, found by name and shown as clusters.

Two live records of one type are linked when any of their names (label or alias)
1. share a *key*: case, accents, punctuation, spacing and legal-form suffixes removed
   and known abbreviations written one way (`NVIDIA Corporation` → `nvidia`,
   `EuroHPC Joint Undertaking` → `eurohpcju`, `Open AI` → `openai`); or
2. are near neighbours: rapidfuzz's WRatio of the normalised names reaches the
   threshold (`Jülich Supercomputing Centre` / `Julich Supercomputing Center`).
Linked records form clusters through union-find. Nothing is merged here; a reviewer
merges with `merge_records`, or says records are different things (`mark_distinct`), after
which no pair of them is linked again (a new look-alike still is).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

import sqlalchemy as sa
from rapidfuzz import fuzz, process
from sqlmodel import Session, col, select

from app.core.errors import InvalidValue
from app.core.project import Project
from app.core.records import resolve_record
from app.core.schema import get_record_type
from database.models import Claim, DistinctPair, Record, RecordAlias, RecordType

DEFAULT_THRESHOLD = 92.0  # 90 would pair `Google` with `Google Cloud`
_MIN_FUZZY_LENGTH = 4  # short names (`EZ`, `TNO`) match too much by chance
_ROW_CHUNK = 500  # rows of the score matrix computed at a time (memory stays small)

# Spelled-out forms written the one way the key uses; applied to token sequences.
_ABBREVIATIONS: dict[tuple[str, ...], str] = {
    ("joint", "undertaking"): "ju",
    ("gemeenschappelijke", "onderneming"): "ju",
    ("corporation",): "corp",
    ("incorporated",): "inc",
    ("limited",): "ltd",
    ("company",): "co",
    ("besloten", "vennootschap"): "bv",
    ("naamloze", "vennootschap"): "nv",
}
# Legal-form words that say nothing about which organisation is meant.
_LEGAL_FORMS = frozenset({
    "corp", "inc", "ltd", "llc", "plc", "bv", "nv", "sa", "sas", "sarl", "gmbh", "ag", "kg",
    "se", "oy", "oyj", "ab", "spa", "srl", "co", "cv", "vof",
})


@dataclass(frozen=True)
class NameKey:
    """A name as compared: spaced tokens for fuzzy scores, the joined key for collisions."""

    spaced: str
    key: str


@dataclass(frozen=True)
class ClusterMember:
    """A record in a duplicate cluster."""

    record_id: str
    label: str
    aliases: tuple[str, ...]
    claims: int


@dataclass(frozen=True)
class DuplicateLink:
    """Why two records look alike: the names that matched and how well."""

    a_id: str
    b_id: str
    a_name: str
    b_name: str
    score: float  # 100 for a key collision
    reason: str  # "same key" or "similar names"


@dataclass(frozen=True)
class DuplicateCluster:
    """Records of one type that are probably the same, with the links that join them."""

    type_key: str
    members: tuple[ClusterMember, ...]
    links: tuple[DuplicateLink, ...]

    @property
    def score(self) -> float:
        """The strongest link (clusters are listed strongest first)."""
        return max(link.score for link in self.links)


def name_key(name: str) -> NameKey:
    """Normalise a record name for matching (see the module docstring)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("&", " and ").replace(".", "")  # "B.V." → "bv", "A.I." → "ai"
    tokens = re.sub(r"[\W_]+", " ", text).split()
    tokens = _abbreviate(tokens)
    kept = [t for i, t in enumerate(tokens) if i == 0 or t not in _LEGAL_FORMS]
    return NameKey(" ".join(kept), "".join(kept))


def _abbreviate(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase, short in _ABBREVIATIONS.items():
            if tuple(tokens[i : i + len(phrase)]) == phrase:
                out.append(short)
                i += len(phrase)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def find_duplicate_clusters(project: Project, type_key: str | None = None,
                            threshold: float = DEFAULT_THRESHOLD) -> list[DuplicateCluster]:
    """Clusters of live records that are probably the same, strongest first."""
    with project.read() as session:
        types = [get_record_type(session, type_key)] if type_key else \
            list(session.exec(select(RecordType).order_by(col(RecordType.position))))
        clusters: list[DuplicateCluster] = []
        distinct = {(a, b) for a, b in session.exec(select(DistinctPair.record_a, DistinctPair.record_b))}
        for rtype in types:
            members = _members(session, rtype.id)
            links = [lk for lk in _links(members, threshold) if _pair(lk.a_id, lk.b_id) not in distinct]
            clusters.extend(_clusters(rtype.key, members, links))
    clusters.sort(key=lambda c: (-c.score, c.members[0].label.casefold()))
    return clusters


def mark_distinct(project: Project, refs: Sequence[str]) -> list[str]:
    """Say these records are different things: no pair of them is offered as duplicates again.

    Returns the ids of the pairs added (pairs marked before stay as they were), for undo.
    """
    with project.write("mark records distinct") as session:
        found = {r.id: r for r in (resolve_record(session, ref) for ref in refs)}
        if len(found) < 2:
            raise InvalidValue("name at least two different records")
        if len({r.record_type_id for r in found.values()}) > 1:
            raise InvalidValue("records of different types are never offered as duplicates")
        known = {(a, b) for a, b in session.exec(select(DistinctPair.record_a, DistinctPair.record_b))}
        added = []
        for a, b in combinations(sorted(found), 2):
            if (a, b) not in known:
                pair = DistinctPair(record_a=a, record_b=b, created_by=project.editor)
                session.add(pair)
                added.append(pair.id)
    return added


def unmark_distinct(project: Project, pair_ids: Sequence[str] = (), refs: Sequence[str] = ()) -> int:
    """Forget pairs marked distinct: by id (an undo), or every pair among `refs`; how many went."""
    with project.write("unmark records distinct") as session:
        ids = {resolve_record(session, ref).id for ref in refs}
        stmt = select(DistinctPair).where(col(DistinctPair.id).in_(list(pair_ids)))
        if ids:
            stmt = select(DistinctPair).where(col(DistinctPair.record_a).in_(ids),
                                              col(DistinctPair.record_b).in_(ids))
        pairs = list(session.exec(stmt))
        for pair in pairs:
            session.delete(pair)
    return len(pairs)


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _members(session: Session, record_type_id: str) -> dict[str, ClusterMember]:
    claim_count = select(sa.func.count()).where(Claim.record_id == Record.id).scalar_subquery()
    stmt = (
        select(Record.id, Record.label, claim_count)
        .where(Record.record_type_id == record_type_id, col(Record.merged_into_id).is_(None))
        .order_by(col(Record.created_at), col(Record.id))
    )
    rows = list(session.exec(stmt))
    aliases: dict[str, list[str]] = defaultdict(list)
    alias_stmt = (
        select(RecordAlias.record_id, RecordAlias.alias)
        .join(Record, col(Record.id) == RecordAlias.record_id)
        .where(Record.record_type_id == record_type_id).order_by(col(RecordAlias.id))
    )
    for rid, alias in session.exec(alias_stmt):
        aliases[rid].append(alias)
    return {rid: ClusterMember(rid, label, tuple(aliases[rid]), n) for rid, label, n in rows}


def _links(members: dict[str, ClusterMember], threshold: float) -> list[DuplicateLink]:
    names = [(m.record_id, name, name_key(name))
             for m in members.values() for name in (m.label, *m.aliases)]
    best: dict[tuple[str, str], DuplicateLink] = {}

    def offer(i: int, j: int, score: float, reason: str) -> None:
        (a, a_name, _), (b, b_name, _) = names[i], names[j]
        if a == b:
            return
        if a > b:
            a, b, a_name, b_name = b, a, b_name, a_name
        current = best.get((a, b))
        if current is None or score > current.score:
            best[(a, b)] = DuplicateLink(a, b, a_name, b_name, round(score, 1), reason)

    by_key: dict[str, list[int]] = defaultdict(list)
    for index, (_, _, key) in enumerate(names):
        if key.key:
            by_key[key.key].append(index)
    for indexes in by_key.values():
        for i in indexes[1:]:
            offer(indexes[0], i, 100.0, "same key")
    fuzzy = [i for i, (_, _, key) in enumerate(names) if len(key.key) >= _MIN_FUZZY_LENGTH]
    spaced = [names[i][2].spaced for i in fuzzy]
    for start in range(0, len(spaced), _ROW_CHUNK):
        scores = process.cdist(spaced[start : start + _ROW_CHUNK], spaced, scorer=fuzz.WRatio,
                               score_cutoff=threshold)
        for row, column in zip(*scores.nonzero()):
            i, j = fuzzy[start + int(row)], fuzzy[int(column)]
            if i < j:
                offer(i, j, float(scores[row, column]), "similar names")
    return list(best.values())


def _clusters(type_key: str, members: dict[str, ClusterMember],
              links: list[DuplicateLink]) -> list[DuplicateCluster]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving keeps chains short
            x = parent[x]
        return x

    for link in links:
        parent[find(link.a_id)] = find(link.b_id)
    grouped: dict[str, list[str]] = defaultdict(list)
    for rid in members:
        if rid in parent:
            grouped[find(rid)].append(rid)
    out = []
    for ids in grouped.values():
        in_cluster = set(ids)
        out.append(DuplicateCluster(
            type_key, tuple(members[r] for r in ids),
            tuple(sorted((lk for lk in links if lk.a_id in in_cluster),
                         key=lambda lk: -lk.score)),
        ))
    return out
