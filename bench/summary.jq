# Per-market figures of one dangol market file, for `make bench`: the definitions of
# Store.figures and MarketFigures, as bench/summary.py states them. Run as
#   jq -c --arg asOf DAY --arg activeSince DAY -f summary.jq DIR/markets/*.json
def opened: .channelOpenedOn != null and .channelOpenedOn <= $asOf;
def sent: [(.messages // [])[] | select(.on <= $asOf)];
def posted: [(.posts // [])[] | select(. <= $asOf)];
# A market that has not started by the as-of day counts nothing (MarketSchedule.hasStarted).
(if (.schedule.starts // "") > $asOf then [] else (.stores // []) end) as $stores
| [$stores[] | select(.eligible != false)] as $eligible
| [$eligible[] | select(opened)] as $opened
| {
    id: .id,
    eligibleStores: ($eligible | length),
    channelsOpened: ($opened | length),
    friends: ([$opened[] | ([(.friends // [])[] | select(.on <= $asOf) | .count] | last // 0)] | add // 0),
    messagesSent: ([$opened[] | sent[] | .count] | add // 0),
    posts: ([$opened[] | posted | length] | add // 0),
    activeStores: ([$opened[] | select(([sent[].on] + posted | max // "") >= $activeSince)] | length),
    ownerAgeTotal: ([$eligible[] | .ownerAge // empty] | add // 0),
    ownerAgeCount: ([$eligible[] | .ownerAge // empty] | length)
  }
