#!/usr/bin/env python3
"""Converts ../shared/domain/AREA-GUIDELINES.md into src/main/resources/catalog/guidelines.csv, the
seed of the 26 areas' guideline items. Run once when the markdown changes; the CSV is what ships, and
supervisors extend guidelines in the console from there. Columns are recognised by header label, since
the areas' tables differ; area-wide time limits and bases stated above a table fill empty cells."""
import csv, re, sys, pathlib

src = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/domain/AREA-GUIDELINES.md").read_text(encoding="utf-8")
out = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "src/main/resources/catalog/guidelines.csv")

def cells(line):
    return [c.strip() for c in line.strip().strip("|").split("|")]

def column(headers, *keys):
    for i, h in enumerate(headers):
        if any(k in h for k in keys):
            return i
    return None

NOTE = re.compile(r"\s*[(（][^()（）]*(?:[A-Za-z]|[:：])[^()（）]*[)）]")

def clean(text):
    """Drops the file's editorial notes: parentheses with English words or naming a county's variant."""
    text = (text or "").replace(" + the two 住房城乡建设部 notices named in the first row",
        "《关于推进国有土地上房屋征收与补偿信息公开工作的实施意见》《关于进一步加强国有土地上房屋征收与补偿信息公开工作的通知》")
    return NOTE.sub("", text).strip()

def levels(text):
    t = re.sub(r"\(.*?\)|（.*?）", "", text or "")
    found = []
    if "县" in t or "市" in t or "区" in t: found.append("COUNTY")
    if "乡" in t or "镇" in t or "街" in t: found.append("TOWNSHIP")
    if "村" in t: found.append("VILLAGE")
    return " ".join(found) or "COUNTY TOWNSHIP"

# "Row templates": areas whose every row shares one 公开内容 and 公开时限; they fill empty cells.
templates = {}
m = re.search(r"^\| area \|.*?\n\|[-| ]+\|\n((?:\|.*\|\n)+)", src, flags=re.M)
if m:
    for line in m.group(1).splitlines():
        v = cells(line)
        name = re.sub(r"\s*\(.*?\)", "", v[0]).strip()
        if "(" not in v[0]:
            templates[name] = (v[1], v[2])

rows = []
sections = re.split(r"^## (\d+)\. (.+)$", src, flags=re.M)
for i in range(1, len(sections), 3):
    number, area, body = int(sections[i]), sections[i + 1].strip(), sections[i + 2]
    template_content, template_limit = templates.get(area, (None, None))
    default_limit = template_limit
    m = re.search(r"Time limit of all[^:]*:\s*\*\*\"?(.+?)\"?\*\*", body)
    if m: default_limit = m.group(1)
    default_basis = None
    m = re.search(r"Basis of all rows:\s*(.+?)(?:\s*\(|\.$|$)", body, flags=re.M)
    if m: default_basis = m.group(1).strip()
    lines = body.splitlines()
    for j, line in enumerate(lines):
        if not line.startswith("| 一级事项"):
            continue
        headers = cells(line)
        c = {k: column(headers, *v) for k, v in {
            "first": ["一级事项"], "second": ["二级事项"], "content": ["公开内容", "elements"],
            "basis": ["公开依据"], "limit": ["公开时限"], "body": ["公开主体"], "level": ["层级"],
            "audience": ["对象"]}.items()}
        for row in lines[j + 2:]:
            if not row.startswith("|"):
                break
            v = cells(row)
            get = lambda k: clean((v[c[k]] if c[k] is not None and c[k] < len(v) else "").replace("—", ""))
            second = get("second") or get("first")
            if not second:
                continue
            audience = get("audience")
            rows.append({
                "领域序号": number, "领域": area, "一级事项": get("first"), "二级事项": second,
                "公开内容(要素)": get("content") or template_content or "", "公开依据": get("basis") or default_basis or "",
                "公开时限": get("limit") or default_limit or "", "公开主体": get("body"),
                "公开对象": "SPECIFIC_GROUP" if "特定" in audience or "申请人" in audience else "PUBLIC",
                "公开方式": "ON_REQUEST" if "依申请" in audience else "PROACTIVE",
                "公开层级": levels(get("level") or audience),
            })

out.parent.mkdir(parents=True, exist_ok=True)
with out.open("w", encoding="utf-8", newline="") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    w.writerows(rows)
print(len(rows), "rows", len({r['领域'] for r in rows}), "areas")
