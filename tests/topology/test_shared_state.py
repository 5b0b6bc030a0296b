"""Two app servers behind nginx share everything a person notices: the session and CSRF token (X1), published
content and the purge of the proxy's cache (X2, X4), uploaded images and their renditions (X3), the login lockout
and the password-spraying throttle (X10), and one request id from the proxy through the app to the worker."""

import io
import json
import mailbox
import re
import threading

import pytest
from PIL import Image

from tests.helpers import editor_data
from tests.topology.rig import Browser, sql, until, upstream

pytestmark = [pytest.mark.topology, pytest.mark.slow]


def test_x1_a_login_on_server_a_holds_on_both_servers_and_so_does_its_csrf_token(rig):
    officer = Browser(rig, address="127.0.0.11")
    assert officer.on(rig, "a").login("agent01").status_code == 302
    servers = []
    for _ in range(20):
        response = officer.get("/")
        assert response.status_code == 200 and "Uitloggen" in response.text  # logged in, whichever server
        servers.append(upstream(response))
    assert servers[0::2].count(servers[0]) == 10 and servers[1::2].count(servers[1]) == 10  # A, B, A, B, ...
    assert {servers[0], servers[1]} == {f"127.0.0.1:{port}" for port in rig.ports.apps}
    lessons = rig.seeded["lessons"]
    assert officer.on(rig, "b").post(lessons[0] + "voltooid/").status_code == 302  # token from A's login page
    assert officer.on(rig, "a").post(lessons[1] + "voltooid/").status_code == 302
    done = sql(rig, "SELECT count(*) FROM curriculum_lessoncompletion c JOIN auth_user u ON u.id = c.user_id "
               "WHERE u.username = 'agent01'")  # fmt: skip
    assert done == [(2,)]


def test_x2_x4_a_module_published_on_a_is_read_on_b_at_once_and_its_url_is_purged(rig):
    # The Redactie publishes (four eyes: a trainer's publish goes through review in production settings).
    editor = Browser(rig, address="127.0.0.12").on(rig, "a")
    assert editor.login("redactie").status_code == 302
    url = f"/admin/pages/{rig.seeded['module_id']}/edit/"
    data = editor_data(editor, url, learning_objectives=[("objective", "Signalen herkennen")])
    data["summary"] = "Bijgewerkt door de opleider op server A."
    data["action-publish"] = "action-publish"
    assert editor.post(url, data).status_code == 302
    officer = Browser(rig, address="127.0.0.12").on(rig, "b")
    assert officer.login("agent02").status_code == 302
    page = officer.get(rig.seeded["module"])
    assert page.status_code == 200 and "Bijgewerkt door de opleider op server A." in page.text  # the first read
    # X4: the worker purges the module's URL at the caching proxy (here the purge recorder).
    purged = until(
        lambda: (
            [
                line
                for line in rig.purge_log.read_text().splitlines()
                if json.loads(line)["method"] == "PURGE" and json.loads(line)["path"] == rig.seeded["module"]
            ]
            if rig.purge_log.exists()
            else None
        ),
        "a PURGE of the module's URL",
    )
    assert len(purged) >= 1


def _png(colour) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (640, 480), colour).save(out, "PNG")
    return out.getvalue()


def _upload(browser, colour):
    form = browser.get("/admin/images/add/")
    assert form.status_code == 200
    files = {"file": ("foto.png", _png(colour), "image/png")}
    return browser.post("/admin/images/add/", {"title": f"Foto {colour}", "collection": "1"}, files=files)


def test_x3_images_uploaded_on_both_servers_keep_both_files_and_one_rendition_each(rig):
    trainer = Browser(rig, address="127.0.0.13")
    assert trainer.on(rig, "a").login("opleider").status_code == 302
    assert _upload(trainer.on(rig, "a"), "red").status_code == 302
    assert _upload(trainer.on(rig, "b"), "blue").status_code == 302
    images = sql(rig, "SELECT id, file FROM wagtailimages_image WHERE title IN ('Foto red', 'Foto blue') ORDER BY id")
    assert len(images) == 2 and images[0][1] != images[1][1]  # same name uploaded twice: two files, none overwritten
    red, blue = [(rig.state / "media" / name).read_bytes() for _id, name in images]
    assert red != blue
    # Both servers render the red image's edit page at the same moment: each needs its preview rendition.
    pages = {}

    def edit_page(name):
        pages[name] = trainer.on(rig, name).get(f"/admin/images/{images[0][0]}/")

    threads = [threading.Thread(target=edit_page, args=(name,)) for name in rig.app_names()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {name: r.status_code for name, r in pages.items()} == dict.fromkeys(rig.app_names(), 200)
    renditions = sql(
        rig, "SELECT filter_spec, count(*) FROM wagtailimages_rendition WHERE image_id = %s GROUP BY 1", [images[0][0]]
    )
    assert renditions and all(count == 1 for _spec, count in renditions)
    src = re.search(r'src="(/media/images/[^"]+)"', pages["b"].text).group(1)
    served = trainer.get(src)  # through the proxy, from the shared media directory
    assert served.status_code == 200 and served.headers["Content-Type"] == "image/png"
    assert trainer.get("/media/" + images[0][1]).status_code == 404  # originals only through the app


def test_x10_failed_logins_spread_over_both_servers_lock_the_account_after_five(rig):
    guesser = Browser(rig, address="127.0.0.14")
    statuses = [guesser.on(rig, "ab"[i % 2]).login("agent03", "fout-wachtwoord").status_code for i in range(5)]
    assert statuses[:4] == [200] * 4  # the form again, with an error
    assert statuses[4] == 429  # the fifth failure, on server A, counted the four before it on A and B
    right = Browser(rig, address="127.0.0.14").on(rig, "b").login("agent03")
    assert right.status_code == 429 and "Te veel inlogpogingen" in right.text  # locked on B as well


def test_x10_the_spraying_throttle_counts_across_servers_and_the_worker_logs_the_request_id(rig):
    address = "127.0.0.15"
    returning = Browser(rig, address=address)  # logged in here before: holds a device cookie for agent04
    assert returning.login("agent04").status_code == 302
    assert returning.post("/logout/").status_code == 302
    sprayer = Browser(rig, address=address)
    for i in range(30):  # 30 distinct accounts fail from one address, half on each server
        assert sprayer.on(rig, "ab"[i % 2]).login(f"onbekend{i:02d}", "fout").status_code == 200
    newcomer = Browser(rig, address=address)  # right password, but a browser that never logged in here
    stepped = newcomer.on(rig, "b").login("agent05")
    assert stepped.status_code == 200 and "Kijk in je mailbox" in stepped.text
    assert returning.on(rig, "a").login("agent04").status_code == 302  # the returning officer is not refused
    # The login link is mailed by a worker, which logs the task under the request id nginx gave the login POST.
    request_id = stepped.headers["X-Request-ID"]
    nginx = [json.loads(line) for line in (rig.logs / "nginx-access.log").read_text().splitlines()]
    assert any(line["request_id"] == request_id and line["method"] == "POST" for line in nginx)
    app_b = [json.loads(line) for line in (rig.logs / "app-b.log").read_text().splitlines() if line.startswith("{")]
    assert any(line.get("request_id") == request_id and line["message"] == "request" for line in app_b)

    def worker_lines():
        lines = []
        for n in range(1, rig.workers + 1):
            text = (rig.logs / f"worker-{n}.log").read_text()
            lines += [json.loads(line) for line in text.splitlines() if line.startswith("{")]
        return [
            line
            for line in lines
            if line.get("request_id") == request_id and line["message"].startswith("task_finished")
        ]

    [finished] = until(worker_lines, "the worker's line for the login-link task")
    assert "curriculum.tasks.mail_send" in finished["message"] and "SUCCESSFUL" in finished["message"]
    mails = [m for m in mailbox.Maildir(rig.state / "mail", create=False) if m["To"] == "agent05@politie.example"]
    assert len(mails) == 1
    text = next(part for part in mails[0].walk() if part.get_content_type() == "text/plain")
    assert b"/inloggen/link/" in text.get_payload(decode=True)
