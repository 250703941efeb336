"""`matrix-desktop forward plan|approve|status|edit|drop|cancel|list|rules|settings|campaign`."""

from __future__ import annotations

import argparse
from dataclasses import replace as dc_replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from matrix_desktop.app.argtypes import bounded_int, plan_time, record_id
from matrix_desktop.app.output import print_json, print_table
from matrix_desktop.core.accounts import AccountRole
from matrix_desktop.core.errors import NotFound, ValidationError
from matrix_desktop.core.forwarding import ForwardAction, ForwardRule, QuietHours
from matrix_desktop.core.forwarding.posts import PostKind
from matrix_desktop.core.forwarding.records import ForwarderSettings, OutsideKind, parse_yuan, why_empty, yuan
from matrix_desktop.core.forwarding.rules import active_hours
from matrix_desktop.services.forwarding.setup import TIERS, ForwardSetup

TZ = ZoneInfo("Asia/Shanghai")


def register(sub: Any) -> None:
    p = sub.add_parser("forward", help="cross-forwarding: plans, approval, rules, paid campaigns")
    fsub = p.add_subparsers(dest="forward_command", metavar="ACTION", required=True)

    pl = fsub.add_parser("plan", help="make a draft plan for a post")
    pl.add_argument("--post", required=True, metavar="MID", help="the post to amplify (synced)")
    pl.add_argument("--seed", type=bounded_int(0, 2 ** 32 - 1, "a seed"), default=0)
    pl.add_argument("--start", type=plan_time, default=None, metavar="ISO_TIME",
                    help="when the plan starts (default: now); moved past the company's quiet hours")
    pl.add_argument("--window", type=bounded_int(1, 7 * 24 * 60, "minutes"), default=None, metavar="MINUTES", help="override the rules' delay windows")
    pl.add_argument("--min-gap", type=bounded_int(0, 24 * 3600, "seconds"), default=None, metavar="SECONDS", help="minimum gap between forwards")
    pl.add_argument("--replace", action="store_true", help="replace the post's draft plan, if it has one")
    pl.add_argument("--format", choices=("table", "json"), default="table")
    pl.set_defaults(handler=run_plan)

    ap = fsub.add_parser("approve", help="approve a plan (leaders)")
    ap.add_argument("plan_id", type=record_id)
    ap.add_argument("--format", choices=("table", "json"), default="table")
    ap.add_argument("--edit-version", type=record_id, default=None, metavar="N",
                    help="refuse if the plan was edited since `forward status` showed this edit version")
    ap.set_defaults(handler=run_approve)

    st = fsub.add_parser("status", help="a plan's entries and their states")
    st.add_argument("plan_id", type=record_id)
    st.add_argument("--format", choices=("table", "json"), default="table")
    st.set_defaults(handler=run_status)

    ed = fsub.add_parser("edit", help="move an entry or change its text (needs a new approval)")
    ed.add_argument("entry_id", type=record_id)
    ed.add_argument("--at", type=plan_time, default=None, metavar="ISO_TIME")
    ed.add_argument("--text", default=None)
    ed.add_argument("--edit-version", type=record_id, default=None, metavar="N",
                    help="refuse if the plan was edited since `forward status` showed this edit version")
    ed.set_defaults(handler=run_edit)

    dr = fsub.add_parser("drop", help="drop an entry from its plan (needs a new approval)")
    dr.add_argument("entry_id", type=record_id)
    dr.add_argument("--edit-version", type=record_id, default=None, metavar="N",
                    help="refuse if the plan was edited since `forward status` showed this edit version")
    dr.set_defaults(handler=run_drop)

    ca = fsub.add_parser("cancel", help="cancel a plan: nothing more is sent")
    ca.add_argument("plan_id", type=record_id)
    ca.add_argument("--edit-version", type=record_id, default=None, metavar="N",
                    help="refuse if the plan was edited since `forward status` showed this edit version")
    ca.set_defaults(handler=run_cancel)

    ls = fsub.add_parser("list", help="list plans")
    ls.add_argument("--format", choices=("table", "json"), default="table")
    ls.set_defaults(handler=run_list)

    rules = fsub.add_parser("rules", help="the matrix rules: who forwards whose posts")
    rsub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    rl = rsub.add_parser("list")
    rl.add_argument("--format", choices=("table", "json"), default="table")
    rl.set_defaults(handler=run_rules_list)
    ra = rsub.add_parser("add", help="add or replace the rule SOURCE → FORWARDER")
    ra.add_argument("source_uid")
    ra.add_argument("forwarder_uid")
    ra.add_argument("--kind", action="append", default=[], help="only posts with this #topic# (repeatable)")
    ra.add_argument("--action", choices=[a.value for a in ForwardAction], default="repost")
    ra.add_argument("--delay-min", type=bounded_int(0, 7 * 24 * 60, "minutes"), default=5, metavar="MINUTES")
    ra.add_argument("--delay-max", type=bounded_int(0, 7 * 24 * 60, "minutes"), default=240, metavar="MINUTES")
    ra.add_argument("--template", action="append", default=[], help="comment template (repeatable)")
    ra.set_defaults(handler=run_rules_add)
    rs = rsub.add_parser("set", help="change the rule SOURCE → FORWARDER; what is not given stays as it is")
    rs.add_argument("source_uid")
    rs.add_argument("forwarder_uid")
    rs.add_argument("--kind", action="append", default=None, help="only posts with this #topic# (repeatable)")
    rs.add_argument("--all-kinds", action="store_true", help="every post, whatever its #topics#")
    rs.add_argument("--action", choices=[a.value for a in ForwardAction], default=None)
    rs.add_argument("--delay-min", type=bounded_int(0, 7 * 24 * 60, "minutes"), default=None, metavar="MINUTES")
    rs.add_argument("--delay-max", type=bounded_int(0, 7 * 24 * 60, "minutes"), default=None, metavar="MINUTES")
    rs.add_argument("--template", action="append", default=None, help="comment template (repeatable)")
    rs.add_argument("--no-templates", action="store_true", help="use the lines of the role and post kind")
    rs.add_argument("--enabled", choices=("yes", "no"), default=None)
    rs.set_defaults(handler=run_rules_set)
    rr = rsub.add_parser("remove")
    rr.add_argument("source_uid")
    rr.add_argument("forwarder_uid")
    rr.set_defaults(handler=run_rules_remove)
    rd = rsub.add_parser("defaults", help="add the usual matrix: all forward the official; the rest the leaders")
    rd.set_defaults(handler=run_rules_defaults)

    se = fsub.add_parser("settings", help="an account's slogan, daily cap, quiet hours, opt-out")
    se.add_argument("uid")
    se.add_argument("--slogan", default=None)
    se.add_argument("--daily-cap", type=bounded_int(0, 1000, "a daily cap"), default=None)
    se.add_argument("--quiet", default=None, metavar="HH:MM-HH:MM", help="quiet hours; '' for none")
    se.add_argument("--active", default=None, metavar="HH:MM-HH:MM",
                    help="active hours: the account forwards only then (sets the quiet hours to the rest)")
    se.add_argument("--opt-out", choices=("yes", "no"), default=None)
    se.set_defaults(handler=run_settings)

    su = fsub.add_parser("setup", help="the team's API tier, time zone and quiet hours (shown without options)")
    su.add_argument("--tier", choices=tuple(TIERS), default=None, help="the API tier the app holds")
    su.add_argument("--timezone", default=None, metavar="ZONE", help="the company's time zone, e.g. Asia/Shanghai")
    su.add_argument("--quiet", default=None, metavar="HH:MM-HH:MM", help="the company's quiet hours; '' for none")
    su.set_defaults(handler=run_setup)

    li = fsub.add_parser("lines", help="the comment lines per post kind and role (the team's words)")
    lsub = li.add_subparsers(dest="lines_command", metavar="ACTION", required=True)
    ll = lsub.add_parser("list")
    ll.add_argument("--kind", choices=[k.value for k in PostKind], default=None)
    ll.add_argument("--role", choices=[r.value for r in AccountRole], default=None)
    ll.set_defaults(handler=run_lines_list)
    ls_ = lsub.add_parser("set", help="the team's lines for KIND forwarded by ROLE (replace the built-in ones)")
    ls_.add_argument("kind", choices=[k.value for k in PostKind])
    ls_.add_argument("role", choices=[r.value for r in AccountRole])
    ls_.add_argument("--line", action="append", required=True, help="one line (repeatable)")
    ls_.set_defaults(handler=run_lines_set)
    lr = lsub.add_parser("reset", help="put the built-in lines back for KIND and ROLE")
    lr.add_argument("kind", choices=[k.value for k in PostKind])
    lr.add_argument("role", choices=[r.value for r in AccountRole])
    lr.set_defaults(handler=run_lines_reset)

    cp = fsub.add_parser("campaign", help="paid forwarding: budget, outside accounts, gifts")
    csub = cp.add_subparsers(dest="campaign_command", metavar="ACTION", required=True)
    cadd = csub.add_parser("add")
    cadd.add_argument("name")
    cadd.add_argument("--budget", required=True, help="in yuan, e.g. 5000")
    cadd.add_argument("--post", default="", metavar="MID")
    cadd.add_argument("--plan", type=record_id, default=None)
    cadd.set_defaults(handler=run_campaign_add)
    clist = csub.add_parser("list")
    clist.set_defaults(handler=run_campaign_list)
    oadd = csub.add_parser("outside-add", help="an outside account that forwards for pay or as a friend")
    oadd.add_argument("uid")
    oadd.add_argument("name")
    oadd.add_argument("--kind", choices=[k.value for k in OutsideKind], default="fan")
    oadd.add_argument("--cost", default="0", help="cost per forward in yuan")
    oadd.add_argument("--followers", type=bounded_int(0, 10 ** 10, "a follower count"), default=0)
    oadd.set_defaults(handler=run_outside_add)
    cfwd = csub.add_parser("forward", help="record a paid forward")
    cfwd.add_argument("campaign_id", type=record_id)
    cfwd.add_argument("outside", help="outside account uid")
    cfwd.add_argument("--id", default="", help="the forward's Weibo id")
    cfwd.add_argument("--cost", default=None, help="override the cost, in yuan")
    cfwd.set_defaults(handler=run_campaign_forward)
    gift = csub.add_parser("gift", help="record a gift sent to an outside account")
    gift.add_argument("outside", help="outside account uid")
    gift.add_argument("what")
    gift.add_argument("--cost", default="0", help="in yuan")
    gift.add_argument("--on", type=date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    gift.add_argument("--campaign", type=record_id, default=None)
    gift.set_defaults(handler=run_gift)
    show = csub.add_parser("show", help="spend against budget, reach and interactions")
    show.add_argument("campaign_id", type=record_id)
    show.set_defaults(handler=run_campaign_show)


def _print_view(ctx: Any, view: Any, fmt: str) -> None:
    if fmt == "json":
        print_json(ctx.stdout, view.to_json_dict())
        return
    p = view.plan
    print(f"plan #{p.id}  post {p.post_mid}  {p.state.value}  v{p.version}  edit {p.row_version}  by {p.created_by}"
          + (f"  approved by {p.approved_by}" if p.approved_by else ""), file=ctx.stdout)
    print_table(ctx.stdout, ["entry", "time", "account", "action", "state", "text", "answer"], [
        (e.id, e.at.astimezone(TZ).strftime("%m-%d %H:%M:%S"), e.screen_name or e.account_uid, e.action.value,
         e.state.value, e.text, e.answer) for e in view.entries])
    for s in p.skipped:
        print(f"skipped: {s.screen_name or s.account_uid}: {s.reason}", file=ctx.stdout)
    for problem in view.problems:
        print(f"problem: {problem}", file=ctx.stderr)


def run_plan(args: argparse.Namespace, ctx: Any) -> int:
    view = ctx.services().forwarding.plans.plan(args.post, args.seed, args.start, args.window, args.min_gap,
                                                replace_draft=args.replace)
    _print_view(ctx, view, args.format)
    if not view.entries:
        print("nobody will forward: " + "; ".join(f"{n} × {why}" for why, n in why_empty(view.plan.skipped)),
              file=ctx.stderr)
    return 0


def run_approve(args: argparse.Namespace, ctx: Any) -> int:
    fw = ctx.services().forwarding
    s = fw.plans.approval_summary(args.plan_id)
    if args.format == "table":
        print(f"approving plan #{s.plan_id}: {s.forwards} forwards ({s.comments} with a comment, {s.plain} plain), "
              f"{local_time(s.first)} to {local_time(s.last)}" + (" (re-timed from now)" if s.retimed else "")
              + f"; {len(s.skipped) + len(s.already_forwarded)} accounts skipped", file=ctx.stdout)
    _print_view(ctx, fw.plans.approve(args.plan_id, expected_version=args.edit_version), args.format)
    return 0


def local_time(dt: datetime | None) -> str:
    return dt.astimezone(TZ).strftime("%m-%d %H:%M") if dt else "-"


def run_status(args: argparse.Namespace, ctx: Any) -> int:
    _print_view(ctx, ctx.services().forwarding.plans.status(args.plan_id), args.format)
    return 0


def run_edit(args: argparse.Namespace, ctx: Any) -> int:
    if args.at is None and args.text is None:
        raise ValidationError("say what to change: --at and/or --text")
    view = ctx.services().forwarding.plans.edit_entry(args.entry_id, args.at, args.text,
                                                      expected_version=args.edit_version)
    print(f"plan #{view.id} is {view.plan.state.value} (version {view.plan.version})", file=ctx.stdout)
    return 0


def run_drop(args: argparse.Namespace, ctx: Any) -> int:
    view = ctx.services().forwarding.plans.drop_entry(args.entry_id, expected_version=args.edit_version)
    print(f"plan #{view.id} is {view.plan.state.value} (version {view.plan.version})", file=ctx.stdout)
    return 0


def run_cancel(args: argparse.Namespace, ctx: Any) -> int:
    view = ctx.services().forwarding.plans.cancel(args.plan_id, expected_version=args.edit_version)
    print(f"plan #{view.id} cancelled", file=ctx.stdout)
    return 0


def run_list(args: argparse.Namespace, ctx: Any) -> int:
    fw = ctx.services().forwarding
    plans = fw.plans.plans_by_ids(fw.plans.plan_ids())
    if args.format == "json":
        print_json(ctx.stdout, [{"plan_id": p.id, "post": p.post_mid, "state": p.state.value, "version": p.version,
                                 "created_by": p.created_by, "approved_by": p.approved_by, "entries": p.counts}
                                for p in plans])
        return 0
    print_table(ctx.stdout, ["plan", "post", "author", "state", "v", "sent/total", "made by", "approved by"], [
        (p.id, p.post_mid, p.author_name, p.state.value, p.version,
         f"{p.counts.get('sent', 0)}/{sum(p.counts.values())}", p.created_by, p.approved_by) for p in plans])
    return 0


def run_rules_list(args: argparse.Namespace, ctx: Any) -> int:
    rules = ctx.services().forwarding.matrix.rules()
    if args.format == "json":
        print_json(ctx.stdout, [{"source_uid": r.source_uid, "forwarder_uid": r.forwarder_uid,
                                 "kinds": sorted(r.post_kinds), "action": r.action.value,
                                 "delay": [r.delay_min_minutes, r.delay_max_minutes],
                                 "templates": list(r.templates), "enabled": r.enabled} for r in rules])
        return 0
    print_table(ctx.stdout, ["source", "forwarder", "action", "kinds", "delay (min)", "templates"], [
        (r.source_uid, r.forwarder_uid, r.action.value, " ".join(sorted(r.post_kinds)) or "all",
         f"{r.delay_min_minutes}-{r.delay_max_minutes}", len(r.templates) or "default") for r in rules])
    return 0


def run_rules_add(args: argparse.Namespace, ctx: Any) -> int:
    rule = ForwardRule(args.source_uid, args.forwarder_uid, frozenset(k.strip("#") for k in args.kind),
                       ForwardAction(args.action), args.delay_min, args.delay_max, tuple(args.template))
    ctx.services().forwarding.matrix.put_rule(rule)
    print(f"rule {args.source_uid} → {args.forwarder_uid} saved", file=ctx.stdout)
    return 0


def run_rules_set(args: argparse.Namespace, ctx: Any) -> int:
    fw = ctx.services().forwarding
    cur = next((r for r in fw.matrix.rules()
                if r.source_uid == args.source_uid and r.forwarder_uid == args.forwarder_uid), None)
    if cur is None:
        raise NotFound(f"no rule {args.source_uid} → {args.forwarder_uid} (add it with `forward rules add`)")
    kinds = frozenset() if args.all_kinds else (
        frozenset(k.strip("#") for k in args.kind) if args.kind is not None else cur.post_kinds)
    templates = () if args.no_templates else (tuple(args.template) if args.template is not None else cur.templates)
    rule = dc_replace(cur, post_kinds=kinds, templates=templates,
                      action=ForwardAction(args.action) if args.action else cur.action,
                      delay_min_minutes=cur.delay_min_minutes if args.delay_min is None else args.delay_min,
                      delay_max_minutes=cur.delay_max_minutes if args.delay_max is None else args.delay_max,
                      enabled=cur.enabled if args.enabled is None else args.enabled == "yes")
    fw.matrix.put_rule(rule)
    print(f"rule {args.source_uid} → {args.forwarder_uid}: {rule.action.value}, "
          f"{rule.delay_min_minutes}-{rule.delay_max_minutes} min, "
          f"{'enabled' if rule.enabled else 'disabled'}", file=ctx.stdout)
    return 0


def run_rules_remove(args: argparse.Namespace, ctx: Any) -> int:
    ctx.services().forwarding.matrix.remove_rule(args.source_uid, args.forwarder_uid)
    print(f"rule {args.source_uid} → {args.forwarder_uid} removed", file=ctx.stdout)
    return 0


def run_rules_defaults(args: argparse.Namespace, ctx: Any) -> int:
    n = ctx.services().forwarding.matrix.default_rules()
    print(f"{n} rule(s) added", file=ctx.stdout)
    return 0


def run_settings(args: argparse.Namespace, ctx: Any) -> int:
    fw = ctx.services().forwarding
    cur = fw.matrix.settings_of(args.uid)
    quiet = cur.quiet_hours
    if args.quiet is not None:
        quiet = QuietHours.parse(args.quiet) if args.quiet.strip() else None
    if args.active is not None:
        quiet = active_hours(args.active) if args.active.strip() else None
    new = ForwarderSettings(args.uid, cur.slogan if args.slogan is None else args.slogan,
                            cur.daily_cap if args.daily_cap is None else args.daily_cap, quiet,
                            cur.opted_out if args.opt_out is None else args.opt_out == "yes")
    fw.matrix.put_settings(new)
    print(f"{args.uid}: slogan {new.slogan!r}, cap {new.daily_cap}/day, quiet {new.quiet_hours or 'none'}, "
          f"{'opted out' if new.opted_out else 'forwards'}", file=ctx.stdout)
    return 0


def run_setup(args: argparse.Namespace, ctx: Any) -> int:
    setup = ctx.services().forwarding.setup
    cur = setup.get()
    if args.tier is not None or args.timezone is not None or args.quiet is not None:
        quiet = cur.quiet_hours
        if args.quiet is not None:
            quiet = QuietHours.parse(args.quiet) if args.quiet.strip() else None
        cur = setup.put(ForwardSetup(args.tier or cur.tier, args.timezone or cur.timezone, quiet))
    print(f"API tier {cur.tier} ({cur.limits.posts_per_hour} posts an hour, {cur.limits.calls_per_day} calls a day "
          f"per account), time zone {cur.timezone}, quiet hours {cur.quiet_hours or 'none'}", file=ctx.stdout)
    return 0


def run_lines_list(args: argparse.Namespace, ctx: Any) -> int:
    setup = ctx.services().forwarding.setup
    voice, team = setup.voice(), setup.team_lines()
    rows = []
    for kind in PostKind:
        if args.kind and kind.value != args.kind:
            continue
        for role in AccountRole:
            if args.role and role.value != args.role:
                continue
            mine = role.value in team.get(kind.value, {})
            for line in voice.for_(kind, role):
                rows.append((kind.value, role.value, "team" if mine else "built-in", line))
    print_table(ctx.stdout, ["kind", "role", "from", "line"], rows)
    return 0


def run_lines_set(args: argparse.Namespace, ctx: Any) -> int:
    ctx.services().forwarding.setup.put_lines(args.kind, args.role, args.line)
    print(f"{len(args.line)} line(s) saved for {args.kind} posts forwarded by {args.role} accounts", file=ctx.stdout)
    return 0


def run_lines_reset(args: argparse.Namespace, ctx: Any) -> int:
    ctx.services().forwarding.setup.put_lines(args.kind, args.role, [])
    print(f"built-in lines back for {args.kind} posts forwarded by {args.role} accounts", file=ctx.stdout)
    return 0


def run_campaign_add(args: argparse.Namespace, ctx: Any) -> int:
    c = ctx.services().forwarding.campaigns.add_campaign(args.name, parse_yuan(args.budget), args.post, args.plan)
    print(f"campaign #{c.id} {c.name}: budget {yuan(c.budget_fen)}", file=ctx.stdout)
    return 0


def run_campaign_list(args: argparse.Namespace, ctx: Any) -> int:
    fw = ctx.services().forwarding
    rows = []
    for c in fw.campaigns.campaigns():
        s = fw.campaigns.campaign_summary(c.id)
        rows.append((c.id, c.name, yuan(c.budget_fen), yuan(s.spent_fen), yuan(s.left_fen), s.forwards, s.reach))
    print_table(ctx.stdout, ["id", "campaign", "budget", "spent", "left", "forwards", "reach"], rows)
    return 0


def run_outside_add(args: argparse.Namespace, ctx: Any) -> int:
    o = ctx.services().forwarding.campaigns.put_outside(args.uid, args.name, OutsideKind(args.kind), parse_yuan(args.cost),
                                              args.followers)
    print(f"outside account {o.name} ({o.kind.value}), {yuan(o.cost_per_forward_fen)} per forward", file=ctx.stdout)
    return 0


def run_campaign_forward(args: argparse.Namespace, ctx: Any) -> int:
    cost = parse_yuan(args.cost) if args.cost is not None else None
    ctx.services().forwarding.campaigns.record_paid_forward(args.campaign_id, args.outside, args.id, cost_fen=cost)
    print("paid forward recorded", file=ctx.stdout)
    return 0


def run_gift(args: argparse.Namespace, ctx: Any) -> int:
    ctx.services().forwarding.campaigns.add_gift(args.outside, args.what, parse_yuan(args.cost), args.on, args.campaign)
    print("gift recorded", file=ctx.stdout)
    return 0


def run_campaign_show(args: argparse.Namespace, ctx: Any) -> int:
    fw = ctx.services().forwarding
    s = fw.campaigns.campaign_summary(args.campaign_id)
    c = s.campaign
    print(f"{c.name}: budget {yuan(c.budget_fen)}, spent {yuan(s.spent_fen)} (forwards {yuan(s.forward_cost_fen)}, "
          f"gifts {yuan(s.gift_cost_fen)}), left {yuan(s.left_fen)}; {s.forwards} forwards, reach {s.reach:,}, "
          f"interactions {s.interactions:,}", file=ctx.stdout)
    print_table(ctx.stdout, ["forward", "account", "cost", "reach", "interactions"], [
        (f.platform_id, f.account_name, yuan(f.cost_fen), f.reach, f.interactions)
        for f in fw.campaigns.campaign_forwards(c.id)])
    print_table(ctx.stdout, ["date", "gift", "to", "cost"], [
        (g.on.isoformat(), g.what, g.account_name, yuan(g.cost_fen)) for g in fw.campaigns.gifts(c.id)])
    return 0
