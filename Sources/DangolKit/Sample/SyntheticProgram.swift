/// Synthetic programmes of any size, for measuring dangol at national scale
/// (about 1,400 markets and 200,000 stores): the same generator as the sample, with
/// market sizes and figures drawn from the 2022 round's proportions.
public enum SyntheticProgram {
    private static let regions = ["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남",
                                  "전북", "전남", "경북", "경남", "제주"]
    private static let places = ["중앙", "동부", "서부", "남부", "북부", "새", "큰", "옛", "햇살", "바다", "강변", "역전", "장터",
                                 "골목", "언덕", "들녘", "솔밭", "달빛", "푸른", "행복"]

    /// `markets` markets of `stores` stores each, starting on Mondays across a year from
    /// 2023-03-06, each running `weeks` weeks. The same seed gives the same programme.
    public static func build(markets: Int, stores: Int, weeks: Int, seed: UInt64) -> (program: Program, markets: [Market]) {
        var random = SeededGenerator(seed: seed)
        let firstStart = CalendarDate(year: 2023, month: 3, day: 6)!
        let blueprints = (0..<markets).map { index -> MarketBlueprint in
            let eligible = max(1, stores * random.int(in: 65...85) / 100)
            let opened = eligible * random.int(in: 45...80) / 100
            let region = random.pick(regions)
            return MarketBlueprint(
                id: "m\(String(repeating: "0", count: max(0, 4 - String(index + 1).count)))\(index + 1)",
                name: "\(random.pick(places))\(region)시장 \(index + 1)", region: region, district: nil,
                schedule: MarketSchedule(starts: firstStart.adding(days: 7 * random.int(in: 0...44)), weeks: weeks),
                storeCount: stores, eligible: eligible, opened: opened,
                friends: opened * random.int(in: 15...60), messages: opened * random.int(in: 2...8))
        }
        let built = blueprints.map { plan in
            var generator = MarketGenerator(seed: seed ^ SampleProgram.stableHash(plan.id))
            return generator.market(plan)
        }
        return (Program(name: "가상 전국 프로그램 (\(markets)개 시장)"), built)
    }
}
