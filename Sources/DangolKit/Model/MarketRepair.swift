/// Brings a market that has grown past its bounds (by hand, or by a dangol that kept none) back
/// within them, saying what it cut: every text shortened to its bound, every record list kept to
/// its newest records. Nothing is lost outright: `DataFolder.repairMarket` keeps the file as it
/// was beside the data before saving the repaired one.
public enum MarketRepair {
    /// `market` within every length and count bound, and one line per kind of cut made.
    public static func withinBounds(_ market: Market) -> (market: Market, cuts: [Localized]) {
        var market = market
        var cuts = Cuts()
        cuts.shorten(&market.name, Bounds.marketName)
        cuts.shorten(&market.region, Bounds.region)
        cuts.shorten(&market.district, Bounds.district)
        cuts.keepNewest(&market.tutors, Bounds.tutorsPerMarket, Bounds.personName.field)
        for index in market.tutors.indices { cuts.shorten(&market.tutors[index], Bounds.personName) }
        for index in market.stores.indices {
            cuts.shorten(&market.stores[index].name, Bounds.storeName)
            cuts.shorten(&market.stores[index].category, Bounds.category)
            cuts.shorten(&market.stores[index].tutor, Bounds.personName)
            cuts.keepNewest(&market.stores[index].friendReadings, Bounds.recordsPerStore, Localized("친구 수 기록", "friend readings"))
            cuts.keepNewest(&market.stores[index].messages, Bounds.recordsPerStore, Localized("메시지 기록", "message records"))
            cuts.keepNewest(&market.stores[index].posts, Bounds.recordsPerStore, Localized("포스트 기록", "posts"))
            cuts.keepNewest(&market.stores[index].notes, Bounds.notesPerStore, Localized("메모", "notes"))
            for note in market.stores[index].notes.indices {
                cuts.shorten(&market.stores[index].notes[note].text, Bounds.noteText)
                cuts.shorten(&market.stores[index].notes[note].author, Bounds.personName)
            }
        }
        return (market, cuts.lines)
    }

    /// The cuts made so far, counted by the field or list they were made in.
    private struct Cuts {
        private var shortened: [(field: Localized, maxLength: Int, count: Int)] = []
        private var dropped: [(list: Localized, limit: Int, count: Int)] = []

        mutating func shorten(_ text: inout String, _ bound: Bounds.Text) {
            guard text.unicodeScalars.count > bound.maxLength else { return }
            var scalars = String.UnicodeScalarView(text.unicodeScalars.prefix(bound.maxLength))
            while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
            text = String(scalars)
            if let index = shortened.firstIndex(where: { $0.field == bound.field }) { shortened[index].count += 1 } else {
                shortened.append((bound.field, bound.maxLength, 1))
            }
        }

        mutating func shorten(_ text: inout String?, _ bound: Bounds.Text) {
            guard var value = text else { return }
            shorten(&value, bound)
            text = value
        }

        /// Keeps the last `limit` elements: records are kept oldest first, so the newest.
        mutating func keepNewest<Element>(_ list: inout [Element], _ limit: Int, _ what: Localized) {
            guard list.count > limit else { return }
            let count = list.count - limit
            list.removeFirst(count)
            if let index = dropped.firstIndex(where: { $0.list == what }) { dropped[index].count += count } else {
                dropped.append((what, limit, count))
            }
        }

        var lines: [Localized] {
            shortened.map { Localized("\($0.field.ko) \($0.count)개를 \($0.maxLength)자로 줄였습니다", "shortened \($0.count) × \($0.field.en) to \($0.maxLength) characters") }
                + dropped.map { Localized("오래된 \($0.list.ko) \($0.count)개를 덜어 한 점포에 \($0.limit)개까지 남겼습니다",
                                          "dropped the \($0.count) oldest \($0.list.en), keeping \($0.limit) per store") }
        }
    }
}
