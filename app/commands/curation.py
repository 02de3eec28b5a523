"""`record add`, `records`, `claim add`, `claim review`, `claims`, `history`, `parse-value`."""

from __future__ import annotations

import argparse

from app.commands.registry import Commands, add_paging
from app.commands.output import Output, claim_json, short
from app.core import claims, records, review
from app.core.claim_views import claim_view, list_claims
from app.core.values import claim_value
from app.core.history import history
from app.core.project import Project
from app.core.values import format_value, parse_value


def cmd_record_add(args: argparse.Namespace, out: Output, project: Project) -> int:
    record = records.add_record(project, args.type, args.label, args.alias or [])
    out.line(record.id)
    out.data({**record.model_dump(), "aliases": args.alias or []})
    return 0


def cmd_records(args: argparse.Namespace, out: Output, project: Project) -> int:
    rows = records.list_records(project, type_key=args.type, limit=args.limit, offset=args.offset)
    for row in rows:
        aliases = f"  (also: {', '.join(row.aliases)})" if row.aliases else ""
        out.line(f"{row.record.id}  {row.type_key:18} {row.claims:4} claims  {row.record.label}{aliases}")
    out.data([{**r.record.model_dump(), "type": r.type_key, "aliases": list(r.aliases),
               "claims": r.claims} for r in rows])
    return 0


def cmd_claim_add(args: argparse.Namespace, out: Output, project: Project) -> int:
    added = claims.add_claim(project, args.record, args.field, args.value,
                             evidence=args.evidence or [], lang=args.lang)
    shown = format_value(claim_value(added.claim))
    out.line(f"{added.claim.id}  {shown}")
    for warning in added.warnings:
        out.warn(warning)
    out.data({**claim_json(claim_view(project, added.claim.id)), "warnings": added.warnings})
    return 0


def cmd_claim_review(args: argparse.Namespace, out: Output, project: Project) -> int:
    outcome = review.review_claim(project, args.claim, args.decision, args.note)
    out.line(f"{outcome.claim.id}  {outcome.previous_status} → {outcome.claim.status}")
    for other in outcome.demoted:
        out.warn(f"claim {other} was accepted for the same field and is now proposed again")
    out.data({**outcome.claim.model_dump(), "previous_status": outcome.previous_status,
              "demoted": outcome.demoted})
    return 0


def cmd_claims(args: argparse.Namespace, out: Output, project: Project) -> int:
    record_id = None
    if args.record:
        record_id = records.get_record(project, args.record).id
    views = list_claims(project, record_id=record_id, status=args.status, type_key=args.type,
                        limit=args.limit, offset=args.offset)
    for v in views:
        quote = f'  "{short(v.evidence[0].quote, 50)}"' if v.evidence else "  (unsourced)"
        out.line(f"{v.claim.id}  {v.claim.status:9} {short(v.record_label, 28):28} "
                 f"{v.field_key:16} {format_value(claim_value(v.claim))}{quote}")
    out.data([claim_json(v) for v in views])
    return 0


def cmd_history(args: argparse.Namespace, out: Output, project: Project) -> int:
    entries = history(project, row_id=args.id, editor=args.by, since=args.since,
                      until=args.until, limit=args.limit, offset=args.offset)
    for e in entries:
        out.line(f"{e.at[:19]}  {e.editor:16} {e.action:18} {e.op:6} {e.table_name:14} {e.row_id}")
    out.data([e.model_dump() for e in entries])
    return 0


def cmd_parse_value(args: argparse.Namespace, out: Output) -> int:
    value = parse_value(args.text, args.lang)
    out.line(f"{value.kind}: {format_value(value, args.lang)}")
    out.data(value.to_json())
    return 0


def register(cli: Commands) -> None:
    """record add, records, claim add/review, claims, history, parse-value."""
    record = cli.group("record", "add and edit records")
    sp = record.add("add", cmd_record_add, "add a record; prints its id")
    sp.add_argument("type", help="record type key, e.g. organisation")
    sp.add_argument("label")
    sp.add_argument("--alias", action="append", help="another name (repeatable)")

    sp = cli.add("records", cmd_records, "list records")
    sp.add_argument("--type", help="only records of this type")
    add_paging(sp)

    claim = cli.group("claim", "add and review claims")
    sp = claim.add("add", cmd_claim_add, "claim a value for a record's field")
    sp.add_argument("record", help="record id, label or alias")
    sp.add_argument("field", help="field key")
    sp.add_argument("value", help="the value as written, e.g. '2,1 miljard euro'")
    sp.add_argument("--evidence", action="append", help="annotation id (repeatable)")
    sp.add_argument("--lang", choices=("nl", "en"), help="how to read numbers (default: the source's)")

    sp = claim.add("review", cmd_claim_review, "accept, reject or dispute a claim")
    sp.add_argument("claim", help="claim id or id prefix")
    sp.add_argument("decision", choices=("accept", "reject", "dispute", "reopen"))
    sp.add_argument("--note")

    sp = cli.add("claims", cmd_claims, "list claims, newest first")
    sp.add_argument("--record", help="record id, label or alias")
    sp.add_argument("--status", choices=("proposed", "accepted", "rejected", "disputed"))
    sp.add_argument("--type", help="only claims about records of this type")
    add_paging(sp)

    sp = cli.add("history", cmd_history, "changes from the change log, newest first")
    sp.add_argument("id", nargs="?", help="a record, claim, document or annotation id (or prefix)")
    sp.add_argument("--by", help="only changes by this editor")
    sp.add_argument("--since", help="ISO date or time, inclusive")
    sp.add_argument("--until", help="ISO date or time, exclusive")
    add_paging(sp)

    sp = cli.add("parse-value", cmd_parse_value, "show how a value is read", project=False)
    sp.add_argument("text")
    sp.add_argument("--lang", choices=("nl", "en"), default="nl")
