#!/usr/bin/env python3
"""Per-market figures of a dangol data folder with Python's json module, for `make bench`.

The same definitions as dangol (Store.figures, MarketFigures): a market that has not started
by AS_OF counts nothing (MarketSchedule.hasStarted); only eligible stores count;
a store counts once its channel opened on or before AS_OF; friends are its latest reading
on or before AS_OF; it is active when a message or post falls within the 30 days ending
on AS_OF. ISO dates compare as strings, so no date parsing is needed.

Usage: summary.py DATA_DIR AS_OF ACTIVE_SINCE   (prints one JSON object per line)
"""
import json
import os
import sys


def market_figures(market, as_of, active_since):
    figures = dict(eligibleStores=0, channelsOpened=0, friends=0, messagesSent=0, posts=0,
                   activeStores=0, ownerAgeTotal=0, ownerAgeCount=0)
    starts = (market.get("schedule") or {}).get("starts")
    if starts is not None and starts > as_of:
        return figures
    for store in market.get("stores", []):
        if not store.get("eligible", True):
            continue
        figures["eligibleStores"] += 1
        if store.get("ownerAge") is not None:
            figures["ownerAgeTotal"] += store["ownerAge"]
            figures["ownerAgeCount"] += 1
        opened = store.get("channelOpenedOn")
        if opened is None or opened > as_of:
            continue
        figures["channelsOpened"] += 1
        readings = [r["count"] for r in store.get("friends", []) if r["on"] <= as_of]
        figures["friends"] += readings[-1] if readings else 0
        sent = [m for m in store.get("messages", []) if m["on"] <= as_of]
        posted = [p for p in store.get("posts", []) if p <= as_of]
        figures["messagesSent"] += sum(m["count"] for m in sent)
        figures["posts"] += len(posted)
        activity = [m["on"] for m in sent] + posted
        if activity and max(activity) >= active_since:
            figures["activeStores"] += 1
    return figures


def main():
    folder, as_of, active_since = sys.argv[1:4]
    markets = os.path.join(folder, "markets")
    for name in sorted(os.listdir(markets)):
        if not name.endswith(".json") or name.startswith("."):
            continue
        with open(os.path.join(markets, name), encoding="utf-8") as file:
            market = json.load(file)
        print(json.dumps(dict(id=market["id"], **market_figures(market, as_of, active_since))))


main()
