"""The file name the server suggests (Content-Disposition, RFC 6266) and where a download may land:
read, made safe for any file system, cut to fit, always a direct child of the caller's folder,
never through a link; a safe name the file system still refuses is the server's error."""

# Files are looked at and opened inside async tests on purpose: the test checks the disk.
# ruff: noqa: ASYNC240

from __future__ import annotations

import asyncio
import os
import pathlib
import tempfile
import urllib.parse

import pytest
from conftest import ROOT
from contract import DISPOSITIONS, header_bytes
from download_helpers import (
    MEDIA_DEPRECATION,
    SIZE,
    client,
    entity,
    fresh_faults,  # noqa: F401 (the fixture fresh)
    group,
    linux_spec,
    shared_fake,  # noqa: F401 (the fixture fake)
    tls_server,  # noqa: F401 (the fixture server)
)
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from veeam_agents_client import Download, UnexpectedResponseError, VeeamAgentsClient
from veeam_agents_client._downloads import PROGRESS_INTERVAL
from veeam_agents_client._filenames import NAME_MAX, filename_from, safe_filename
from veeam_agents_client.testing import DEFAULT_PASSWORD, FakeVBR, RunningServer

PROPS = settings(derandomize=True, database=None, deadline=None)
pytestmark = MEDIA_DEPRECATION


LONG_STEM = "é" * 200  # 400 bytes of UTF-8


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ('attachment; filename="media.iso"', "media.iso"),
        ("attachment; filename=plain.zip", "plain.zip"),
        ("attachment; filename=\"fallback.iso\"; filename*=UTF-8''%E2%82%AC%20rates.iso", "€ rates.iso"),
        ("attachment; filename*=UTF-8''%E2%82%AC.iso; filename=\"fallback.iso\"", "€.iso"),
        ("attachment; filename*=iso-8859-1'en'%A3%20rates.tar", "£ rates.tar"),
        ("attachment; filename=\"plain.iso\"; filename*=KOI8-R''%C1.iso", "plain.iso"),  # a charset we do not read
        ("attachment; filename=\"plain.iso\"; filename*=''%C1.iso", "plain.iso"),  # no charset at all
        # traversal, either slash, absolute and UNC paths, percent-encoded too
        ('attachment; filename="../../etc/passwd"', "passwd"),
        ('attachment; filename="..\\\\..\\\\boot.ini"', "boot.ini"),
        ('attachment; filename="C:\\\\temp\\\\evil.exe"', "evil.exe"),
        ('attachment; filename="\\\\\\\\server\\\\share\\\\x.iso"', "x.iso"),
        ("attachment; filename*=UTF-8'en'%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "passwd"),
        ("attachment; filename*=UTF-8''%2E%2E%5Cwin.ini", "win.ini"),
        # dot-only and hidden names
        ('attachment; filename=".bashrc"', "bashrc"),
        ('attachment; filename=". .bashrc"', "bashrc"),
        ('attachment; filename=" . . .profile"', "profile"),
        ('attachment; filename=".."', None),
        ('attachment; filename=". ."', None),
        ('attachment; filename=". .."', None),
        ('attachment; filename="..."', None),
        ('attachment; filename="/"', None),
        # control and invisible characters
        ('attachment; filename="line\r\nbreak.iso"', "linebreak.iso"),
        ("attachment; filename*=UTF-8''nul%00byte%07.iso", "nulbyte.iso"),
        ("attachment; filename*=UTF-8''evil%E2%80%AEgpj.exe", "evilgpj.exe"),  # a right-to-left override
        # what Windows cannot open
        ('attachment; filename="a\\"b.iso"', "a_b.iso"),
        ('attachment; filename="a:b|c?d*e<f>.iso"', "a_b_c_d_e_f_.iso"),
        ('attachment; filename="CON"', "_CON"),
        ('attachment; filename="nul.iso"', "_nul.iso"),
        ('attachment; filename="Aux .tar.gz"', "_Aux .tar.gz"),
        ('attachment; filename="com1"', "_com1"),
        ('attachment; filename="LPT9.zip"', "_LPT9.zip"),
        ("attachment; filename*=UTF-8''COM%C2%B9.iso", "_COM\u00b9.iso"),
        ('attachment; filename="conout$.log"', "_conout$.log"),
        ('attachment; filename="CONSOLE.iso"', "CONSOLE.iso"),
        ('attachment; filename="media.iso. . "', "media.iso"),
        # too long for a file system: cut at a character boundary, the extension kept
        (f"attachment; filename*=UTF-8''{urllib.parse.quote(LONG_STEM)}.iso", "é" * 125 + ".iso"),
        (f'attachment; filename="{"x" * 300}"', "x" * 255),
        (f'attachment; filename="x.{"y" * 300}"', "x." + "y" * 253),  # no extension worth keeping
        ('attachment; filename=""', None),
        ("attachment", None),
        ("", None),
        (None, None),
    ],
)
def test_the_suggested_name_is_read_as_rfc_6266_says_and_made_safe(header: str | None, name: str | None) -> None:
    assert filename_from(header) == name


def test_shortening_leaves_room_for_the_temporary_name() -> None:
    header = f"attachment; filename*=UTF-8''{urllib.parse.quote(LONG_STEM)}.iso"
    assert filename_from(header, 240) == "é" * 118 + ".iso"  # 236 + 4 bytes: the ".{name}.{8 hex}.part" fits 255
    assert filename_from(header, 5) == "éé"  # no room for the extension and a stem: the stem wins
    assert filename_from('attachment; filename="CON.iso"', 4) == "_CON"


def test_the_downloads_guide_states_the_limits_the_code_has() -> None:
    """The figures of the downloads guide; test_hostile_names_through_the_client sees the name's."""
    section = (ROOT / "docs" / "guide" / "downloads.md").read_text()
    words = " ".join(section.split())
    room = NAME_MAX - len(".") - len(".") - 8 - len(".part")  # ".{name}.{8 hex}.part" in NAME_MAX bytes
    assert f"at most every {PROGRESS_INTERVAL:g} s" in words and f"cut to {room} bytes" in words


def safe_name_problems(name: str, limit: int) -> list[str]:
    """Why `name` is not a file name a server may give us (empty when it is one)."""
    stem = name.partition(".")[0].rstrip(" ").upper()
    windows_ports = {f"{port}{digit}" for port in ("COM", "LPT") for digit in "0123456789\u00b9\u00b2\u00b3"}
    checks = {
        "empty": name == "",
        "a folder part": pathlib.PurePosixPath(name).name != name or pathlib.PureWindowsPath(name).name != name,
        "hidden or a dot name": name.startswith((".", " ")),
        "ends in a dot or space": name.endswith((".", " ")),
        "control or invisible characters": not name.isprintable(),
        "a character Windows forbids": any(char in name for char in '<>:"/\\|?*'),
        "a Windows device name": stem in {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} or stem in windows_ports,
        "too long": len(name.encode()) > limit,
        "not settled": safe_filename(name, limit) != name,
    }
    return [problem for problem, found in checks.items() if found]


@settings(PROPS, max_examples=300)
@given(header=DISPOSITIONS, limit=st.sampled_from([NAME_MAX, NAME_MAX - 15, 40, 8]))
def test_any_suggested_name_comes_out_safe_or_not_at_all(header: str, limit: int) -> None:
    name = filename_from(header, limit)
    note(f"name: {name!r}")
    assert name is None or safe_name_problems(name, limit) == []


@settings(PROPS, max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=DISPOSITIONS, encoding=st.sampled_from(["utf-8", "latin-1"]), slash=st.booleans())
def test_whatever_the_server_names_the_file_it_stays_inside_the_folder(
    fake: FakeVBR, header: str, encoding: str, slash: bool
) -> None:
    """Through the whole client: the temporary file and the file are direct children of the folder
    (never the folder, its parent or a hidden name), and nothing else is left there."""
    raw = header_bytes(header, encoding)
    fake.download_size = 1000
    fake.set_faults(response_headers={"content-disposition": raw}, path_pattern="packages")
    with tempfile.TemporaryDirectory() as parent:
        folder = pathlib.Path(parent, "downloads")
        folder.mkdir()
        at_start: list[pathlib.Path] = []

        async def run() -> Download:
            async with VeeamAgentsClient(
                "https://vbr", username="admin", password=DEFAULT_PASSWORD, transport=fake.transport()
            ) as vbr:
                return await vbr.protection_groups.download_packages(
                    group(fake),
                    linux_spec(),
                    f"{folder}{os.sep}" if slash else folder,
                    progress=lambda done, total: at_start.extend(folder.iterdir()) if done == 0 else None,
                )

        result = asyncio.run(run())
        assert result.path is not None
        note(f"temporary: {at_start}, file: {result.path.name!r}")
        [temporary] = at_start
        assert temporary.parent == folder and temporary.name.startswith(".") and temporary.name.endswith(".part")
        assert len(temporary.name.encode()) <= NAME_MAX
        assert result.path.parent == folder and result.path.resolve().parent == folder.resolve()
        assert safe_name_problems(result.path.name, NAME_MAX - 15) == []
        assert list(folder.iterdir()) == [result.path] and result.path.stat().st_size == result.bytes_written > 1000
        assert sorted(pathlib.Path(parent).iterdir()) == [folder]
        assert result.filename in (None, result.path.name)


async def test_hostile_names_through_the_client(fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path) -> None:
    """Over real HTTP, the names that once escaped or failed: each a file with a safe name in the folder."""
    cases = {
        'attachment; filename=". .bashrc"': "bashrc",
        'attachment; filename=". ."': f"agent-packages-{group(fake)}.zip",  # nothing left: our own name
        'attachment; filename=". .."': f"agent-packages-{group(fake)}.zip",
        f'attachment; filename="{"n" * 246}.zip"': "n" * 236 + ".zip",  # 250 bytes: too long with ".part"
        'attachment; filename="nul.zip"': "_nul.zip",
        'attachment; filename="packages: latest.zip. "': "packages_ latest.zip",
    }
    injected = fake.stats.faults["headers"]
    async with client(server) as vbr:
        for header, name in cases.items():
            fake.set_faults(response_headers={"content-disposition": header}, path_pattern="packages")
            folder = tmp_path / str(len(list(tmp_path.iterdir())))
            folder.mkdir()
            result = await vbr.protection_groups.download_packages(group(fake), linux_spec(), folder)
            assert result.path == folder / name, header
            assert list(folder.iterdir()) == [result.path] and result.path.stat().st_size == result.bytes_written
    assert fake.stats.faults["headers"] == injected + len(cases)


async def test_a_link_in_the_folder_is_replaced_not_followed(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    """The server names a link to a file or a folder outside: the link goes, replaced by the file,
    and what it pointed to stays as it was."""
    folder, outside = tmp_path / "downloads", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (outside / "passwd").write_text("root:x:0:0")
    (folder / "passwd").symlink_to(outside / "passwd")
    (folder / "etc").symlink_to(outside, target_is_directory=True)
    async with client(server) as vbr:
        fake.set_faults(response_headers={"content-disposition": 'attachment; filename="../passwd"'})
        result = await vbr.protection_groups.download_packages(group(fake), linux_spec(), folder)
        assert result.path == folder / "passwd" and not result.path.is_symlink()
        assert result.path.stat().st_size == result.bytes_written
        fake.set_faults(response_headers={"content-disposition": 'attachment; filename="etc"'})
        result = await vbr.protection_groups.download_packages(group(fake), linux_spec(), folder)
        assert result.path == folder / "etc" and result.path.is_file() and not result.path.is_symlink()
    assert (outside / "passwd").read_text() == "root:x:0:0" and sorted(outside.iterdir()) == [outside / "passwd"]
    assert sorted(folder.iterdir()) == [folder / "etc", folder / "passwd"]


async def test_a_callers_long_file_name_gets_a_temporary_name_that_fits(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    target = tmp_path / ("m" * (NAME_MAX - 4) + ".iso")  # as long as a name may be: ".{name}.{hex}.part" is not
    async with client(server) as vbr:
        result = await vbr.discovered_entities.create_recovery_media(group(fake), entity(fake), target)
    assert result.path == target and target.stat().st_size == SIZE
    assert list(tmp_path.iterdir()) == [target]


async def test_a_name_the_file_system_refuses_is_the_servers_error(
    fake: FakeVBR, server: RunningServer, tmp_path: pathlib.Path
) -> None:
    """Safe names the file system still will not take there: a folder already has the name, or
    the folder's path and the name together are longer than the system allows."""
    taken = tmp_path / "taken" / "media.zip"
    taken.mkdir(parents=True)
    deep = tmp_path / "deep"
    while len(os.fsencode(deep)) < 4000:  # PATH_MAX on Linux is 4096: the folder fits, folder/long name does not
        deep /= "d" * min(200, 4000 - len(os.fsencode(deep)))
    deep.mkdir(parents=True)
    cases = {
        taken.parent: 'attachment; filename="media.zip"',
        deep: f'attachment; filename="{"n" * 200}.zip"',
    }
    async with client(server) as vbr:
        for folder, header in cases.items():
            fake.set_faults(response_headers={"content-disposition": header}, path_pattern="packages")
            sent = fake.stats.requests
            with pytest.raises(UnexpectedResponseError, match="refuses the file name the server suggests") as caught:
                await vbr.protection_groups.download_packages(group(fake), linux_spec(), folder)
            assert fake.stats.requests == sent + 1
            assert caught.value.status_code == 200 and caught.value.body == f"Content-Disposition: {header}"
            assert isinstance(caught.value.__cause__, OSError)
    assert list(taken.parent.iterdir()) == [taken] and list(taken.iterdir()) == []
    assert list(deep.iterdir()) == []
