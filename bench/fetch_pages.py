#!/usr/bin/env python3
"""The reference of bench/inspection.sh: a bare client fetching N distinct record pages of the portal (from its
sitemaps) with T threads, reading each body and parsing nothing. Prints a BENCH line and writes the rate, in pages per
second, to the file named last.
    bench/fetch_pages.py BASE_URL PAGES THREADS RATE_FILE"""
import re
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

base, count, threads, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
LOC = re.compile(r"<loc>([^<]{1,500})</loc>")


def get(url):
    with urllib.request.urlopen(url, timeout=30) as r:
        return r.read()


index = get(base + "/sitemap.xml").decode()
urls = []
for loc in LOC.findall(index):
    if len(urls) >= count:
        break
    path = loc[loc.index("/", 8):]
    if path.startswith("/information/"):  # a small portal's sitemap lists the pages itself
        urls.append(path)
    elif path.startswith("/sitemaps/information-"):
        body = get(base + path).decode()
        urls += [u[u.index("/", 8):] for u in LOC.findall(body) if "/information/" in u]
urls = urls[:count]
start = time.monotonic()
with ThreadPoolExecutor(threads) as pool:
    done = sum(1 for _ in pool.map(lambda p: get(base + p), urls))
rate = done / (time.monotonic() - start)
print("BENCH bare client: %d distinct record pages, %d threads, %.0f pages/s" % (done, threads, rate))
with open(out, "w") as f:
    f.write("%.0f" % rate)
