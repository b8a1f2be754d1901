#!/usr/bin/env python3
"""First-request latency of the public read path, per page kind (issue 8).

Each measured address is requested once, and no address is requested twice, so every answer is rendered
(a render-cache miss), as a crawler or a visitor after a publication meets the site. The JVM is warmed first
on other addresses of the same kinds. Kinds with few natural addresses (unit pages, feeds, search) get a
distinct, ignored query parameter per request; listings walk their numbered pages and then their cursor
pages. Prints one BENCH line per kind with p50, p95 and max in milliseconds.

usage: first_request.py BASE_URL [SAMPLES]
"""
import http.client
import json
import random
import re
import sys
import time
import urllib.parse

BASE = sys.argv[1].rstrip("/")
SAMPLES = int(sys.argv[2]) if len(sys.argv) > 2 else 60
HOST = urllib.parse.urlparse(BASE)
conn = http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=120)
rng = random.Random(8)


def get(path):
    start = time.perf_counter()
    conn.request("GET", path)
    resp = conn.getresponse()
    body = resp.read()
    elapsed = (time.perf_counter() - start) * 1000
    if resp.status != 200:
        raise SystemExit(f"{path}: HTTP {resp.status}")
    return elapsed, body.decode("utf-8", "replace")


def quantile(values, q):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q * (len(s) - 1))))]


_, openness = get("/openness")
units = sorted(set(int(u) for u in re.findall(r'href="/openness/units/(\d+)"', openness)))
years = sorted(set(int(y) for y in re.findall(r'year=(\d{4})', openness)))
_, sitemap = get("/sitemap.xml")
parts = re.findall(r"<loc>[^<]*(/sitemaps/information-\d+\.xml)</loc>", sitemap)
records = []
for part in parts:
    _, xml = get(part)
    records += re.findall(r"<loc>[^<]*(/information/[^<]+)</loc>", xml)
if not parts:
    records = re.findall(r"<loc>[^<]*(/information/[^<]+)</loc>", sitemap)
rng.shuffle(records)
queries = [q.strip() for q in open(__file__.rsplit("/", 1)[0] + "/search-queries.txt", encoding="utf-8") if q.strip()]
columns = ["A20_1", "A20_3", "A20_4", "A20_6", "A20_7", "A20_11"]
_, participation = get("/participation/inquiries")
inquiry_units = sorted(set(int(u) for u in re.findall(r'<option value="(\d+)"', participation)))
_, consultation_list = get("/participation/consultations")
consultations = sorted(set(re.findall(r'href="(/participation/consultations/\d+)"', consultation_list)))
_, survey_list = get("/participation/surveys")
surveys = sorted(set(re.findall(r'href="(/participation/surveys/\d+)"', survey_list)))
print(f"first requests: {len(units)} units, years {years}, {len(records)} records, {SAMPLES} samples per kind")

counter = iter(range(10**9))


def unit_pages(n):
    return [f"/openness/units/{units[i % len(units)]}?first={next(counter)}" for i in range(n)]


def listing_pages(base, n, start_page):
    """Numbered pages from start_page, then pages reached by the 'next' links of the page before."""
    out = []
    page = start_page
    while len(out) < n and page <= 50:
        out.append(f"{base}page={page}")
        page += 1
    return out


def cursor_pages(base, n, html_source):
    """Deep pages: follows 'next' links, measuring each as it goes (each address is new)."""
    times = []
    _, html = get(html_source)
    for _ in range(n):
        m = re.search(r'<a rel="next" href="([^"]+)"', html)
        if not m:
            break
        path = m.group(1).replace("&amp;", "&")
        t, html = get(path)
        times.append(t)
    return times


def api_cursor(n, start_path):
    times = []
    _, body = get(start_path)
    for _ in range(n):
        nxt = json.loads(body).get("next")
        if not nxt:
            break
        t, body = get(f"/api/v1/information?size=20&after={urllib.parse.quote(nxt)}&first={next(counter)}")
        times.append(t)
    return times


def feeds(n):
    out = []
    for i in range(n):
        k = i % 3
        u = units[i % len(units)]
        if k == 0:
            out.append(f"/feeds/information.atom?first={next(counter)}")
        elif k == 1:
            out.append(f"/feeds/units/{u}.atom?first={next(counter)}")
        else:
            out.append(f"/feeds/units/{u}/{columns[i % len(columns)]}.atom?first={next(counter)}")
    return out


def search_pages(n, offset):
    return [f"/search?q={urllib.parse.quote(queries[(offset + i) % len(queries)])}&first={next(counter)}" for i in range(n)]


def inquiry_answers(n, offset):
    """Answer pages of published messages, their ids read from listing pages walked back from the newest."""
    ids = []
    _, html = get(f"/participation/inquiries?warm={next(counter)}")
    while len(ids) < offset + n:
        ids += re.findall(r'href="/participation/inquiries/(\d+)"', html)
        m = re.search(r'href="(/participation/inquiries\?before=\d+)"', html)
        if not m:
            break
        _, html = get(m.group(1))
    ids = ids[offset:offset + n]
    return [f"/participation/inquiries/{i}" for i in ids]


def participation_pages(n):
    """The participation pages a visitor reads (index, lists, consultations, surveys), a distinct address each."""
    kinds = ["/participation", "/participation/decisions", "/participation/consultations", "/participation/hearings",
             "/participation/surveys", "/participation/responses", "/participation/attendances"] + consultations + surveys
    return [f"{kinds[i % len(kinds)]}?first={next(counter)}" for i in range(n)]


def measure(paths):
    return [get(p)[0] for p in paths]


# warm the JVMs (the platform's and, on a province, the search node's) on addresses that are not measured later; the
# searches warm on the other half of the query list (a search node started with the run has read no term yet)
for _ in range(3):
    measure(unit_pages(len(units)))
    measure([f"/openness/information?column={c}&page={p}&warm={next(counter)}" for c in columns for p in (1, 2)])
    measure([f"/api/v1/information?size=20&page={p}&warm={next(counter)}" for p in range(1, 10)])
    measure(feeds(12))
    measure(search_pages(100, 100))
    measure(records[-200:])
    measure([f"/participation/inquiries/units/{u}?warm={next(counter)}" for u in inquiry_units])
    measure(participation_pages(24))

half = SAMPLES // 2
year = years[len(years) // 2] if years else 2025
results = {
    "unit page /openness/units/{id}": measure(unit_pages(SAMPLES)),
    "listing /openness/information?page=N": measure(listing_pages("/openness/information?", half, 1))
        + cursor_pages("/openness/information?", half, "/openness/information?page=50"),
    "filtered listing ?year=Y&page=N": measure(listing_pages(f"/openness/information?year={year}&", half, 1))
        + cursor_pages("", half, f"/openness/information?year={year}&page=50"),
    "API /api/v1/information?size=20&page=N": measure([f"/api/v1/information?size=20&page={p}" for p in range(1, 51)][:half])
        + api_cursor(half, "/api/v1/information?size=20&page=50"),
    "Atom feeds (site, unit, column)": measure(feeds(SAMPLES)),
    "search page /search?q=": measure(search_pages(SAMPLES, 0)),
    "record page /information/{索引号}": measure(records[:SAMPLES]),
    "inquiries of a unit /participation/inquiries/units/{id}": measure(
        [f"/participation/inquiries/units/{inquiry_units[i % len(inquiry_units)]}?first={next(counter)}"
         for i in range(SAMPLES)]),
    "inquiry listing, older pages ?before=": cursor_pages("", SAMPLES, "/participation/inquiries?first=0"),
    "inquiry answer /participation/inquiries/{id}": measure(inquiry_answers(SAMPLES, 200)),
    "participation pages (index, lists, consultation, survey)": measure(participation_pages(SAMPLES)),
}
for kind, times in results.items():
    print(f"BENCH first request {kind}: n={len(times)} p50 {quantile(times, 0.5):.1f} ms, "
          f"p95 {quantile(times, 0.95):.1f} ms, max {max(times):.1f} ms (aim p95 <= 50 ms)")
