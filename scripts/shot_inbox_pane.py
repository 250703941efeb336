"""Screenshots of the inbox's conversation pane on the demo data, as the issue asks to look at them:
an item with its reasons, an item the model was unsure of ("needs a look"), and a question no manual
entry fits (no draft, the "write one" prompt). Offscreen; run after the demo has synced at least once:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/shot_inbox_pane.py OUT_DIR [--lang zh_CN|en]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--lang", default="zh_CN")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from matrix_desktop.app.demo import DEMO_ACTOR, start_demo
    from matrix_desktop.ui.application import make_app, ui_settings
    from matrix_desktop.ui.context import UiContext
    from matrix_desktop.ui.i18n import set_language
    from matrix_desktop.ui.inbox.reasons import NEEDS_LOOK_BELOW
    from matrix_desktop.ui.inbox.view import InboxView
    from matrix_desktop.ui.qt import QtWidgets

    demo = start_demo()
    app = make_app([])
    set_language(args.lang)
    services = demo.services
    services.act_as(DEMO_ACTOR)
    db = services.db_url.removeprefix("sqlite:///")
    con = sqlite3.connect(db)

    def first(where: str) -> int | None:
        row = con.execute(f"SELECT id FROM inbox_items WHERE {where} ORDER BY created_at DESC LIMIT 1").fetchone()
        return int(row[0]) if row else None

    picks = {
        "inbox-no-entry": first("reasons LIKE '%no manual entry fits%'"),
        "inbox-needs-look": first(f"confidence < {NEEDS_LOOK_BELOW} AND category != 'spam'"),
        "inbox-reasons": first("category = 'crisis'"),
    }
    ctx = UiContext.create(services, ui_settings())
    view = InboxView(ctx)
    view.resize(1500, 900)
    view.show()

    def settle(seconds: float = 1.5) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or ctx.tracker.busy:
            app.processEvents()
            time.sleep(0.02)

    settle()
    view.status_filter.setCurrentIndex(1)  # every status: a drafted item waits for review
    settle()
    for name, item_id in picks.items():
        if item_id is None:
            print(f"{name}: no such item in the demo's inbox", file=sys.stderr)
            continue
        view.table_area.select_id(item_id)
        settle()
        path = args.out / f"{name}-{args.lang}.png"
        view.grab().save(str(path))
        print(f"{path} (item #{item_id})")
    ctx.tracker.cancel_all()
    ctx.host.executors.shutdown()
    demo.close()
    del QtWidgets
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
