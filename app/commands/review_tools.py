"""`queue`, `conflicts`, `claim resolve`, `claim note`, `duplicates`, `record merge`,
`record unmerge`, `record distinct` / `undistinct`, `overview` and `settings`: the
reviewer's tools on the command line."""

from __future__ import annotations

import argparse
import re
from dataclasses import asdict

from app.commands.output import Output, claim_json, short
from app.commands.registry import Commands, add_paging
from app.core.claim_views import ClaimView
from app.core.values import claim_value
from app.core.conflicts import find_conflicts, resolve_conflict
from app.core.documents import get_document
from app.core.duplicates import DEFAULT_THRESHOLD, find_duplicate_clusters, mark_distinct, unmark_distinct
from app.core.overview import overview
from app.core.project import Project
from app.core.project_settings import project_settings, set_project_setting, setting_def
from app.core.queue import QueueItem, QuoteInContext, count_review_queue, review_queue
from app.core.record_merge import MergeOutcome, merge_records, unmerge_records
from app.core.record_merge_log import last_merge
from app.core.records import get_record
from app.core.review import set_review_note
from app.core.values import format_value


def _in_context(q: QuoteInContext, width: int = 40) -> str:
    # Whitespace is flattened but kept at the edges, so "[quote]," reads as in the text.
    prefix, quote, suffix = (re.sub(r"\s+", " ", t) for t in (q.prefix, q.quote, q.suffix))
    where = q.document_title + (f", p. {q.page}" if q.page else "")
    return f"…{prefix[-width:]}[{quote}]{suffix[:width]}…  — {where}"


def cmd_queue(args: argparse.Namespace, out: Output, project: Project) -> int:
    document_id = get_document(project, args.document).id if args.document else None
    items = review_queue(project, args.type, document_id, args.by, args.since, args.until,
                         limit=args.limit, offset=args.offset)
    total = count_review_queue(project, args.type, document_id, args.by, args.since, args.until)
    for item in items:
        _print_item(out, item)
    out.line(f"{len(items)} of {total} claims awaiting review")
    out.data({"total": total, "items": [
        {**claim_json(i.view), "quotes": [asdict(q) for q in i.quotes]} for i in items]})
    return 0


def _print_item(out: Output, item: QueueItem) -> None:
    v = item.view
    out.line(f"{v.claim.id}  {v.claim.status:9} {short(v.record_label, 28):28} {v.field_key:16} "
             f"{format_value(claim_value(v.claim))}  (by {v.claim.created_by}, {v.claim.created_at[:10]})")
    for quote in item.quotes:
        out.line(f"    {_in_context(quote)}")
    if not item.quotes:
        out.line("    (unsourced)")


def _source(view: ClaimView, published: dict[str, str | None]) -> str:
    if not view.evidence:
        return "(unsourced)"
    first = view.evidence[0]
    date = published.get(first.document_id)
    return f'"{short(first.quote, 40)}" — {first.document_title}' + (f", {date}" if date else "")


def cmd_conflicts(args: argparse.Namespace, out: Output, project: Project) -> int:
    record_id = get_record(project, args.record).id if args.record else None
    conflicts = find_conflicts(project, record_id=record_id, type_key=args.type)
    payload = []
    for c in conflicts:
        out.line(f"{c.record.label} ({c.type_key}) · {c.field.key}: {len(c.values)} values")
        groups = []
        for group in c.values:
            marker = "✓" if group.accepted else " "
            out.line(f"  {marker} {group.display}")
            for v in group.claims:
                out.line(f"      {v.claim.id}  {v.claim.status:9} {_source(v, c.published)}")
            groups.append({"display": group.display, "claims": [claim_json(v) for v in group.claims]})
        payload.append({"record_id": c.record.id, "record": c.record.label, "type": c.type_key,
                        "field": c.field.key, "values": groups, "published": c.published})
    if not conflicts:
        out.line("no conflicts")
    out.data(payload)
    return 0


def cmd_claim_resolve(args: argparse.Namespace, out: Output, project: Project) -> int:
    result = resolve_conflict(project, args.claim, args.reason)
    out.line(f"{result.accepted.id}  accepted")
    for claim_id in result.rejected:
        out.line(f"{claim_id}  rejected")
    for claim_id in result.demoted:
        out.warn(f"claim {claim_id} agrees with the choice and is proposed again")
    out.data({"accepted": result.accepted.id, "rejected": list(result.rejected),
              "demoted": list(result.demoted), "kept": list(result.kept)})
    return 0


def cmd_claim_note(args: argparse.Namespace, out: Output, project: Project) -> int:
    claim = set_review_note(project, args.claim, args.note)
    out.line(f"{claim.id}  note: {claim.review_note or '(none)'}")
    out.data(claim.model_dump())
    return 0


def cmd_duplicates(args: argparse.Namespace, out: Output, project: Project) -> int:
    clusters = find_duplicate_clusters(project, type_key=args.type, threshold=args.threshold)
    for cluster in clusters:
        out.line(f"{cluster.type_key} · score {cluster.score:g}")
        for m in cluster.members:
            aliases = f"  (also: {', '.join(m.aliases)})" if m.aliases else ""
            out.line(f"  {m.record_id}  {m.claims:4} claims  {m.label}{aliases}")
        for link in cluster.links:
            out.line(f"    {link.a_name!r} ~ {link.b_name!r}: {link.reason} {link.score:g}")
    if not clusters:
        out.line("no likely duplicates")
    out.data([{"type": c.type_key, "score": c.score, "members": [asdict(m) for m in c.members],
               "links": [asdict(lk) for lk in c.links]} for c in clusters])
    return 0


def _merge_json(outcome: MergeOutcome) -> dict[str, object]:
    return asdict(outcome)


def cmd_record_merge(args: argparse.Namespace, out: Output, project: Project) -> int:
    outcome = merge_records(project, args.keep, args.other)
    out.line(f"merged {outcome.other_label!r} into {outcome.keep_label!r} ({outcome.keep_id}): "
             f"{len(outcome.moved_claim_ids)} claims, {len(outcome.moved_ref_claim_ids)} references, "
             f"{len(outcome.moved_alias_ids) + len(outcome.added_alias_ids)} aliases moved")
    for claim_id in outcome.demoted_claim_ids:
        out.warn(f"claim {claim_id} was accepted on both records and is proposed again")
    out.data(_merge_json(outcome))
    return 0


def cmd_record_unmerge(args: argparse.Namespace, out: Output, project: Project) -> int:
    outcome = last_merge(project, args.other)
    record = unmerge_records(project, outcome)
    out.line(f"{record.id}  {record.label!r} is a record of its own again")
    out.data(_merge_json(outcome))
    return 0


def cmd_record_distinct(args: argparse.Namespace, out: Output, project: Project) -> int:
    added = mark_distinct(project, args.records)
    out.line(f"{len(added)} pair(s) marked as different records; `duplicates` no longer pairs them")
    out.data({"pairs": added})
    return 0


def cmd_record_undistinct(args: argparse.Namespace, out: Output, project: Project) -> int:
    removed = unmark_distinct(project, refs=args.records)
    out.line(f"{removed} pair(s) may be offered as duplicates again")
    out.data({"removed": removed})
    return 0


def cmd_overview(args: argparse.Namespace, out: Output, project: Project) -> int:
    view = overview(project)
    out.line(f"claims: {view.total()} ({', '.join(f'{s} {view.total(s)}' for s in ('proposed', 'accepted', 'rejected', 'disputed'))})")
    for row in view.by_status:
        out.line(f"  {row.type_key:20} {row.status:9} {row.count}")
    out.line("review progress (proposed / accepted / rejected / disputed):")
    for day in view.progress:
        out.line(f"  {day.day}  {day.proposed} / {day.accepted} / {day.rejected} / {day.disputed}")
    out.line(f"records lacking a sourced, accepted value for a required field: {len(view.gaps)}")
    for gap in view.gaps:
        out.line(f"  {gap.record_id}  {gap.type_key:20} {gap.label}: {', '.join(gap.missing)}")
    out.data({"by_status": [asdict(s) for s in view.by_status],
              "progress": [asdict(d) for d in view.progress],
              "gaps": [asdict(g) for g in view.gaps]})
    return 0


def cmd_settings(args: argparse.Namespace, out: Output, project: Project) -> int:
    if args.value is not None:
        changed = set_project_setting(project, args.key, args.value)
        values = [changed]
    else:
        values = project_settings(project)
        if args.key:
            wanted = setting_def(args.key).key
            values = [v for v in values if v.key == wanted]
    for v in values:
        out.line(f"{v.key:24} {v.shown:4} {v.definition.title}")
    out.data({v.key: v.value for v in values})
    return 0


def register(cli: Commands) -> None:
    """queue, conflicts, claim resolve/note, duplicates, record merge/unmerge, overview, settings."""
    sp = cli.add("queue", cmd_queue, "proposed and disputed claims awaiting review, oldest first")
    sp.add_argument("--type", help="only claims about records of this type")
    sp.add_argument("--document", help="only claims citing this document (id, prefix or title)")
    sp.add_argument("--by", help="only claims proposed by this editor")
    sp.add_argument("--since", help="claims made on or after this ISO date or time")
    sp.add_argument("--until", help="claims made before this ISO date or time")
    add_paging(sp)

    sp = cli.add("conflicts", cmd_conflicts, "record fields whose claimed values disagree")
    sp.add_argument("--record", help="only this record (id, label or alias)")
    sp.add_argument("--type", help="only records of this type")

    claim = cli.group("claim", "add and review claims")
    sp = claim.add("resolve", cmd_claim_resolve,
                   "decide a conflict: accept this claim, reject the values that disagree")
    sp.add_argument("claim", help="claim id or id prefix")
    sp.add_argument("--reason", required=True, help="why this value wins (kept as the note)")
    sp = claim.add("note", cmd_claim_note, "set a claim's review note without deciding")
    sp.add_argument("claim", help="claim id or id prefix")
    sp.add_argument("note", help="the note ('' clears it)")

    sp = cli.add("duplicates", cmd_duplicates, "records that are probably the same, as clusters")
    sp.add_argument("--type", help="only records of this type")
    sp.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                    help=f"name similarity (0-100) that counts as a match (default {DEFAULT_THRESHOLD:g})")

    record = cli.group("record", "add and edit records")
    sp = record.add("merge", cmd_record_merge, "merge OTHER into KEEP (KEEP keeps its id)")
    sp.add_argument("keep", help="the surviving record (id, label or alias)")
    sp.add_argument("other", help="the record merged into it")
    sp = record.add("unmerge", cmd_record_unmerge, "undo the merge of a merged-away record")
    sp.add_argument("other", help="the record that was merged away (its id)")
    sp = record.add("distinct", cmd_record_distinct,
                    "these records are different things: stop offering them as duplicates")
    sp.add_argument("records", nargs="+", help="two or more records (id, label or alias)")
    sp = record.add("undistinct", cmd_record_undistinct, "offer these records as duplicates again")
    sp.add_argument("records", nargs="+", help="two or more records (id, label or alias)")

    cli.add("overview", cmd_overview, "claims by status and type, review progress, gaps")

    sp = cli.add("settings", cmd_settings, "show or change project settings (e.g. four_eyes on, backups_keep 20)")
    sp.add_argument("key", nargs="?", help="a setting, e.g. four_eyes")
    sp.add_argument("value", nargs="?", help="on or off")
