"""The platform's error codes as typed errors a person can read.

Weibo answers errors as ``{"error": ..., "error_code": ..., "request": "/2/..."}`` with a non-200 status.
Real messages vary (typos, trailing "!"), so only `error_code` decides the type (research notes §8).
Every error explains itself in Chinese and English through `explain()`; none ever carries a token.
"""

from __future__ import annotations

import re

from matrix_desktop.core.errors import MatrixError

_TOKEN_RE = re.compile(r"2\.00[0-9A-Za-z]{16,48}")


def mask_token(token: str | None) -> str:
    """A token as it may be shown: ``••••`` and at most its last four characters."""
    if not token:
        return "(none)"
    return "••••" + token[-4:] if len(token) >= 12 else "••••"


def scrub(text: str) -> str:
    """`text` with anything shaped like an access token masked (belt and braces for messages)."""
    return _TOKEN_RE.sub(lambda m: mask_token(m.group(0)), text)


class WeiboApiError(MatrixError):
    """An error answered by (or on the way to) the Weibo API.

    `code` is the platform's `error_code` (0 when there was none), `request` the API path it names,
    `http_status` the HTTP status (0 when no response arrived), `platform_message` the `error` text.
    """

    message_zh = "微博接口返回了错误。"
    message_en = "The Weibo API returned an error."

    def __init__(self, code: int = 0, message: str = "", request: str = "", http_status: int = 0) -> None:
        self.code = code
        self.platform_message = scrub(message)
        self.request = request
        self.http_status = http_status
        zh, en = _CODE_TEXT.get(code, (type(self).message_zh, type(self).message_en))
        self.message_zh = zh
        self.message_en = en
        super().__init__(self._describe())

    def _describe(self) -> str:
        detail = []
        if self.code:
            detail.append(f"Weibo error {self.code}")
        if self.platform_message:
            detail.append(repr(self.platform_message))
        if self.request:
            detail.append(f"request {self.request}")
        if self.http_status:
            detail.append(f"HTTP {self.http_status}")
        return self.message_en + (f" ({', '.join(detail)})" if detail else "")

    def explain(self, lang: str | None = None) -> str:
        """A short sentence for the user: `lang` "zh" or "en", or both (Chinese first) when None."""
        if lang == "zh":
            return self.message_zh
        if lang == "en":
            return self.message_en
        return f"{self.message_zh} / {self.message_en}"


class TokenExpired(WeiboApiError):
    """The account's authorisation ran out; a person must authorise the app again."""

    message_zh = "该账号的授权已过期，请重新授权。"
    message_en = "This account's authorisation has expired; authorise it again."


class TokenInvalid(WeiboApiError):
    """The token is unknown, revoked or missing."""

    message_zh = "该账号的授权无效或已被撤销，请重新授权。"
    message_en = "This account's authorisation is invalid or was revoked; authorise it again."


class OAuthError(WeiboApiError):
    """The authorisation step itself failed (wrong app secret, used code, redirect mismatch)."""

    message_zh = "授权失败，请重新发起授权。"
    message_en = "Authorisation failed; start it again."


class RateLimited(WeiboApiError):
    """A platform quota is used up. `retry_after` is the wait in seconds when the answer said it."""

    message_zh = "调用次数已达平台上限，请稍后再试。"
    message_en = "The platform's call limit is reached; try again later."

    def __init__(self, code: int = 0, message: str = "", request: str = "", http_status: int = 0,
                 retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(code, message, request, http_status)


class RepeatedContent(WeiboApiError):
    """The platform refused text identical (or too similar) to what the account just sent."""

    message_zh = "内容与刚发布的内容重复，请修改文字后再发。"
    message_en = "The text repeats what was just posted; change it and send again."


class TextTooLong(WeiboApiError):
    """The text is over the platform's length limit (140 汉字 for posts and comments)."""

    message_zh = "文字超过140字的上限，请删减后再发。"
    message_en = "The text is over the 140-character limit; shorten it."


class TargetNotFound(WeiboApiError):
    """The post, comment or user named does not exist (any more)."""

    message_zh = "目标微博、评论或用户不存在（可能已被删除）。"
    message_en = "The post, comment or user does not exist (it may have been deleted)."


class ApiPermissionDenied(WeiboApiError):
    """The app or the account may not do this (closed endpoint, someone else's data, refused scope)."""

    message_zh = "应用或账号没有执行此操作的权限。"
    message_en = "The app or the account is not allowed to do this."


class BadRequest(WeiboApiError):
    """A parameter is missing or invalid, the path or the HTTP method is wrong: a bug, not the user's."""

    message_zh = "请求参数有误，请联系开发人员。"
    message_en = "The request was malformed; please report this to the developers."


class TransientError(WeiboApiError):
    """A timeout, a dropped connection or a server error: trying again later may work.

    `request_sent` is False only when the connection failed before anything was sent.
    """

    message_zh = "微博服务暂时不可用或网络中断，请稍后重试。"
    message_en = "Weibo is unavailable or the network failed; try again shortly."

    def __init__(self, code: int = 0, message: str = "", request: str = "", http_status: int = 0,
                 request_sent: bool = True) -> None:
        self.request_sent = request_sent
        super().__init__(code, message, request, http_status)


class MalformedResponse(WeiboApiError):
    """The answer was not the JSON the API promises (truncated, HTML from a proxy, wrong shape)."""

    message_zh = "微博返回的数据无法解析，请稍后重试。"
    message_en = "Weibo's answer could not be read; try again shortly."


class WriteOutcomeUnknown(WeiboApiError):
    """A write was sent but no clear answer came back: it may or may not have been applied.

    Never resend blindly: check (the repost timeline, the comments) first, then decide.
    """

    message_zh = "发送结果未知（请求已发出但未收到明确答复），请先核实是否已发布，再决定是否重发。"
    message_en = "The outcome is unknown (sent, but no clear answer); check whether it was posted before resending."


# Words for the codes an operator meets most; other codes use their class's sentence.
_CODE_TEXT: dict[int, tuple[str, str]] = {
    10006: ("缺少授权信息（未登录或未授权该账号）。", "No authorisation was sent; connect the account first."),
    10014: ("应用没有该接口的权限（平台已关闭或需申请）。",
            "The app has no permission for this API (closed by the platform or needs approval)."),
    10016: ("缺少必需的参数。", "A required parameter is missing."),
    10017: ("参数取值无效（分享内容须包含应用安全域名的链接）。",
            "A parameter value is invalid (shared text must contain a link on the app's safe domain)."),
    10020: ("接口不存在。", "The API does not exist."),
    10021: ("接口不支持该请求方式。", "The API does not accept this HTTP method."),
    10022: ("本机IP的调用次数已达上限，请稍后再试。", "This IP address used up its hourly calls; try again later."),
    10023: ("该账号的调用次数已达上限，请稍后再试。", "This account used up its API calls; try again later."),
    10024: ("该账号发布过于频繁，已达发布上限，请稍后再试。",
            "This account posted too often and reached the posting limit; try again later."),
    20016: ("发布过于频繁，请稍后再试。", "Posting too often; try again later."),
    20003: ("用户不存在。", "The user does not exist."),
    20101: ("目标微博不存在（可能已被删除）。", "The post does not exist (it may have been deleted)."),
    20201: ("目标评论不存在（可能已被删除）。", "The comment does not exist (it may have been deleted)."),
    21321: ("应用未通过审核，授权用户数已达上限。", "The app is unaudited and over its test-account limit."),
    21322: ("回调地址与授权时不一致。", "The redirect address does not match the one used to authorise."),
    21324: ("应用密钥错误，请检查 App Key 与 App Secret。", "The app key or secret is wrong; check them."),
    21325: ("授权码无效或已使用，请重新授权。", "The authorisation code is invalid or already used; authorise again."),
    21330: ("用户拒绝了授权。", "The user refused the authorisation."),
    21335: ("只能查看当前授权账号自己的数据。", "Only the authorised account's own data can be read."),
}

_CLASS_BY_CODE: dict[int, type[WeiboApiError]] = {}
for _cls, _codes in (
    (TokenExpired, (21315, 21327)),
    (TokenInvalid, (10006, 21301, 21314, 21316, 21317, 21319, 21332)),
    (OAuthError, (21322, 21323, 21324, 21325, 21326, 21328, 21329)),
    (RateLimited, (10004, 10022, 10023, 10024, 20016, 20505, 20521, 20524)),
    (RepeatedContent, (20017, 20019, 20111, 20306)),
    (TextTooLong, (20012, 20013, 10018)),
    (TargetNotFound, (20003, 20101, 20201, 20305, 20401, 20501, 20502)),
    (ApiPermissionDenied, (10005, 10014, 10032, 20102, 20203, 20508, 21321, 21330, 21335, 21337)),
    (BadRequest, (10008, 10016, 10017, 10020, 10021, 20001, 20002, 20008, 20009, 20014, 20109, 20204)),
    (TransientError, (10001, 10002, 10003, 10009, 10011, 20032, 21331)),
):
    for _code in _codes:
        _CLASS_BY_CODE[_code] = _cls


def error_for(code: int | str | None, message: str = "", request: str = "", http_status: int = 0,
              retry_after: float | None = None) -> WeiboApiError:
    """The typed error for a platform `error_code` (an int or, as some answers have it, a string)."""
    try:
        number = int(code) if code is not None else 0
    except (TypeError, ValueError):
        number = 0
    cls = _CLASS_BY_CODE.get(number)
    if cls is None:
        cls = TransientError if http_status >= 500 else WeiboApiError
    if cls is RateLimited:
        return RateLimited(number, message, request, http_status, retry_after=retry_after)
    return cls(number, message, request, http_status)
