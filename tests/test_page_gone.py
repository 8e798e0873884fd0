"""A page that used to state facts and now answers 404 is a finding about the source, not a crash."""

import json
from command import consistency



PAGE = """<html lang="ru"><head><title>{name}</title></head><body>
<h1>{name}</h1><p>Адрес: Москва, ул. {street}, д. 5</p><p>Режим работы: ежедневно с 10 до 22</p>
<p>Телефон: 8 (495) 123-45-6{n}</p></body></html>"""


def test_a_vanished_branch_page_is_reported(tmp_path, http_server):
    site = tmp_path / "site"
    (site / "stores").mkdir(parents=True)
    links = []
    for n, (slug, name, street) in enumerate([("arbat", "Магазин на Арбате", "Арбат"),
                                              ("tverskaya", "Магазин на Тверской", "Тверская")]):
        (site / "stores" / f"{slug}.html").write_text(PAGE.format(name=name, street=street, n=n), encoding="utf-8")
        links.append(f'<a href="stores/{slug}.html">{name}</a>')
    (site / "index.html").write_text("<html><body>" + " ".join(links) + "</body></html>", encoding="utf-8")
    base = http_server(site)
    config = tmp_path / "consistency.toml"
    config.write_text(f'[project]\nname = "x"\n\n[[source]]\nchannel = "website"\nurls = ["{base}index.html"]\n\n'
                      f'[crawl]\nretries = 0\n', encoding="utf-8")
    first = consistency("check", str(config), "--as-of", "2026-11-22", "--format", "json", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    (site / "stores" / "arbat.html").unlink()
    second = consistency("check", str(config), "--as-of", "2026-11-22", "--format", "json", cwd=tmp_path)
    assert second.returncode == 0, second.stderr  # a warning; the source as a whole was read
    findings = json.loads(second.stdout)["findings"]
    assert [(f["rule"], f["subject"]) for f in findings] == [("page-gone", f"{base}stores/arbat.html")]
    assert "not found (404)" in findings[0]["message"] and "run 1" in findings[0]["message"]
    assert "not found (404)" in second.stderr  # the per-source crawl summary says it too
