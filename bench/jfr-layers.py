#!/usr/bin/env python3
"""CPU samples of a JFR recording by layer of the service (request threads only).

    jfr print --json --events jdk.ExecutionSample rec.jfr > samples.json
    bench/jfr-layers.py samples.json              # thread groups, then layers of the request threads
    bench/jfr-layers.py samples.json listeners    # ... then layers of the event-listener threads

Each execution sample of a request thread (Tomcat's "-exec-" threads, or virtual threads) is given to the first
frame, from the leaf down, that belongs to a layer below; JDK frames (java.*, jdk.*, sun.*) are skipped over,
so e.g. regex time counts for the code that ran the regex. Hibernate is split by what is on the stack.
"""
import json, sys, collections

LAYERS = [
    ("e-mail normalisation", ("io.labelforce.workforce.WorkerEmails",)),
    ("JSON (Jackson)", ("tools.jackson.", "com.fasterxml.jackson.")),
    ("validation", ("org.hibernate.validator.", "jakarta.validation.")),
    ("JDBC (pgjdbc, Hikari)", ("org.postgresql.", "com.zaxxer.hikari.")),
    ("Hibernate", ("org.hibernate.",)),
    ("security filter + key lookup", ("org.springframework.security.", "io.labelforce.security.",
                                       "com.github.benmanes.caffeine.")),
    ("logging and metrics", ("ch.qos.logback.", "org.slf4j.", "io.micrometer.", "org.apache.logging.")),
    ("Spring data/tx/AOP", ("org.springframework.transaction.", "org.springframework.orm.",
                            "org.springframework.data.", "org.springframework.aop.", "org.springframework.jdbc.",
                            "org.springframework.dao.", "org.springframework.cglib.", "org.springframework.modulith.")),
    ("Spring MVC", ("org.springframework.web.", "org.springframework.http.", "org.springframework.core.",
                    "org.springframework.beans.", "org.springframework.util.", "org.springframework.validation.",
                    "org.springframework.context.")),
    ("HTTP (Tomcat)", ("org.apache.tomcat.", "org.apache.catalina.", "org.apache.coyote.")),
    ("application code", ("io.labelforce.",)),
]


def hibernate_part(frames):
    names = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in frames]
    text = " ".join(names)
    if "DefaultFlushEntityEventListener" in text or "DirtyCheck" in text or "dirtyCheck" in text:
        return "Hibernate: dirty checking"
    if "flush" in text.lower() or "ActionQueue" in text:
        return "Hibernate: flush"
    if "QueryTranslat" in text or "SemanticQueryBuilder" in text or "hql" in text or "sqm" in text.lower():
        return "Hibernate: query (HQL/SQM, loading)"
    return "Hibernate: loading, session, other"


def layer(frames):
    for f in frames:
        name = f["method"]["type"]["name"].replace("/", ".")
        if name.startswith(("java.", "jdk.", "sun.", "javax.")):
            continue
        for label, prefixes in LAYERS:
            if name.startswith(prefixes):
                return hibernate_part(frames) if label == "Hibernate" else label
        return "other: " + ".".join(name.split(".")[:3])
    top = frames[0]["method"]["type"]["name"].replace("/", ".") if frames else "?"
    return "JDK only: " + ".".join(top.split(".")[:2])


GROUPS = [
    ("requests (Tomcat's -exec- threads)", lambda t: "-exec-" in t or "virtual" in t.lower()),
    ("event listeners (task-N: invitations, mail, imports, distribution)", lambda t: t.startswith("task-")),
    ("scheduled jobs (scheduling-N)", lambda t: t.startswith("scheduling-")),
    ("start-up (main, background-preinit)", lambda t: t in ("main", "background-preinit")),
]


def group(thread):
    for label, test in GROUPS:
        if test(thread):
            return label
    return "other threads"


def table(counts, total, title):
    print(f"| {title} | samples | share |\n|---|---:|---:|")
    for label, n in counts.most_common():
        if n / total >= 0.005:
            print(f"| {label} | {n} | {100 * n / total:.1f}% |")
    rest = sum(n for _, n in counts.items() if n / total < 0.005)
    if rest:
        print(f"| (smaller) | {rest} | {100 * rest / total:.1f}% |")
    print(f"| **all** | {total} | 100% |\n")


def main(path, threads="requests"):
    data = json.load(open(path))
    events = data["recording"]["events"] if "recording" in data else data["recordedEvents"]
    groups = collections.Counter()
    counts = collections.Counter()
    for e in events:
        v = e["values"]
        thread = (v.get("sampledThread") or {}).get("javaName") or ""
        g = group(thread)
        groups[g] += 1
        if (threads == "requests" and g.startswith("requests")) or (
                threads == "listeners" and g.startswith("event listeners")):
            frames = (v.get("stackTrace") or {}).get("frames") or []
            counts[layer(frames)] += 1
    table(groups, sum(groups.values()), "Java thread group (all CPU samples)")
    if counts:
        table(counts, sum(counts.values()), f"layer ({threads} threads)")


if __name__ == "__main__":
    main(sys.argv[1], *sys.argv[2:])
