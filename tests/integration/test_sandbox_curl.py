"""A client that knows only the real API (plain curl) works against `matrix-desktop sandbox`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CURL = shutil.which("curl")
pytestmark = pytest.mark.skipif(CURL is None, reason="curl is not installed on this machine")


@pytest.fixture
def running(tmp_path: Path) -> Iterator[dict[str, Any]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "matrix_desktop", "sandbox", "--port", "0", "--print-credentials",
         "--data", str(tmp_path / "data"), "--tier", "classic"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else "no output"
        yield json.loads(line)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def curl(*args: str) -> tuple[int, Any]:
    out = subprocess.run([str(CURL), "-s", "-w", "\n%{http_code}", *args], capture_output=True, text=True,
                         encoding="utf-8", timeout=10, check=True).stdout
    body, _, status = out.rpartition("\n")
    return int(status), json.loads(body)


def test_curl_reads_and_writes_with_the_printed_credentials(running: dict[str, Any]) -> None:
    base = running["base_url"]
    official = next(a for a in running["accounts"] if a["role"] == "official")
    roles = {a["role"] for a in running["accounts"]}
    assert roles == {"official", "leader", "sub_brand", "employee"} and running["app_key"].isdigit()
    token = official["access_token"]
    assert token.startswith("2.00") and len(token) == 32

    status, user = curl("-H", f"Authorization: OAuth2 {token}", f"{base}/2/users/show.json?uid={official['uid']}")
    assert status == 200 and user["idstr"] == official["uid"] and isinstance(user["id"], int)

    status, timeline = curl(f"{base}/2/statuses/user_timeline.json?access_token={token}&count=2")
    assert status == 200 and len(timeline["statuses"]) == 2
    assert {"previous_cursor", "next_cursor", "total_number"} <= timeline.keys()
    assert timeline["statuses"][0]["created_at"].endswith(("+0800 2025", "+0800 2026", "+0800 2027"))

    post_id = timeline["statuses"][0]["id"]
    status, comment = curl("-X", "POST", "--data-urlencode", f"access_token={token}", "--data-urlencode",
                           "comment=谢谢大家的支持", "--data-urlencode", f"id={post_id}",
                           f"{base}/2/comments/create.json")
    assert status == 200 and comment["status"]["id"] == post_id and comment["text"] == "谢谢大家的支持"

    status, error = curl(f"{base}/2/users/show.json?uid=1")
    assert (status, error["error_code"], error["request"]) == (400, 10006, "/2/users/show.json")
    status, error = curl(f"{base}/2/statuses/home_timeline_x.json?access_token={token}")
    assert (status, error["error_code"]) == (400, 10020)
    status, error = curl(f"{base}/2/statuses/user_timeline.json?access_token=2.00bogus")
    assert (status, error["error"], error["error_code"]) == (401, "invalid_access_token", 21332)

    status, info = curl("-X", "POST", "-d", f"access_token={token}", f"{base}/oauth2/get_token_info")
    assert status == 200 and str(info["uid"]) == official["uid"] and info["expire_in"] > 0
    status, limits = curl(f"{base}/2/account/rate_limit_status.json?access_token={token}")
    assert status == 200 and limits["user_limit"] == 1000 and "reset_time" in limits
