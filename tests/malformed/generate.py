#!/usr/bin/env python3
"""Writes the malformed-input corpus and its manifest (cases.json).

Each case is one file (or one line of a JSON Lines file) and the finding, or the decision, it must
produce. Run from this folder: python3 generate.py. The files are committed; this script documents
how they were made and makes them again.
"""
import copy, json, os, random, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
cases = []

FOLDERS = {"transcript": "transcripts", "catalog": "catalogs", "policy": "policies"}

def write(kind, name, content, expect, binary=False):
    folder = os.path.join(HERE, FOLDERS[kind])
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, name)
    if binary:
        open(path, "wb").write(content)
    elif isinstance(content, str):
        open(path, "w", encoding="utf-8").write(content)
    else:
        open(path, "w", encoding="utf-8").write(json.dumps(content, indent=1))
    cases.append({"file": f"{FOLDERS[kind]}/{name}", "kind": kind, **expect})

# ---------------------------------------------------------------- transcripts
T = {
    "asOf": "2025-11-23",
    "certifications": [{"credential": "aama-cma", "certifiedOn": "2021-02-10", "member": True,
                        "examAttempts": [{"on": "2020-06-01", "passed": False}]}],
    "activities": [
        {"id": "a1", "title": "Phlebotomy update", "provider": "AAMA", "kind": "course", "completedOn": "2022-03-01",
         "durationMinutes": 120, "purchasedOn": "2022-02-01",
         "credits": [{"amount": 2, "unit": "aama-point", "category": "clinical", "approvedBy": ["aama"], "approvalReference": "R-1"}]},
        {"id": "cpr", "kind": "cpr-card", "completedOn": "2022-05-01", "validMonths": 24},
    ],
}

def t(name, mutate, code, path, severity="error"):
    doc = copy.deepcopy(T)
    mutate(doc)
    write("transcript", name + ".json", doc, {"code": code, "path": path, "severity": severity})

def setter(*keys, value):
    def apply(doc):
        node = doc
        for k in keys[:-1]:
            node = node[k]
        node[keys[-1]] = value
    return apply

def remover(*keys):
    def apply(doc):
        node = doc
        for k in keys[:-1]:
            node = node[k]
        del node[keys[-1]]
    return apply

bad_dates = {"feb-30": "2023-02-30", "year-0": "0000-01-01", "year-10000": "10000-01-01", "month-13": "2023-13-01",
             "slashes": "2023/01/01", "empty": "", "short": "2023-1-1", "word": "tomorrow", "time": "2023-01-01T00:00:00",
             "feb-29-common-year": "2023-02-29", "day-32": "2023-01-32", "day-0": "2023-01-00"}
date_fields = {"as-of": (("asOf",), "asOf"),
               "certified-on": (("certifications", 0, "certifiedOn"), "certifications[0].certifiedOn"),
               "completed-on": (("activities", 0, "completedOn"), "activities[0].completedOn"),
               "purchased-on": (("activities", 0, "purchasedOn"), "activities[0].purchasedOn"),
               "exam-on": (("certifications", 0, "examAttempts", 0, "on"), "certifications[0].examAttempts[0].on")}
for field, (keys, path) in date_fields.items():
    for label, value in bad_dates.items():
        t(f"date-{field}-{label}", setter(*keys, value=value), "not-a-date", path)
    t(f"date-{field}-number", setter(*keys, value=20230101), "wrong-type", path)

wrong_types = [
    ("certifications-object", ("certifications",), {"credential": "aama-cma"}, "certifications"),
    ("activities-string", ("activities",), "a1, cpr", "activities"),
    ("member-string", ("certifications", 0, "member"), "yes", "certifications[0].member"),
    ("credits-object", ("activities", 0, "credits"), {"amount": 2}, "activities[0].credits"),
    ("approved-by-string", ("activities", 0, "credits", 0, "approvedBy"), "aama", "activities[0].credits[0].approvedBy"),
    ("duration-string", ("activities", 0, "durationMinutes"), "90", "activities[0].durationMinutes"),
    ("valid-months-boolean", ("activities", 1, "validMonths"), True, "activities[1].validMonths"),
    ("title-number", ("activities", 0, "title"), 5, "activities[0].title"),
    ("id-number", ("activities", 0, "id"), 7, "activities[0].id"),
    ("kind-array", ("activities", 0, "kind"), ["course"], "activities[0].kind"),
    ("credential-number", ("certifications", 0, "credential"), 1, "certifications[0].credential"),
    ("passed-string", ("certifications", 0, "examAttempts", 0, "passed"), "no", "certifications[0].examAttempts[0].passed"),
    ("exam-attempts-object", ("certifications", 0, "examAttempts"), {"on": "2020-06-01"}, "certifications[0].examAttempts"),
    ("unit-number", ("activities", 0, "credits", 0, "unit"), 3, "activities[0].credits[0].unit"),
    ("amount-string", ("activities", 0, "credits", 0, "amount"), "2", "activities[0].credits[0].amount"),
    ("amount-boolean", ("activities", 0, "credits", 0, "amount"), True, "activities[0].credits[0].amount"),
    ("activity-number", ("activities", 0), 42, "activities[0]"),
    ("certification-string", ("certifications", 0), "aama-cma", "certifications[0]"),
]
for name, keys, value, path in wrong_types:
    t("type-" + name, setter(*keys, value=value), "wrong-type", path)

missing = [
    ("credential", ("certifications", 0, "credential"), "certifications[0].credential"),
    ("certified-on", ("certifications", 0, "certifiedOn"), "certifications[0].certifiedOn"),
    ("activity-id", ("activities", 0, "id"), "activities[0].id"),
    ("kind", ("activities", 0, "kind"), "activities[0].kind"),
    ("completed-on", ("activities", 0, "completedOn"), "activities[0].completedOn"),
    ("amount", ("activities", 0, "credits", 0, "amount"), "activities[0].credits[0].amount"),
    ("unit", ("activities", 0, "credits", 0, "unit"), "activities[0].credits[0].unit"),
    ("certifications", ("certifications",), "certifications"),
    ("exam-passed", ("certifications", 0, "examAttempts", 0, "passed"), "certifications[0].examAttempts[0].passed"),
]
for name, keys, path in missing:
    t("missing-" + name, remover(*keys), "missing-field", path)
t("missing-certifications-empty", setter("certifications", value=[]), "missing-field", "certifications")

t("unknown-credential-cma", setter("certifications", 0, "credential", value="cma"), "unknown-credential", "certifications[0].credential")
t("unknown-credential-accountant", setter("certifications", 0, "credential", value="aicpa-cpa"), "unknown-credential", "certifications[0].credential")
t("invalid-id-unit", setter("activities", 0, "credits", 0, "unit", value="Clinical Hours!"), "invalid-id", "activities[0].credits[0].unit")
t("invalid-id-category", setter("activities", 0, "credits", 0, "category", value="front office"), "invalid-id", "activities[0].credits[0].category")
t("invalid-id-approver", setter("activities", 0, "credits", 0, "approvedBy", value=["A A M A"]), "invalid-id", "activities[0].credits[0].approvedBy[0]")
t("unknown-kind", setter("activities", 0, "kind", value="webinar"), "unknown-kind", "activities[0].kind", "warning")
t("unknown-field", setter("activities", 0, "colour", value="red"), "unknown-field", "activities[0].colour", "warning")
t("id-case-category", setter("activities", 0, "credits", 0, "category", value="Clinical"), "id-case", "activities[0].credits[0].category", "warning")
t("id-case-unit", setter("activities", 0, "credits", 0, "unit", value="AAMA-POINT"), "id-case", "activities[0].credits[0].unit", "warning")

amounts = [("negative", -1, "negative-amount"), ("negative-small", -0.01, "negative-amount"), ("over-precise", 1.005, "over-precise-amount"),
           ("over-precise-tiny", 0.001, "over-precise-amount"), ("huge", 2000000, "invalid-amount"), ("exponent", 1e400, "invalid-amount"),
           ("largest-decimal", 79228162514264337593543950335, "invalid-amount"), ("line-maximum-plus-cent", 1000000.01, "invalid-amount")]
for name, value, code in amounts:
    doc = copy.deepcopy(T)
    text = json.dumps(doc, indent=1).replace('"amount": 2', f'"amount": {value!r}'.replace("inf", "1e400"))
    if name == "exponent":
        text = json.dumps(doc, indent=1).replace('"amount": 2', '"amount": 1e400')
    write("transcript", f"amount-{name}.json", text, {"code": code, "path": "activities[0].credits[0].amount", "severity": "error"})

ints = [("duration-negative", ("activities", 0, "durationMinutes"), -5, "out-of-range", "activities[0].durationMinutes"),
        ("duration-year-plus", ("activities", 0, "durationMinutes"), 525601, "out-of-range", "activities[0].durationMinutes"),
        ("duration-fraction", ("activities", 0, "durationMinutes"), 90.5, "invalid-number", "activities[0].durationMinutes"),
        ("valid-months-huge", ("activities", 1, "validMonths"), 121, "out-of-range", "activities[1].validMonths"),
        ("valid-months-negative", ("activities", 1, "validMonths"), -24, "out-of-range", "activities[1].validMonths")]
for name, keys, value, code, path in ints:
    t("number-" + name, setter(*keys, value=value), code, path)

t("text-too-long-title", setter("activities", 0, "title", value="x" * 1001), "text-too-long", "activities[0].title")
t("text-too-long-id", setter("activities", 0, "id", value="i" * 201), "text-too-long", "activities[0].id")
t("duplicate-activity-id", setter("activities", 1, "id", value="a1"), "duplicate-activity-id", "activities[1].id", "warning")

raw = json.dumps(T, indent=1)
write("transcript", "duplicate-field.json", raw.replace('"title": "Phlebotomy update",', '"title": "Phlebotomy update", "title": "Again",'),
      {"code": "duplicate-field", "path": "activities[0].title", "severity": "error"})
write("transcript", "empty.json", "", {"code": "invalid-json", "path": "$", "severity": "error"})
write("transcript", "whitespace.json", "  \n\t ", {"code": "invalid-json", "path": "$", "severity": "error"})
write("transcript", "truncated.json", raw[: len(raw) // 2], {"code": "invalid-json", "path": "$", "severity": "error"})
write("transcript", "trailing-garbage.json", raw + " }", {"code": "invalid-json", "path": "$", "severity": "error"})
write("transcript", "comment.json", "// exported\n" + raw, {"code": "invalid-json", "path": "$", "severity": "error"})
write("transcript", "single-quotes.json", raw.replace('"', "'"), {"code": "invalid-json", "path": "$", "severity": "error"})
write("transcript", "root-array.json", "[" + raw + "]", {"code": "wrong-type", "path": "$", "severity": "error"})
write("transcript", "root-string.json", '"aama-cma"', {"code": "wrong-type", "path": "$", "severity": "error"})
write("transcript", "root-null.json", "null", {"code": "wrong-type", "path": "$", "severity": "error"})
write("transcript", "deep-arrays.json", "[" * 100 + "]" * 100, {"code": "too-deep", "path": "$", "severity": "error"})
write("transcript", "deep-field.json", '{"activities": ' + '{"a": ' * 60 + "1" + "}" * 60 + "}", {"code": "too-deep", "path": "$", "severity": "error"})
write("transcript", "utf16.json", "\ufeff".encode("utf-16-le") + raw.encode("utf-16-le"), {"code": "wrong-encoding", "path": "$", "severity": "error"}, binary=True)
write("transcript", "utf16-be.json", b"\xfe\xff" + raw.encode("utf-16-be"), {"code": "wrong-encoding", "path": "$", "severity": "error"}, binary=True)
write("transcript", "latin1.json", raw.replace("Phlebotomy update", "Phl\u00e9botomie").encode("latin-1"), {"code": "wrong-encoding", "path": "$", "severity": "error"}, binary=True)
write("transcript", "utf8-bom.json", b"\xef\xbb\xbf" + raw.replace('"asOf"', '"asof"').encode("utf-8"), {"code": "unknown-field", "path": "asof", "severity": "warning"}, binary=True)
rng = random.Random(20251123)
for i in range(8):
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
    if data[:1] in (b"{", b"[", b'"', b" ") or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        data = b"\x80" + data
    write("transcript", f"random-bytes-{i}.bin", data, {"code": "wrong-encoding", "path": "$", "severity": "error"}, binary=True)
write("transcript", "binary-zeros.bin", b"\x00" * 64, {"code": "invalid-json", "path": "$", "severity": "error"}, binary=True)
write("transcript", "csv.json", "id,kind,completedOn\na1,course,2022-03-01\n", {"code": "invalid-json", "path": "$", "severity": "error"})

# hostile input an adversarial check found: half characters, numbers held only rounded, errors in deciding fields
write("transcript", "surrogate-title.json", raw.replace('"Phlebotomy update"', '"Phleb\\ud800otomy"'), {"code": "invalid-escape", "path": "activities[0].title", "severity": "error"})
write("transcript", "surrogate-low-id.json", raw.replace('"id": "cpr"', '"id": "\\udfff"'), {"code": "invalid-escape", "path": "activities[1].id", "severity": "error"})
write("transcript", "surrogate-key.json", raw.replace('"provider": "AAMA"', '"\\ud83d": "AAMA"'), {"code": "invalid-escape", "path": "activities[0]", "severity": "error"})
write("transcript", "surrogate-person-id.json", raw.replace('"asOf"', '"personId": "\\ud800", "asOf"'), {"code": "invalid-escape", "path": "personId", "severity": "error"})
for name, value in [("rounded-to-cent", "0.0099999999999999999999999999999"), ("underflow", "1e-400"), ("many-digits", "2.00000000000000000000000000000000001")]:
    write("transcript", f"amount-{name}.json", raw.replace('"amount": 2', f'"amount": {value}'), {"code": "over-precise-amount", "path": "activities[0].credits[0].amount", "severity": "error"})
write("transcript", "number-duration-rounded.json", raw.replace('"durationMinutes": 120', '"durationMinutes": 120.0000000000000000000000000000001'), {"code": "invalid-number", "path": "activities[0].durationMinutes", "severity": "error"})
write("transcript", "duplicate-as-of.json", raw.replace('"asOf": "2025-11-23",', '"asOf": "2025-11-23", "asOf": "2024-01-01",'), {"code": "duplicate-field", "path": "asOf", "severity": "error"})
t("person-id-blank", setter("personId", value="   "), "missing-field", "personId")
t("person-id-empty", setter("personId", value=""), "missing-field", "personId")
t("completed-before-purchase", lambda d: d["activities"][0].update(kind="self-study", purchasedOn="2022-03-02"), "completed-before-purchase", "activities[0].completedOn")
t("too-many-certifications", lambda d: d.update(certifications=d["certifications"] * 21), "too-many-certifications", "certifications")

# decisions: the document reads, and the evaluation refuses with a reason
def decision(name, mutate, credential, activity, reason):
    doc = copy.deepcopy(T)
    mutate(doc)
    write("transcript", name + ".json", doc, {"credential": credential, "activity": activity, "reason": reason})

def nha(doc):
    doc["certifications"] = [{"credential": "nha-ccma", "certifiedOn": "2021-02-10"}]
decision("credit-beyond-duration-nha", lambda d: (nha(d), d["activities"][0].update(durationMinutes=60, credits=[{"amount": 2, "unit": "nha-credit"}])), "nha-ccma", "a1", "over-cap")
decision("credit-beyond-duration-aama", lambda d: d["activities"][0].update(durationMinutes=60, credits=[{"amount": 5, "unit": "aama-point", "category": "clinical"}]), "aama-cma", "a1", "over-cap")
decision("too-short-aama", lambda d: d["activities"][0].update(durationMinutes=30, credits=[{"amount": 1, "unit": "aama-point", "category": "clinical"}]), "aama-cma", "a1", "too-short")
decision("unknown-unit-widget", setter("activities", 0, "credits", 0, "unit", value="widget"), "aama-cma", "a1", "unknown-unit")
decision("unknown-category-ethics", setter("activities", 0, "credits", 0, "category", value="ethics"), "aama-cma", "a1", "unknown-category")
decision("zero-amount", setter("activities", 0, "credits", 0, "amount", value=0), "aama-cma", "cpr", "none")
decision("duplicate-activity-counted-once", setter("activities", 1, "id", value="a1"), "aama-cma", "a1", "duplicate")
decision("cpr-card-unknown-validity", remover("activities", 1, "validMonths"), "aama-cma", "cpr", "needs-review")
decision("after-as-of", setter("activities", 0, "completedOn", value="2030-01-01"), "aama-cma", "a1", "after-as-of")
decision("before-window", lambda d: d["activities"][0].update(completedOn="2019-01-01", purchasedOn="2018-12-01"), "aama-cma", "a1", "outside-window")

# ---------------------------------------------------------------- catalogs
C = {"vendor": "Example Academy", "courses": [
    {"id": "EA-101", "title": "Phlebotomy update", "kind": "course", "durationMinutes": 90,
     "contentAreas": [{"category": "clinical", "minutes": 60}, {"category": "administrative", "minutes": 30}],
     "offers": [{"credential": "aama-cma", "credits": [{"amount": 1, "unit": "aama-point", "category": "clinical", "approvedBy": ["aama"], "approvalReference": "AAMA-1"}]},
                {"credential": "nha-ccma", "credits": [{"amount": 0.75, "unit": "nha-credit"}]}]},
    {"id": "EA-CPR", "title": "CPR", "kind": "cpr-card", "durationMinutes": 240, "validMonths": 24,
     "offers": [{"credential": "aama-cma", "credits": [{"amount": 4, "unit": "aama-point", "category": "clinical"}]}]}]}

def c(name, mutate, code, path, severity="error"):
    doc = copy.deepcopy(C)
    mutate(doc)
    write("catalog", name + ".json", doc, {"code": code, "path": path, "severity": severity})

O = ("courses", 0, "offers")
c("vendor-missing", remover("vendor"), "missing-field", "vendor")
c("courses-missing", remover("courses"), "missing-field", "courses")
c("courses-object", setter("courses", value={}), "wrong-type", "courses")
c("course-id-missing", remover("courses", 0, "id"), "missing-field", "courses[0].id")
c("course-title-missing", remover("courses", 0, "title"), "missing-field", "courses[0].title")
c("course-kind-missing", remover("courses", 0, "kind"), "missing-field", "courses[0].kind")
c("course-number", setter("courses", 0, value=3), "wrong-type", "courses[0]")
c("duration-string", setter("courses", 0, "durationMinutes", value="90"), "wrong-type", "courses[0].durationMinutes")
c("duration-zero", setter("courses", 0, "durationMinutes", value=0), "invalid-duration", "courses[0].durationMinutes")
c("duration-negative", setter("courses", 0, "durationMinutes", value=-90), "invalid-duration", "courses[0].durationMinutes")
c("duration-absurd", setter("courses", 0, "durationMinutes", value=900000), "absurd-duration", "courses[0].durationMinutes")
c("duration-missing", remover("courses", 0, "durationMinutes"), "missing-duration", "courses[0].durationMinutes", "warning")
c("content-minutes-mismatch", setter("courses", 0, "contentAreas", 1, "minutes", value=20), "content-minutes-mismatch", "courses[0].contentAreas")
c("content-area-twice", setter("courses", 0, "contentAreas", 1, "category", value="clinical"), "duplicate-content-area", "courses[0].contentAreas[1].category")
c("content-minutes-missing", remover("courses", 0, "contentAreas", 0, "minutes"), "missing-field", "courses[0].contentAreas[0].minutes")
c("amount-negative", setter(*O, 0, "credits", 0, "amount", value=-1), "negative-amount", "courses[0].offers[0].credits[0].amount")
c("amount-over-precise", setter(*O, 0, "credits", 0, "amount", value=0.125), "over-precise-amount", "courses[0].offers[0].credits[0].amount")
c("amount-zero", setter(*O, 0, "credits", 0, "amount", value=0), "zero-amount", "courses[0].offers[0].credits[0].amount", "warning")
c("amount-absurd", setter(*O, 0, "credits", 0, "amount", value=5000), "absurd-amount", "courses[0].offers[0].credits[0].amount")
c("amount-too-large", setter(*O, 0, "credits", 0, "amount", value=2000000), "invalid-amount", "courses[0].offers[0].credits[0].amount")
c("unknown-credential", setter(*O, 0, "credential", value="cma"), "unknown-credential", "courses[0].offers[0].credential")
c("unknown-unit", setter(*O, 0, "credits", 0, "unit", value="widget"), "unknown-unit", "courses[0].offers[0].credits[0].unit")
c("unknown-category", setter(*O, 0, "credits", 0, "category", value="ethics"), "unknown-category", "courses[0].offers[0].credits[0].category")
c("missing-category", remover(*O, 0, "credits", 0, "category"), "missing-category", "courses[0].offers[0].credits[0].category")
c("approval-without-reference", remover(*O, 0, "credits", 0, "approvalReference"), "approval-without-reference", "courses[0].offers[0].credits[0].approvalReference")
c("credit-beyond-duration-aama", setter(*O, 0, "credits", 0, "approvedBy", value=[]), "none", "courses[0]")
c("credit-beyond-duration-nha", setter(*O, 1, "credits", 0, "amount", value=2), "credit-exceeds-duration", "courses[0].offers[1].credits")
c("credit-beyond-duration-ncct", lambda d: d["courses"][0]["offers"].append({"credential": "ncct-ncma", "credits": [{"amount": 2, "unit": "clock-hour"}]}), "credit-exceeds-duration", "courses[0].offers[2].credits")
c("non-aama-beyond-duration", lambda d: d["courses"][0]["offers"][0]["credits"][0].update(amount=3, approvedBy=[], approvalReference=None), "credit-exceeds-duration", "courses[0].offers[0].credits")
c("approved-beyond-duration", setter(*O, 0, "credits", 0, "amount", value=3), "approved-credit-exceeds-duration", "courses[0].offers[0].credits", "warning")
c("too-short", lambda d: (d["courses"][0].update(durationMinutes=45, contentAreas=[]), d["courses"][0]["offers"][0]["credits"][0].update(amount=0.5, approvedBy=[], approvalReference=None)), "too-short", "courses[0].offers[0]")
c("cpr-to-ncct", lambda d: d["courses"][1]["offers"].append({"credential": "ncct-ncma", "credits": [{"amount": 4, "unit": "clock-hour"}]}), "kind-not-accepted", "courses[1].offers[1]")
c("cpr-six-points", setter("courses", 1, "offers", 0, "credits", 0, "amount", value=6), "cpr-credit", "courses[1].offers[0].credits")
c("cpr-general", setter("courses", 1, "offers", 0, "credits", 0, "category", value="general"), "cpr-credit", "courses[1].offers[0].credits")
c("cpr-one-year", setter("courses", 1, "validMonths", value=12), "cpr-validity", "courses[1].offers[0]")
c("cpr-validity-missing", remover("courses", 1, "validMonths"), "cpr-validity", "courses[1].offers[0]")
c("duplicate-course-id", setter("courses", 1, "id", value="EA-101"), "duplicate-course-id", "courses[1].id")
c("duplicate-offer", lambda d: d["courses"][0]["offers"].append(copy.deepcopy(d["courses"][0]["offers"][0])), "duplicate-offer", "courses[0].offers[2].credential")
c("self-study-no-period", setter("courses", 0, "kind", value="self-study"), "missing-completion-period", "courses[0].offers[0]")
c("self-study-long-period", lambda d: d["courses"][0].update(kind="self-study", completeWithinMonths=12), "completion-period-too-long", "courses[0].offers[0]")
c("no-offers", setter("courses", 0, "offers", value=[]), "no-offers", "courses[0].offers", "warning")
c("empty-offer", setter(*O, 1, "credits", value=[]), "empty-offer", "courses[0].offers[1].credits", "warning")
c("implied-category", setter(*O, 0, "credits", 0, "category", value="administrative"), "implied-category", "courses[0].offers[0].credits[0].category", "info")
c("category-ignored", lambda d: d["courses"][0]["offers"].append({"credential": "amt-rma", "credits": [{"amount": 1, "unit": "amt-ccp-point", "category": "clinical"}]}), "category-ignored", "courses[0].offers[2].credits[0].category", "info")
c("converted-unit", setter(*O, 1, "credits", 0, "unit", value="contact-hour"), "converted-unit", "courses[0].offers[1].credits[0].unit", "info")
c("unknown-field", setter("courses", 0, "priceUsd", value=49), "unknown-field", "courses[0].priceUsd", "warning")
write("catalog", "empty.json", "", {"code": "invalid-json", "path": "$", "severity": "error"})
write("catalog", "root-array.json", "[]", {"code": "wrong-type", "path": "$", "severity": "error"})
write("catalog", "deep.json", "[" * 80 + "]" * 80, {"code": "too-deep", "path": "$", "severity": "error"})
write("catalog", "latin1.json", json.dumps(C).replace("Phlebotomy", "Phl\u00e9botomie").encode("latin-1"), {"code": "wrong-encoding", "path": "$", "severity": "error"}, binary=True)
for i in range(3):
    write("catalog", f"random-bytes-{i}.bin", b"\x81" + bytes(rng.randrange(256) for _ in range(200)), {"code": "wrong-encoding", "path": "$", "severity": "error"}, binary=True)

# ---------------------------------------------------------------- policies
P = json.load(open(os.path.join(HERE, "..", "..", "docs", "examples", "policies", "employer-annual.json"), encoding="utf-8"))
V = ("versions", 0)
def p(name, mutate, code, path, severity="error"):
    doc = copy.deepcopy(P)
    mutate(doc)
    write("policy", name + ".json", doc, {"code": code, "path": path, "severity": severity})

p("credential-number", setter("credential", value=3), "wrong-type", "credential")
p("credential-missing", remover("credential"), "missing-field", "credential")
p("versions-missing", remover("versions"), "missing-field", "versions")
p("versions-object", setter("versions", value={}), "wrong-type", "versions")
p("credential-id-invalid", setter("credential", "id", value="Example Clinic"), "invalid-id", "credential.id")
p("cycle-hours", setter(*V, "expiration", "cycle", value="P3H"), "not-a-period", "versions[0].expiration.cycle")
p("cycle-negative", setter(*V, "expiration", "cycle", value="P-1Y"), "not-a-period", "versions[0].expiration.cycle")
p("cycle-zero", setter(*V, "expiration", "cycle", value="P0D"), "not-a-period", "versions[0].expiration.cycle")
p("cycle-word", setter(*V, "expiration", "cycle", value="yearly"), "not-a-period", "versions[0].expiration.cycle")
p("cycle-number", setter(*V, "expiration", "cycle", value=12), "wrong-type", "versions[0].expiration.cycle")
p("cycle-huge", setter(*V, "expiration", "cycle", value="P500Y"), "out-of-range", "versions[0].expiration.cycle")
p("convention-unknown", setter(*V, "expiration", "convention", value="end-of-year"), "unknown-value", "versions[0].expiration.convention")
p("effective-from-feb-30", setter(*V, "effectiveFrom", value="2024-02-30"), "not-a-date", "versions[0].effectiveFrom")
p("effective-from-year-0", setter(*V, "effectiveFrom", value="0000-01-01"), "not-a-date", "versions[0].effectiveFrom")
p("window-start-unknown", setter(*V, "window", "start", value="last-tuesday"), "unknown-value", "versions[0].window.start")
p("unit-invalid", setter(*V, "units", "unit", value="Contact Hour"), "invalid-id", "versions[0].units.unit")
p("minimum-negative", setter(*V, "requirements", 0, "minimum", value=-12), "negative-amount", "versions[0].requirements[0].minimum")
p("minimum-over-precise", setter(*V, "requirements", 0, "minimum", value=12.001), "over-precise-amount", "versions[0].requirements[0].minimum")
p("minimum-string", setter(*V, "requirements", 0, "minimum", value="12"), "wrong-type", "versions[0].requirements[0].minimum")
p("minimum-huge", setter(*V, "requirements", 0, "minimum", value=79228162514264337593543950335), "invalid-amount", "versions[0].requirements[0].minimum")
p("requirement-type-unknown", setter(*V, "requirements", 0, "type", value="maximum"), "unknown-value", "versions[0].requirements[0].type")
p("requirement-category-unknown", setter(*V, "requirements", 1, "category", value="ethics"), "unknown-category", "versions[0].requirements[1].category")
p("requirement-twice", lambda d: d["versions"][0]["requirements"].append(copy.deepcopy(d["versions"][0]["requirements"][0])), "duplicate-entry", "versions[0].requirements[2]")
p("factor-zero", setter(*V, "units", "conversions", 0, "factor", value=0), "out-of-range", "versions[0].units.conversions[0].factor")
p("minutes-per-unit-zero", setter(*V, "units", "fromDuration", "minutesPerUnit", value=0), "out-of-range", "versions[0].units.fromDuration.minutesPerUnit")
p("version-twice", lambda d: d["versions"].append(copy.deepcopy(d["versions"][0])), "duplicate-version", "versions[1].version")
p("unknown-field", setter(*V, "colour", value="red"), "unknown-field", "versions[0].colour", "warning")
p("source-missing", lambda d: d.pop("source"), "missing-source", "versions[0]")
p("source-url-relative", setter(*V, "units", "conversions", 0, "source", value={"citation": "IACET, About the CEU", "url": "iacet.org/ceus/about-the-ceu"}), "invalid-url", "versions[0].units.conversions[0].source.url")
p("source-url-ftp", setter("source", value={"citation": "Example Clinic, HR policy 12", "url": "ftp://example.org/hr-policy-12.pdf"}), "invalid-url", "source.url")
p("source-authority-unknown", setter("source", value={"citation": "Example Clinic, HR policy 12", "authority": "official"}), "unknown-value", "source.authority")
p("source-further-number", setter("source", value={"citation": "Example Clinic, HR policy 12", "furtherSources": [12]}), "wrong-type", "source.furtherSources[0]")
p("rule-id-invalid", setter(*V, "requirements", 0, "ruleId", value="total rule"), "invalid-rule-id", "versions[0].requirements[0].ruleId")
p("ce-time-limit-hours", setter(*V, "ceTimeLimit", "length", value="PT12H"), "not-a-period", "versions[0].ceTimeLimit.length")
p("text-too-long", setter("credential", "name", value="n" * 2001), "text-too-long", "credential.name")
write("policy", "empty.json", "", {"code": "invalid-json", "path": "$", "severity": "error"})
write("policy", "deep.json", "[" * 80 + "]" * 80, {"code": "too-deep", "path": "$", "severity": "error"})
write("policy", "utf16.json", "\ufeff".encode("utf-16-le") + json.dumps(P).encode("utf-16-le"), {"code": "wrong-encoding", "path": "$", "severity": "error"}, binary=True)
write("policy", "random-bytes.bin", b"\x82" + bytes(rng.randrange(256) for _ in range(300)), {"code": "wrong-encoding", "path": "$", "severity": "error"}, binary=True)
write("policy", "transcript-not-policy.json", T, {"code": "missing-field", "path": "credential", "severity": "error"})

# ---------------------------------------------------------------- batch lines
def line(doc, person):
    d = copy.deepcopy(doc)
    d.pop("asOf", None)
    d["personId"] = person
    return json.dumps(d)

good = line(T, "p-good")
batch_lines = [
    ('{"personId": "p1", "certifications": [ {"credential": "aama-cma", "certifiedOn": "2023-02-30"} ]}', "not-a-date", "certifications[0].certifiedOn"),
    ('{"personId": "p2", "certifications": []}', "missing-field", "certifications"),
    ('{"personId": "p3", "certifications": [ {"credential": "cma", "certifiedOn": "2021-01-01"} ]}', "unknown-credential", "certifications[0].credential"),
    ('not json at all', "invalid-json", "$"),
    ('{"personId": "p5", "certifications": [ {"credential": "aama-cma", "certifiedOn": "2021-01-01"} ], "activities": [ {"id": "a", "kind": "course", "completedOn": "2022-01-01", "credits": [ {"amount": -3, "unit": "aama-point"} ]} ]}', "negative-amount", "activities[0].credits[0].amount"),
    ('[1, 2, 3]', "wrong-type", "$"),
    ('{"personId": "p7", "certifications": [ {"credential": "aama-cma", "certifiedOn": "2021-01-01"} ], "activities": "none"}', "wrong-type", "activities"),
    ('{"personId": "p8", "certifications": [ {"credential": "aama-cma"} ]}', "missing-field", "certifications[0].certifiedOn"),
    ('{"personId": "p9", "certifications": [ {"credential": "aama-cma", "certifiedOn": "2021-01-01"} ], "activities": [ {"id": "a", "kind": "course", "completedOn": "2022-01-01", "credits": [ {"amount": 1.005, "unit": "aama-point"} ]} ]}', "over-precise-amount", "activities[0].credits[0].amount"),
    ('{"personId": "p10", "certifications": [ {"credential": "aama-cma", "certifiedOn": "10000-01-01"} ]}', "not-a-date", "certifications[0].certifiedOn"),
    ('{"personId": 11, "certifications": [ {"credential": "aama-cma", "certifiedOn": "2021-01-01"} ]}', "wrong-type", "personId"),
    ('{"personId": "p12", "personId": "p12b", "certifications": [ {"credential": "aama-cma", "certifiedOn": "2021-01-01"} ]}', "duplicate-field", "personId"),
    ('{"personId": "p13", "certifications": [ {"credential": "aama-cma", "certifiedOn": "2021-01-01" ]}', "invalid-json", "$"),
]
folder = os.path.join(HERE, "batches")
os.makedirs(folder, exist_ok=True)
with open(os.path.join(folder, "mixed.jsonl"), "w", encoding="utf-8") as f:
    f.write(good + "\n")
    for i, (text, code, path) in enumerate(batch_lines):
        f.write(text + "\n")
        cases.append({"file": "batches/mixed.jsonl", "kind": "batch", "line": i + 2, "code": code, "path": path, "severity": "error"})
    f.write("\n" + line(T, "p-last") + "\n")
with open(os.path.join(folder, "no-person-id.jsonl"), "w", encoding="utf-8") as f:
    f.write(json.dumps({k: v for k, v in T.items() if k != "asOf"}) + "\n")
cases.append({"file": "batches/no-person-id.jsonl", "kind": "batch", "line": 1, "code": "missing-field", "path": "personId", "severity": "error"})

# lines whose bytes are not text, or whose text holds half a character, among good ones
hostile_lines = [
    (line(T, "p-latin").replace("Phlebotomy update", "Phl\u00e9botomie").encode("latin-1"), "wrong-encoding", "$"),
    (line(T, "p-surrogate").replace('"p-surrogate"', '"\\ud800"').encode("utf-8"), "invalid-escape", "personId"),
    (line(T, "p-title").replace("Phlebotomy update", "\\udfff").encode("utf-8"), "invalid-escape", "activities[0].title"),
    (line(T, "   ").encode("utf-8"), "missing-field", "personId"),
    (line(T, "").encode("utf-8"), "missing-field", "personId"),
    (line(T, "p-rounded").replace('"amount": 2', '"amount": 1e-400').encode("utf-8"), "over-precise-amount", "activities[0].credits[0].amount"),
    (line(T, "p-as-of").replace('{"certifications"', '{"asOf": "2025-01-01", "asOf": "2024-01-01", "certifications"').encode("utf-8"), "duplicate-field", "asOf"),
]
with open(os.path.join(folder, "hostile.jsonl"), "wb") as f:
    f.write(good.encode("utf-8") + b"\n")
    for i, (data, code, path) in enumerate(hostile_lines):
        f.write(data + b"\n")
        cases.append({"file": "batches/hostile.jsonl", "kind": "batch", "line": i + 2, "code": code, "path": path, "severity": "error"})
    f.write(line(T, "p-good").encode("utf-8") + b"\n")

json.dump(cases, open(os.path.join(HERE, "cases.json"), "w", encoding="utf-8"), indent=1)
print(len(cases), "cases")
