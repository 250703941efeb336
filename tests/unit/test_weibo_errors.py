"""Error mapping, explanations, token masking and Weibo's time format (no network)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from matrix_desktop.core.errors import MatrixError
from matrix_desktop.core.weibo_errors import (
    ApiPermissionDenied,
    RateLimited,
    RepeatedContent,
    TargetNotFound,
    TextTooLong,
    TokenExpired,
    TokenInvalid,
    TransientError,
    WeiboApiError,
    error_for,
    mask_token,
)
from matrix_desktop.weibo.client import TokenGrant, WeiboClient
from matrix_desktop.weibo.timefmt import format_weibo_time, parse_weibo_time

TOKEN = "2.00zESHZD04gDwaf77f718866ozXRPD"


@pytest.mark.parametrize(("code", "cls"), [
    (21327, TokenExpired), (21332, TokenInvalid), (10006, TokenInvalid), (10023, RateLimited),
    (20019, RepeatedContent), (20012, TextTooLong), (20101, TargetNotFound), (10014, ApiPermissionDenied),
    (21335, ApiPermissionDenied), ("10002", TransientError), (99999, WeiboApiError),
])
def test_each_platform_code_maps_to_its_error_type(code: int | str, cls: type[WeiboApiError]) -> None:
    err = error_for(code, "msg", "/2/x.json", 400)
    assert type(err) is cls and isinstance(err, MatrixError) and err.code == int(code)


def test_every_error_explains_itself_in_chinese_and_english() -> None:
    err = error_for(20019, "repeat content!", "/2/comments/create.json", 400)
    assert err.explain("zh") == err.message_zh and "重复" in err.message_zh
    assert "repeats" in err.explain("en")
    assert err.explain() == f"{err.message_zh} / {err.message_en}"


def test_a_token_never_shows_in_messages_or_reprs() -> None:
    err = error_for(21332, f"bad token {TOKEN}", "/2/users/show.json", 401)
    assert TOKEN not in str(err) and "••••XRPD" in str(err)
    assert TOKEN not in repr(WeiboClient("http://127.0.0.1:1", TOKEN))
    assert TOKEN not in repr(TokenGrant(access_token=TOKEN, expires_in=10, uid="1"))
    assert mask_token(TOKEN) == "••••XRPD" and mask_token(None) == "(none)"


def test_rate_limited_carries_the_wait_when_known() -> None:
    err = error_for(10023, "User requests out of rate limit!", "/2/users/show.json", 403, retry_after=120.0)
    assert isinstance(err, RateLimited) and err.retry_after == 120.0


def test_weibo_time_keeps_its_zone_and_round_trips() -> None:
    moment = parse_weibo_time("Tue May 31 17:46:55 +0800 2011")
    assert moment.utcoffset() == timedelta(hours=8)
    assert (moment.year, moment.month, moment.day, moment.hour) == (2011, 5, 31, 17)
    assert format_weibo_time(moment) == "Tue May 31 17:46:55 +0800 2011"
    with pytest.raises(ValueError):
        parse_weibo_time("2011-05-31 17:46:55")
