import Foundation

/// Builds a market whose stores add up exactly to a blueprint, with a believable history:
/// openings spread over the programme weeks, friend counts growing week by week, messages and
/// posts scattered between opening and the end.
public struct MarketGenerator {
    private var random: SeededGenerator

    public init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    public mutating func market(_ plan: MarketBlueprint) -> Market {
        let tutors = makeTutors(count: min(3, plan.storeCount / 40 + 1))
        let shops = makeShopNames(plan)
        let order = random.shuffle(Array(shops.indices))
        let eligible = Set(order.prefix(plan.eligible))
        let opened = Array(order.prefix(plan.opened))
        var stores = shops.enumerated().map { index, shop in
            Store(
                id: "s" + String(format: "%03d", index + 1), name: shop.name, category: shop.category,
                ownerAge: random.int(in: 42...79), eligible: eligible.contains(index),
                tutor: tutors[index % tutors.count])
        }
        if let total = plan.ownerAgeTotal {
            adjustAges(of: &stores, eligible: order.prefix(plan.eligible).sorted(), toTotal: total)
        }
        let openings = openingDays(count: opened.count, schedule: plan.schedule)
        let friends = random.split(plan.friends, weights: opened.map { _ in skewedWeight() }, minimum: 3)
        let messageWeights = friends.map { Double($0).squareRoot() * (random.chance(0.12) ? 0 : 0.3 + random.unit() * 1.4) }
        let messages = random.split(plan.messages, weights: messageWeights.allSatisfy { $0 == 0 } ? friends.map(Double.init) : messageWeights)
        let end = plan.schedule.ends
        for (slot, index) in opened.enumerated() {
            let day = openings[slot]
            stores[index].channelOpenedOn = day
            stores[index].friendReadings = readings(from: day, until: end, final: friends[slot])
            stores[index].messages = messageRecords(messages[slot], from: day, until: end)
            stores[index].posts = postDays(from: day, until: end, followUpUntil: plan.followUpUntil)
            if random.chance(0.2) {
                stores[index].notes = [Note(on: randomDay(from: day, until: end), author: stores[index].tutor ?? tutors[0],
                                            text: random.pick(SampleNames.noteTexts))]
            }
        }
        return Market(id: plan.id, name: plan.name, region: plan.region, district: plan.district,
                      tutors: tutors, schedule: plan.schedule, stores: stores)
    }

    private mutating func makeTutors(count: Int) -> [String] {
        random.shuffle(SampleNames.surnames).prefix(count).map { $0 + "튜터" }
    }

    /// Unique names: the blueprint's known stores first, then generated ones, a few unusual.
    private mutating func makeShopNames(_ plan: MarketBlueprint) -> [(name: String, category: String)] {
        var shops = plan.knownStores
        var used = Set(shops.map(\.name))
        var unusual = random.shuffle(SampleNames.unusual)
        while shops.count < plan.storeCount {
            let shop: (name: String, category: String)
            if random.chance(0.05), let next = unusual.popLast() {
                shop = next
            } else {
                let kind = random.pick(SampleNames.categories)
                shop = (random.pick(SampleNames.prefixes) + random.pick(kind.endings), kind.category)
            }
            if used.insert(shop.name).inserted { shops.append(shop) }
        }
        return shops
    }

    /// Nudges eligible owners' ages by one year at a time until they add up to `total`.
    private mutating func adjustAges(of stores: inout [Store], eligible: [Int], toTotal total: Int) {
        var difference = total - eligible.reduce(0) { $0 + (stores[$1].ownerAge ?? 0) }
        var cursor = 0
        while difference != 0 {
            let index = eligible[cursor % eligible.count]
            let age = stores[index].ownerAge ?? 60
            let step = difference > 0 ? 1 : -1
            if (38...88).contains(age + step) {
                stores[index].ownerAge = age + step
                difference -= step
            }
            cursor += 1
        }
    }

    /// Opening days, most in the middle weeks, as a tutor's visits go; sorted.
    private mutating func openingDays(count: Int, schedule: MarketSchedule) -> [CalendarDate] {
        let weights = (1...schedule.weeks).map { week in
            0.6 + sin(Double.pi * (Double(week) - 0.5) / Double(schedule.weeks))
        }
        let perWeek = random.split(count, weights: weights)
        var days: [CalendarDate] = []
        for (offset, number) in perWeek.enumerated() {
            let first = schedule.firstDay(ofWeek: offset + 1)
            days += (0..<number).map { _ in first.adding(days: random.int(in: 0...5)) }
        }
        return random.shuffle(days.map { min($0, schedule.ends) })
    }

    /// A weight with a long tail: a few stores gather most friends, as in real markets.
    private mutating func skewedWeight() -> Double {
        exp((random.unit() + random.unit() + random.unit() - 1.5) * 1.4)
    }

    /// Weekly readings from a week after opening, growing to exactly `final` on the last day.
    private func readings(from opened: CalendarDate, until end: CalendarDate, final: Int) -> [FriendReading] {
        var days = stride(from: 7, to: end.days(since: opened), by: 7).map { opened.adding(days: $0) }
        days.append(end)
        let span = Double(end.days(since: opened) + 1)
        return days.map { day in
            let share = pow(Double(day.days(since: opened) + 1) / span, 0.7)
            return FriendReading(on: day, count: day == end ? final : Int(Double(final) * share))
        }
    }

    /// `total` messages in a few sends of one to several messages, oldest first.
    private mutating func messageRecords(_ total: Int, from opened: CalendarDate, until end: CalendarDate) -> [MessageRecord] {
        guard total > 0 else { return [] }
        let sends = random.int(in: 1...max(1, min(total, 6)))
        let counts = random.split(total, weights: (0..<sends).map { _ in 0.5 + random.unit() }, minimum: 1)
        return counts.map { count in
            MessageRecord(on: randomDay(from: opened, until: end), kind: random.chance(0.75) ? .ad : .info, count: count)
        }.sorted { $0.on < $1.on }
    }

    /// A few posts during the programme and, with `followUpUntil`, a tail after it that most
    /// stores abandon within weeks, as the programme's own follow-up found.
    private mutating func postDays(from opened: CalendarDate, until end: CalendarDate, followUpUntil: CalendarDate?) -> [CalendarDate] {
        var days = (0..<random.int(in: 0...5)).map { _ in randomDay(from: opened, until: end) }
        if let followUpUntil {
            let stops = end.adding(days: Int(-log(1 - random.unit()) * 45))
            var day = end.adding(days: random.int(in: 5...15))
            while day <= min(stops, followUpUntil) {
                days.append(day)
                day = day.adding(days: random.int(in: 7...20))
            }
        }
        return days.sorted()
    }

    private mutating func randomDay(from first: CalendarDate, until last: CalendarDate) -> CalendarDate {
        first.adding(days: random.int(in: 0...max(0, last.days(since: first))))
    }
}
