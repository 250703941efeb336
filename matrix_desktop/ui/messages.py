"""Errors and service sentences in the interface language.

Services speak to the command line: their errors are typed (`PermissionDenied`, `PlanAlreadyExists`, the
platform's `WeiboApiError`s) and their messages are English sentences, some naming CLI flags. The window
must never show those as they are: `explain_error()` turns an exception into a sentence for the person at
the desk (by type first, then by the sentence's shape), `explain_text()` does the same for a message or a
progress label a service handed over as text. A sentence with no mapping yet is shown as the service wrote
it (the language walk test names it, so it gets a line here).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from matrix_desktop.core.errors import MatrixError
from matrix_desktop.core.weibo_errors import WeiboApiError
from matrix_desktop.ui.i18n import format_datetime, join_words, language, tr, tr_noop

#: Words a service puts into its sentences (states, roles, severities), for the sentence's fields.
WORDS: dict[str, str] = {
    "draft": tr_noop("draft"), "approved": tr_noop("approved"), "review": tr_noop("in review"),
    "in_review": tr_noop("in review"), "published": tr_noop("published"), "cancelled": tr_noop("cancelled"),
    "rejected": tr_noop("rejected"), "running": tr_noop("running"), "done": tr_noop("done"),
    "failed": tr_noop("failed"), "sent": tr_noop("sent"), "sending": tr_noop("sending"),
    "operator": tr_noop("operator"), "leader": tr_noop("leader"), "admin": tr_noop("admin"),
    "high": tr_noop("high"), "medium": tr_noop("medium"), "low": tr_noop("low"),
    "complaint": tr_noop("complaint"), "question": tr_noop("question"), "crisis": tr_noop("crisis"),
}


def word(value: str) -> str:
    """One word of a service sentence in the interface language ("draft" → 草稿); "a or b" joined."""
    if " or " in value:
        return tr(" or ").join(word(v) for v in value.split(" or "))
    known = WORDS.get(value)
    return tr(known) if known else value


# (the sentence's shape, its words in the interface language); named groups fill the fields of the same name.
_SENTENCES: list[tuple[re.Pattern[str], str]] = [(re.compile(rx), text) for rx, text in [
    (r"^syncing (?P<name>.+)$", tr_noop("Syncing {name}")),
    (r"^set the Weibo app key and secret first.*$",
     tr_noop("Set the Weibo app key and secret first (Credentials → App credentials).")),
    (r"^the first member of a new database must be an admin.*$",
     tr_noop("The first member of a new database must be an admin; admins then add everyone else.")),
    (r"^(?P<name>.+) may not (?P<action>.+): it needs the (?P<role>.+) role$",
     tr_noop("{name} may not do this: it needs the {role} role.")),
    (r"^say who is working.*$", tr_noop("Choose who is working first.")),
    (r"^(?P<name>.+) is the last admin; make someone else an admin first$",
     tr_noop("{name} is the last admin; make someone else an admin first.")),
    (r"^post (?P<mid>\S+) already has plan #(?P<id>\d+) \((?P<state>\w+)\).*$",
     tr_noop("This post already has plan #{id} ({state}).")),
    (r"^post #(?P<id>\d+) already has forwarding plan #(?P<plan>\d+)$",
     tr_noop("Post #{id} already has forwarding plan #{plan}.")),
    (r"^no forwarding rule names (?P<name>.+?) as a source.*$",
     tr_noop("No forwarding rule names {name} as a source: nobody would forward this post.")),
    (r"^no account with uid (?P<uid>\S+)$", tr_noop("No account has the uid {uid}.")),
    (r"^an account with uid (?P<uid>\S+) is already registered$",
     tr_noop("An account with the uid {uid} is already registered.")),
    (r"^account #(?P<id>\d+) no longer exists$", tr_noop("That account no longer exists.")),
    (r"^uid (?P<uid>\S+) belongs to another account \((?P<name>.+)\)$",
     tr_noop("The uid {uid} belongs to another account ({name}).")),
    (r"^(?P<name>.+) is already the official account.*$",
     tr_noop("{name} is already the official account; a matrix has one official account.")),
    (r"^account (?P<uid>\S+) is not (?:in the registry|registered).*$",
     tr_noop("Account {uid} is not in the registry.")),
    (r"^account (?P<name>.+) is archived$", tr_noop("Account {name} is archived.")),
    (r"^a member named (?P<name>.+) already exists$", tr_noop("A member named {name} already exists.")),
    (r"^a member needs at least one role.*$", tr_noop("A member needs at least one role.")),
    (r"^no team member named (?P<name>.+)$", tr_noop("No team member is named {name}.")),
    (r"^(?P<name>.+) is not an active team member.*$", tr_noop("{name} is not an active team member.")),
    (r"^member name .* must be 1-40 letters.*$",
     tr_noop("A member's name has 1 to 40 letters, digits, Chinese characters, '.', '-' or '_'.")),
    (r"^both the app key and the app secret are needed$", tr_noop("Both the app key and the app secret are needed.")),
    (r"^no token is stored for account (?P<uid>\S+)$", tr_noop("No token is stored for account {uid}.")),
    (r"^the authorisation code is empty$", tr_noop("The authorisation code is empty.")),
    (r"^the post's text is empty$", tr_noop("The post's text is empty.")),
    (r"^the text must not be empty$", tr_noop("The text must not be empty.")),
    (r"^the text is longer than (?P<n>\d+) characters$", tr_noop("The text is longer than {n} characters.")),
    (r"^post #(?P<id>\d+) is (?P<state>\w+).*$", tr_noop("Post #{id} is {state}; it cannot be changed that way.")),
    (r"^plan #(?P<id>\d+) is (?:already )?(?P<state>\w+).*$",
     tr_noop("Plan #{id} is {state}; it cannot be changed that way.")),
    (r"^plan #(?P<id>\d+) has no forward left to approve$", tr_noop("Plan #{id} has no forward left to approve.")),
    (r"^post (?P<mid>\S+) is not in the database.*$",
     tr_noop("That post is not in the database yet; sync the account that published it first.")),
    (r"^say why (?:the|a) .*$", tr_noop("Say why (the reason is kept in the audit trail).")),
    (r"^a campaign needs a name$", tr_noop("A campaign needs a name.")),
    (r"^a campaign named (?P<name>.+) already exists$", tr_noop("A campaign named {name} already exists.")),
    (r"^the budget must not be negative$", tr_noop("The budget must not be negative.")),
    (r"^flag #(?P<id>\d+) does not exist$", tr_noop("Flag #{id} no longer exists.")),
    (r"^the sending account has no usable token; connect it again$",
     tr_noop("The sending account has no usable token; connect it again.")),
    (r"^signed in to the team database as (?P<name>.+?);.*$",
     tr_noop("Signed in to the team database as {name}; acting as someone else needs their own login.")),
    # prize draws
    (r"^draw #(?P<id>\d+) closes at (?P<at>\S+); it cannot be run before$",
     tr_noop("Draw #{id} closes at {at}; it cannot be run before.")),
    (r"^the seed of draw #(?P<id>\d+) is kept in the keyring of the desktop that set it up \((?P<name>.+)\).*$",
     tr_noop("The seed of draw #{id} is kept in the keyring of the desktop that set it up ({name}); run the draw "
             "there.")),
    (r"^the seed kept for draw #(?P<id>\d+) does not match its published commitment.*$",
     tr_noop("The seed kept for draw #{id} does not match its published commitment; the draw cannot be run with it.")),
    (r"^draw #(?P<id>\d+) has not been run yet.*$", tr_noop("Draw #{id} has not been run yet: there are no winners.")),
    (r"^a draw needs a name of 1 to (?P<n>\d+) characters$", tr_noop("A draw needs a name of 1 to {n} characters.")),
    (r"^(?P<mid>.+) is not a Weibo post id \(mid\)$", tr_noop("{mid} is not a Weibo post id.")),
    (r"^the number of winners must be 1 to (?P<n>\d+)$", tr_noop("The number of winners must be 1 to {n}.")),
    (r"^the deadline has passed: a commitment must be published before it$",
     tr_noop("The deadline has passed: the commitment must be published before it.")),
    # the forwarding worker's answers
    (r"^sent with a new text \(the first was a repeat\)$", tr_noop("sent with a new text (the first was a repeat)")),
    (r"^sent \(confirmed on the repost timeline\)$", tr_noop("sent (confirmed on the repost timeline)")),
    (r"^rate limited; moved to (?P<t>\S+)$", tr_noop("rate limited; moved to {t}")),
    (r"^no token stored for the account — reconnect it$", tr_noop("no token stored for the account — reconnect it")),
    (r"^the keyring did not give the token; will look again$",
     tr_noop("the keyring did not give the token; will look again")),
    (r"^the platform answered that this text was already sent.*$",
     tr_noop("the platform answered that this text was already sent; counted as sent")),
]]

#: "中文句子 / English sentence" as `WeiboApiError.explain()` gives both; the part after a prefix is kept.
_BILINGUAL = re.compile(r"^(?P<head>.*?)(?P<zh>[^:：/]*[\u4e00-\u9fff][^/]*) / (?P<en>[^/]+)$")
_PREFIXES: list[tuple[re.Pattern[str], str]] = [(re.compile(rx), text) for rx, text in [
    (r"^no answer from Weibo after (?P<n>\d+) attempts:\s*$", tr_noop("no answer from Weibo after {n} attempts")),
    (r"^.*; will try again:\s*$", tr_noop("will try again")),
    (r"^rate limited and no room left inside the window:\s*$", tr_noop("rate limited and no room left inside the window")),
    (r"^token expired:\s*$", tr_noop("token expired")),
    (r"^Weibo kept failing:\s*$", tr_noop("Weibo kept failing")),
    (r"^Weibo kept refusing the token, which it says is valid:\s*$",
     tr_noop("Weibo kept refusing the token, which it says is valid")),
    (r"^post #(?P<id>\d+) cannot be approved:\s*$", tr_noop("Post #{id} cannot be approved")),
]]


def _fields(m: re.Match[str]) -> dict[str, str]:
    return {k: word(v) if k in ("state", "role") else v for k, v in m.groupdict().items() if v is not None}


def explain_text(text: str) -> str:
    """A service's sentence (an error, a progress label, a worker's answer) in the interface language."""
    text = text.strip()
    for rx, words in _SENTENCES:
        m = rx.match(text)
        if m:
            return tr(words, **_fields(m))
    both = _BILINGUAL.match(text)
    if both:
        said = both["zh"].strip() if language() == "zh_CN" else both["en"].strip()
        head = both["head"]
        for rx, words in _PREFIXES:
            m = rx.match(head)
            if m:
                return tr(words, **_fields(m)) + ("：" if language() == "zh_CN" else ": ") + said
        return said if language() == "zh_CN" or not head else f"{head.strip()} {said}"
    return text


def explain_error(exc: BaseException) -> str:
    """What to tell a person about a failure, in the interface language."""
    if isinstance(exc, WeiboApiError):
        return exc.explain("zh" if language() == "zh_CN" else "en")
    from matrix_desktop.core.forwarding.records import PlanAlreadyExists

    if isinstance(exc, PlanAlreadyExists):
        return tr("This post already has plan #{id} ({state}).", id=exc.plan_id, state=word(exc.state.value))
    problems = getattr(exc, "problems", None)
    if isinstance(problems, list) and problems:
        said = [explain_text(str(p)) for p in problems]
        if language() == "zh_CN":  # whole sentences: 句一；句二。 (not 句一。、句二。)
            return "；".join(s.rstrip("。；") for s in said) + "。"
        return "; ".join(s.rstrip(".;") for s in said) + "."
    if isinstance(exc, MatrixError):
        explain: Callable[..., object] | None = getattr(exc, "explain", None)
        if callable(explain):
            return str(explain())
        return explain_text(str(exc))
    return tr("Something went wrong ({kind}). The details are in the log file.", kind=type(exc).__name__)


# --- platform fields shown as words ---

#: Weibo's `verified_type`: -1 none; 0 a person (orange V); 1-7 an organisation (blue V); 200/220 a
#: "达人" (expert); 400 a former V.
VERIFIED_TYPES: dict[int, str] = {
    0: tr_noop("a person"), 1: tr_noop("a government body"), 2: tr_noop("a company"), 3: tr_noop("a media outlet"),
    4: tr_noop("a school"), 5: tr_noop("a website"), 6: tr_noop("an app"), 7: tr_noop("an organisation"),
    8: tr_noop("a company (under review)"), 200: tr_noop("an expert"), 220: tr_noop("an expert"),
}


def verification_label(verified: bool, verified_type: int) -> str:
    """"Verified: a company" instead of "yes (type 2)"."""
    if not verified:
        return tr("not verified")
    kind = VERIFIED_TYPES.get(verified_type)
    return tr("verified as {kind}", kind=tr(kind)) if kind else tr("verified")


#: Keys of audit details, in the words of the people who read the trail.
DETAIL_KEYS: dict[str, str] = {
    "items": tr_noop("items"), "kind": tr_noop("kind"), "member": tr_noop("member"), "roles": tr_noop("roles"),
    "plan": tr_noop("plan"), "entry": tr_noop("forward"), "post": tr_noop("post"), "id": tr_noop("Weibo id"),
    "action": tr_noop("action"), "why": tr_noop("why"), "reason": tr_noop("reason"), "uid": tr_noop("account"),
    "account": tr_noop("account"), "name": tr_noop("name"), "count": tr_noop("count"), "state": tr_noop("state"),
    "fields": tr_noop("fields"), "flag": tr_noop("flag"), "severity": tr_noop("severity"), "text": tr_noop("text"),
    "draft": tr_noop("reply"), "item": tr_noop("item"), "ticket": tr_noop("ticket"), "file": tr_noop("file"),
    "rows": tr_noop("rows"), "accounts": tr_noop("accounts"), "purpose": tr_noop("purpose"),
    "source": tr_noop("source"), "forwarder": tr_noop("forwarder"), "campaign": tr_noop("campaign"),
    "changes": tr_noop("changes"), "to": tr_noop("to"), "from": tr_noop("from"), "category": tr_noop("category"),
    "expires_at": tr_noop("expires"), "key": tr_noop("setting"), "value": tr_noop("value"),
    "at": tr_noop("time"), "column": tr_noop("column"), "earliest": tr_noop("earliest"), "latest": tr_noop("latest"),
    "min_gap": tr_noop("minimum gap (min)"), "weekly": tr_noop("per week"), "word": tr_noop("word"),
    "version": tr_noop("version"), "added": tr_noop("added"), "uids": tr_noop("account uids"),
    "base_url": tr_noop("platform address"), "legal_name": tr_noop("legal name"), "path": tr_noop("file"),
    "removed": tr_noop("removed"), "words": tr_noop("words"), "watch": tr_noop("watch list"),
    "entries": tr_noop("forwards"), "cost_fen": tr_noop("cost (fen)"), "mid": tr_noop("Weibo id"),
    "comment": tr_noop("comment"), "changed": tr_noop("changed"), "what": tr_noop("what"), "via": tr_noop("via"),
    "updated": tr_noop("updated"), "tickets": tr_noop("tickets"), "terms": tr_noop("terms"),
    "status": tr_noop("status"), "screen_name": tr_noop("screen name"), "replace": tr_noop("replaces"),
    "platform": tr_noop("platform"), "per_day": tr_noop("per day"), "opted_out": tr_noop("opted out"),
    "note": tr_noop("note"), "lines": tr_noop("lines"), "error": tr_noop("error"), "edited": tr_noop("edited"),
    "daily_cap": tr_noop("daily cap"), "created": tr_noop("created"), "corrections": tr_noop("corrections"),
    "corpus": tr_noop("corpus"), "columns": tr_noop("columns"), "budget_fen": tr_noop("budget (fen)"),
    "assignee": tr_noop("assignee"), "api_host": tr_noop("platform"), "alert": tr_noop("alert"),
    "evidence": tr_noop("evidence"), "field": tr_noop("field"), "role": tr_noop("role"),
    # company events and prize draws (issue 17)
    "event": tr_noop("event"), "was": tr_noop("before"), "lead_days": tr_noop("days of notice"),
    "learned_on": tr_noop("told on"), "starts_on": tr_noop("starts on"), "draw": tr_noop("prize draw"),
    "deadline": tr_noop("deadline"), "winners": tr_noop("winners"), "commitment": tr_noop("commitment"),
    "seed": tr_noop("seed"), "entrants": tr_noop("entrants"), "eligible": tr_noop("eligible"),
    "list_digest": tr_noop("digest of the list"),
}

#: Values of audit details that are internal words.
DETAIL_VALUES: dict[str, str] = {
    "employee_link": tr_noop("tie to the company"), "leader_unverified": tr_noop("leader not verified"),
    "verified": tr_noop("verification"),
    "repost": tr_noop("forward"), "comment": tr_noop("comment"), "forward": tr_noop("forward"),
    "official": tr_noop("official"), "sub_brand": tr_noop("sub-brand"), "employee": tr_noop("employee"),
    "sync": tr_noop("sync"), "reply": tr_noop("reply"), "publish": tr_noop("publishing"),
    "True": tr_noop("yes"), "False": tr_noop("no"), "verify": tr_noop("checking tokens"),
    "brand_story": tr_noop("brand story"), "product": tr_noop("product"), "public_topic": tr_noop("public topic"),
    "fan_activity": tr_noop("fan activity"), "description": tr_noop("profile text"),
    "verified_reason": tr_noop("verification text"), "screen_name": tr_noop("screen name"),
    "launch": tr_noop("product launch"), "promotion": tr_noop("promotion"), "offline": tr_noop("offline event"),
    "other": tr_noop("other"), "big_v": tr_noop("big V"), **WORDS,
}


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?$")


def detail_value(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        value = str(value)
    if isinstance(value, dict):
        colon = "：" if language() == "zh_CN" else ": "
        return join_words([f"{detail_value(k)}{colon}{detail_value(v)}" for k, v in value.items()]) \
            if language() == "zh_CN" else ", ".join(f"{detail_value(k)}{colon}{detail_value(v)}" for k, v in value.items())
    if isinstance(value, str) and _ISO.match(value):
        from datetime import datetime

        return format_datetime(datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone())
    if isinstance(value, list):
        if len(value) > 5:
            return tr("{n} entries", n=len(value))
        return join_words([detail_value(v) for v in value]) if language() == "zh_CN" \
            else ", ".join(detail_value(v) for v in value)
    text = str(value)
    known = DETAIL_VALUES.get(text)
    return tr(known) if known else explain_text(text)


def audit_detail_text(detail: dict[str, object]) -> str:
    """`键：值` pairs in the reader's words ("条目：305" instead of "items: [305]")."""
    colon = "：" if language() == "zh_CN" else ": "
    parts = []
    for key, value in sorted(detail.items()):
        label = DETAIL_KEYS.get(key)
        parts.append(f"{tr(label) if label else key}{colon}{detail_value(value)}")
    return ("；" if language() == "zh_CN" else "; ").join(parts)


#: Audited actions the Audit view's own table does not name yet (added by later features).
MORE_ACTION_NAMES: dict[str, str] = {
    "audit.key.export": tr_noop("Exported the audit key"), "audit.key.import": tr_noop("Imported the audit key"),
    "calendar_rules.set": tr_noop("Set calendar rules"), "config.set": tr_noop("Changed a setting"),
    "db.backup": tr_noop("Backed up the database"), "db.restore": tr_noop("Restored the database"),
    "forward.lines": tr_noop("Changed the forwarding lines"), "forward.setup": tr_noop("Changed the forwarding setup"),
    "forward.failed": tr_noop("A forward failed"), "forward.skipped": tr_noop("Skipped a forward"),
    "inbox.draft_cap": tr_noop("Changed the daily draft limit"), "inbox.triage.retrain": tr_noop("Retrained triage"),
    "keywords.acknowledge": tr_noop("Acknowledged a keyword alert"), "keywords.delete": tr_noop("Deleted a watch list"),
    "keywords.put": tr_noop("Saved a watch list"), "post.approved": tr_noop("Approved a post"),
    "post.cancelled": tr_noop("Cancelled a post"), "post.drafted": tr_noop("Drafted a post"),
    "post.edited": tr_noop("Edited a post"), "post.failed": tr_noop("A post failed"),
    "post.forwarding_planned": tr_noop("Planned forwarding for a post"), "post.published": tr_noop("Published a post"),
    "post.rejected": tr_noop("Sent a post back"), "post.rescheduled": tr_noop("Rescheduled a post"),
    "post.submitted": tr_noop("Submitted a post for review"), "sensitive_word.imported": tr_noop("Imported sensitive words"),
    "sensitive_word.put": tr_noop("Added a sensitive word"), "sensitive_word.removed": tr_noop("Removed a sensitive word"),
    "style_guide.saved": tr_noop("Saved a style guide"), "flag.reopen": tr_noop("Reopened a flag"),
    "draw.created": tr_noop("Set up a prize draw"), "draw.run": tr_noop("Ran a prize draw"),
    "event.added": tr_noop("Added a company event"), "event.post_attached": tr_noop("Put a post under an event"),
    "event.paid_campaign": tr_noop("Linked a paid campaign to an event"),
}

#: Who did it, when it was not a member.
ACTORS: dict[str, str] = {"setup": tr_noop("set-up"), "system": tr_noop("system"), "worker": tr_noop("worker")}


def actor_label(actor: str) -> str:
    known = ACTORS.get(actor)
    return tr(known) if known else actor


def hours_label(bucket: str) -> str:
    """A response-time bucket ("1-2h", "<1h") in the interface language."""
    return bucket[:-1] + tr(" h").strip() if bucket.endswith("h") else bucket


# --- explanations the core writes in English (triage reasons, follow audits, flag evidence) ---

#: core.inbox.model.DENSE_WORDS, as the inbox shows why an item got its category.
REASON_WORDS: dict[str, str] = {s: s for s in (
    tr_noop("crisis words of the rules"), tr_noop("complaint words of the rules"),
    tr_noop("question words of the rules"), tr_noop("praise words of the rules"), tr_noop("spam words of the rules"),
    tr_noop("the reposted text has crisis words"), tr_noop("a link"), tr_noop("a contact id or phone number"),
    tr_noop("a question mark"), tr_noop("ends like a question (吗/呢/怎么办 …)"), tr_noop("happy emoji"),
    tr_noop("angry or sad emoji"), tr_noop("sarcasm: an emoji such as [微笑]"),
    tr_noop("sarcasm: wording such as 呵呵 or 真周到"), tr_noop("echoes the reposted text (同问/扩散 …)"),
    tr_noop("a repost"), tr_noop("emoji and nothing else"), tr_noop("a very short comment"),
    tr_noop("mentions someone"), tr_noop("a long text"), tr_noop("over today's draft limit"),
    tr_noop("own matrix account"), tr_noop("no rule matched"),
    tr_noop("a leader's account is not verified: readers cannot tell it speaks for the company"),
)}
CATEGORY_WORDS: dict[str, str] = {"complaint": tr_noop("complaint"), "question": tr_noop("question"),
                                  "praise": tr_noop("praise"), "crisis": tr_noop("crisis"), "spam": tr_noop("spam"),
                                  "other": tr_noop("other")}
_REASON_HEAD = re.compile(r"^(?P<head>.+?) \((?P<words>[^()]*)\)$")
_FOLLOW = [(re.compile(rx), text) for rx, text in [
    (r"^verified, name contains (?P<w>.+)$", tr_noop("verified, the name contains {w}")),
    (r"^name contains (?P<w>.+)$", tr_noop("the name contains {w}")),
    (r"^verified type (?P<n>\d+) \(media\)$", tr_noop("verified as a media outlet (type {n})")),
    (r"^verified type (?P<n>\d+) \(institution\)$", tr_noop("verified as an institution (type {n})")),
]]
#: core.flags.matcher: where the evidence was found and what it says about the person.
_EVIDENCE = re.compile(r"^(?P<where>the [\w -]+?) says “(?P<evidence>.*)”: (?P<why>.+)$")
_WHERE = {"the platform-verified reason": tr_noop("the platform-verified reason"),
          "the self-written description": tr_noop("the self-written description"),
          "the screen name": tr_noop("the screen name")}
_WHY = [(re.compile(rx), text) for rx, text in [
    (r"^works there \(“(?P<m>.*)”\)$", tr_noop("works there (“{m}”)")),
    (r"^a former employee \(“(?P<m>.*)”\).*$", tr_noop("a former employee (“{m}”) — still reads as the company's")),
    (r"^a relative or friend works there.*$", tr_noop("a relative or friend works there, not the account's owner")),
]]


def reason_text(reason: str) -> str:
    """One reason of the core's explanations in the interface language ("“包装”" stays as it is)."""
    reason = reason.strip()
    if reason.startswith("“") or not reason:
        return reason
    known = REASON_WORDS.get(reason)
    if known:
        return tr(known)
    m = _REASON_HEAD.match(reason)
    if m and m["head"] in REASON_WORDS:
        return f"{tr(REASON_WORDS[m['head']])}（{m['words']}）" if language() == "zh_CN" else reason
    for rx, words in _FOLLOW:
        m = rx.match(reason)
        if m:
            return tr(words, **m.groupdict())
    m = _EVIDENCE.match(reason)
    if m:
        where = _WHERE.get(m["where"])
        why = next((tr(w, **mm.groupdict()) for rx, w in _WHY if (mm := rx.match(m["why"]))), m["why"])
        return tr("{where} says “{evidence}”: {why}", where=tr(where) if where else m["where"],
                  evidence=m["evidence"], why=why)
    return explain_text(reason)


def reasons_text(reasons: str) -> str:
    """"praise: praise words of the rules (好看); praise: “包装”" → "表扬：规则中的表扬词（好看）；表扬：“包装”"."""
    colon, sep = ("：", "；") if language() == "zh_CN" else (": ", "; ")
    parts = []
    for part in reasons.split("; "):
        category, found, rest = part.partition(": ")
        if found and category in CATEGORY_WORDS:
            parts.append(f"{tr(CATEGORY_WORDS[category])}{colon}{reason_text(rest)}")
        else:
            parts.append(reason_text(part))
    return sep.join(parts)
