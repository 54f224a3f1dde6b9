/// The programme shipped in `Data/`: the 2022 신영시장 pilot, the ten markets of the 2022 round
/// and three markets of the 2023 round, each round in program.json.
///
/// The per-market totals below are chosen so that the published figures come out exactly
/// (see Data/README.md): the pilot's 70 eligible stores, 62 channels, 4,040 friends,
/// 361 messages and owners' average age of 63, and the round's 831 eligible stores,
/// 513 channels and 16,083 friends. The 2023 markets stand for a round of a hundred and have
/// no published figures of their own. Everything per store is generated, and is sample data.
public enum SampleProgram {
    public static let programName = "우리동네 단골시장"

    /// The seed every sample market's generator starts from (mixed with the market id).
    static let seed: UInt64 = 2022

    static let pilotStart = CalendarDate(year: 2022, month: 8, day: 1)!
    static let roundStart = CalendarDate(year: 2022, month: 11, day: 14)!
    static let round2023Start = CalendarDate(year: 2023, month: 3, day: 6)!

    /// The rounds as program.json lists them.
    static let rounds = [
        Round(id: "2022-pilot", name: "2022 시범사업", markets: ["sinyoung"]),
        Round(id: "2022", name: "2022 본사업", markets: round.map(\.0)),
        Round(id: "2023", name: "2023 본사업", markets: round2023.map(\.0)),
    ]

    /// The published pilot: 8 weeks in 신영시장, 100-odd stores of which 70 took part.
    static var pilot: MarketBlueprint {
        var plan = MarketBlueprint(
            id: "sinyoung", name: "신영시장", region: "서울", district: "양천구",
            schedule: MarketSchedule(starts: pilotStart, weeks: 8),
            storeCount: 104, eligible: 70, opened: 62, friends: 4_040, messages: 361)
        plan.ownerAgeTotal = 63 * 70
        plan.knownStores = [
            ("할매손두부", "두부"), ("원조할머니떡방앗간", "떡"), ("싱싱과일나라", "과일"), ("대박수산", "수산"),
            ("정든반찬가게", "반찬"),
        ]
        plan.followUpUntil = roundStart.adding(days: 7 * 7 - 1)
        return plan
    }

    /// The 2022 round: three named markets and seven unnamed ones, 7 weeks from 2022-11-14.
    /// Columns: id, name, region, district, stores, eligible, opened, friends, messages.
    static let round: [(String, String, String, String?, Int, Int, Int, Int, Int)] = [
        ("jayang", "자양전통시장", "서울", "광진구", 121, 96, 64, 2_310, 402),
        ("dongmun", "동문공설시장", "제주", "제주시", 112, 88, 51, 1_720, 215),
        ("sindo", "신도꼼지락시장", "대전", nil, 90, 74, 49, 1_404, 187),
        ("sample-a", "샘플시장 A", "경기", nil, 118, 92, 58, 1_850, 330),
        ("sample-b", "샘플시장 B", "부산", nil, 97, 81, 47, 1_390, 240),
        ("sample-c", "샘플시장 C", "광주", nil, 95, 77, 45, 1_270, 210),
        ("sample-d", "샘플시장 D", "서울", nil, 104, 85, 53, 1_720, 300),
        ("sample-e", "샘플시장 E", "경기", nil, 99, 79, 49, 1_460, 260),
        ("sample-f", "샘플시장 F", "부산", nil, 110, 83, 52, 1_580, 290),
        ("sample-g", "샘플시장 G", "인천", nil, 92, 76, 45, 1_379, 225),
    ]

    /// A few markets of the 2023 round of a hundred, 7 weeks from 2023-03-06; same columns.
    static let round2023: [(String, String, String, String?, Int, Int, Int, Int, Int)] = [
        ("mangwon", "망원시장", "서울", "마포구", 84, 62, 45, 1_330, 190),
        ("sample-h", "샘플시장 H", "대구", nil, 72, 56, 38, 980, 150),
        ("sample-i", "샘플시장 I", "울산", nil, 66, 50, 33, 870, 120),
    ]

    static var blueprints: [MarketBlueprint] {
        [pilot] + blueprints(round, starting: roundStart) + blueprints(round2023, starting: round2023Start)
    }

    private static func blueprints(_ markets: [(String, String, String, String?, Int, Int, Int, Int, Int)],
                                   starting start: CalendarDate) -> [MarketBlueprint] {
        markets.map { id, name, region, district, stores, eligible, opened, friends, messages in
            MarketBlueprint(
                id: id, name: name, region: region, district: district, schedule: MarketSchedule(starts: start, weeks: 7),
                storeCount: stores, eligible: eligible, opened: opened, friends: friends, messages: messages)
        }
    }

    /// The whole sample programme; the same every time.
    public static func build() -> (program: Program, markets: [Market]) {
        let markets = blueprints.map { plan in
            var generator = MarketGenerator(seed: seed ^ stableHash(plan.id))
            return generator.market(plan)
        }
        return (Program(name: programName, rounds: rounds), markets)
    }

    /// FNV-1a of the text's UTF-8 bytes: unlike `hashValue`, the same in every process.
    static func stableHash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0100_0000_01B3 }
    }
}
