"""The account registry on a real database: the same module runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from matrix_desktop.app.audit_check import verify_trail
from matrix_desktop.app.bootstrap import bootstrap
from matrix_desktop.core.accounts import AccountInput, AccountQuery, AccountRole, SortKey
from matrix_desktop.core.errors import ImportRejected, ValidationError
from matrix_desktop.store.db import (
    create_db_engine,
    current_revision,
    head_revision,
    migrate_to,
    migrate_to_head,
)

HEADER = "uid,screen_name,role,owner,team,verified,verified_type,verified_reason,description,followers_count\n"


def make_csv(n: int, bad_line: int | None = None) -> bytes:
    lines = [HEADER]
    for i in range(n):
        role = "official" if i == 0 else ("leader" if i < 3 else "employee")
        uid = str(1000000000 + i)
        if bad_line is not None and i + 2 == bad_line:
            uid = "not-a-uid"
        lines.append(f"{uid},星河员工{i:03d},{role},张{i},品牌部,true,0,星河乳业 员工{i},热爱生活,{i * 10}\n")
    return "".join(lines).encode("utf-8")


def test_create_edit_archive_and_list_with_filters(services) -> None:  # type: ignore[no-untyped-def]
    reg = services.registry
    official = reg.create(AccountInput("1000000001", "星河乳业", AccountRole.OFFICIAL, followers_count=500))
    leader = reg.create(AccountInput("1000000002", "星河乳业董事长王总", AccountRole.LEADER, owner="王磊"))
    reg.create(AccountInput("1000000003", "小河 Employee", AccountRole.EMPLOYEE, team="市场部"))

    assert [a.uid for a in reg.search(AccountQuery(roles=frozenset({AccountRole.LEADER})))] == [leader.uid]
    assert [a.screen_name for a in reg.search(AccountQuery(text="市场"))] == ["小河 Employee"]
    assert [a.screen_name for a in reg.search(AccountQuery(text="employee"))] == ["小河 Employee"]
    by_followers = reg.search(AccountQuery(sort=SortKey.FOLLOWERS, descending=True))
    assert by_followers[0].uid == official.uid

    edited = reg.update(leader.id, AccountInput("1000000002", "王总", AccountRole.LEADER, owner="王磊"))
    assert edited.screen_name == "王总"
    reg.archive(leader.id)
    assert reg.count() == 2
    assert reg.count(AccountQuery(include_archived=True)) == 3
    assert any("no leader account" in w for w in reg.warnings())


def test_second_official_account_is_refused_with_the_name_of_the_first(services) -> None:  # type: ignore[no-untyped-def]
    services.registry.create(AccountInput("1000000001", "星河乳业", AccountRole.OFFICIAL))
    with pytest.raises(ValidationError, match="星河乳业 is already the official account"):
        services.registry.create(AccountInput("1000000009", "星河乳业2", AccountRole.OFFICIAL))


def test_import_of_100_rows_with_one_bad_row_imports_nothing_and_names_the_row(services) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ImportRejected) as err:
        services.registry.import_csv(make_csv(100, bad_line=57))
    assert [p.line for p in err.value.rows] == [57]
    assert "uid 'not-a-uid'" in err.value.rows[0].reason
    assert services.registry.count(AccountQuery(include_archived=True)) == 0


def test_import_reports_every_bad_row(services) -> None:  # type: ignore[no-untyped-def]
    raw = (HEADER + "1000000001,甲,official,,,yes,0,,,1\n"
           "abc,乙,leader,,,yes,0,,,1\n"
           "1000000003,,employee,,,maybe,0,,,1\n"
           "1000000001,丙,employee,,,no,0,,,-5\n").encode()
    with pytest.raises(ImportRejected) as err:
        services.registry.import_csv(raw)
    lines = {p.line: p.reason for p in err.value.rows}
    assert set(lines) == {3, 4, 5}
    assert "yes/no" in lines[4]
    assert "already appears on line 2" in lines[5] and "negative" in lines[5]


def test_utf8_bom_csv_with_chinese_names_round_trips_unchanged(services) -> None:  # type: ignore[no-untyped-def]
    raw = "\ufeff".encode() + make_csv(50)
    report = services.registry.import_csv(raw)
    assert report.created == 50
    exported = services.registry.export_csv().encode("utf-8")
    assert exported.startswith("\ufeff".encode())
    again = bootstrap(services.db_url)
    try:
        report2 = again.registry.import_csv(exported)
        assert (report2.created, report2.updated) == (0, 50)
        assert again.registry.export_csv().encode("utf-8") == exported
    finally:
        again.close()
    names = [a.screen_name for a in services.registry.search()]
    assert "星河员工000" in names


def test_every_write_is_audited_in_an_unbroken_chain(services) -> None:  # type: ignore[no-untyped-def]
    a = services.registry.create(AccountInput("1000000001", "星河乳业", AccountRole.OFFICIAL))
    services.registry.update(a.id, AccountInput("1000000001", "星河乳业官方", AccountRole.OFFICIAL))
    services.registry.import_csv(make_csv(5)[: len(HEADER.encode())] + b"1000000007,x,employee,,,no,0,,,0\n")
    with services.uow.readonly() as uow:
        entries = uow.audit.all()
    assert [e.action for e in entries] == ["account.create", "account.update", "account.import"]
    assert verify_trail(services).intact


def test_upgrade_from_the_first_migration_keeps_the_rows(db_url: str) -> None:
    engine = create_db_engine(db_url)
    try:
        migrate_to(engine, "0001")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO accounts (uid, screen_name, role, owner, team, verified, verified_type,"
                " verified_reason, description, followers_count, friends_count, statuses_count, archived,"
                " created_at, updated_at) VALUES ('1000000001', '星河乳业', 'official', '', '', true, 2,"
                " '星河乳业官方微博', '', 10, 0, 0, false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        migrate_to_head(engine)
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT uid, screen_name, verified_reason, sort_name FROM accounts")).all()
        assert [tuple(r) for r in rows] == [("1000000001", "星河乳业", "星河乳业官方微博", "xing he ru ye")]
    finally:
        engine.dispose()


def test_screen_names_sort_by_pinyin_as_a_chinese_reader_expects(services) -> None:  # type: ignore[no-untyped-def]
    for n, name in enumerate(["周明远", "阿杰", "星河乳业", "Lily张", "bob"]):
        services.registry.create(AccountInput(f"100000000{n}", name, AccountRole.EMPLOYEE))
    names = [a.screen_name for a in services.registry.search(AccountQuery(sort=SortKey.SCREEN_NAME))]
    assert names == ["阿杰", "bob", "Lily张", "星河乳业", "周明远"]
