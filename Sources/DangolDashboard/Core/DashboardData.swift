import DangolKit

/// Where the dashboard reads its data: the market digests for the overview, whole markets for
/// their screens. `DataFolder` is the real one.
public protocol DashboardData {
    /// Every market's digest that could be read, and a sentence for each that could not.
    func readableDigests() -> (digests: [MarketDigest], problems: [String])
    func market(_ id: String) throws -> Market
    /// The programme's name, for the breadcrumbs.
    func programName() throws -> String
}

extension DataFolder: DashboardData {
    public func readableDigests() -> (digests: [MarketDigest], problems: [String]) {
        var digests: [MarketDigest] = []
        var problems: [String] = []
        do {
            for id in try marketIDs() {
                do {
                    digests.append(try digest(of: id))
                } catch {
                    problems.append("\(error)")
                }
            }
        } catch {
            problems.append("\(error)")
        }
        return (digests.sorted(by: MarketDigest.programmeOrder), problems)
    }

    public func market(_ id: String) throws -> Market {
        try readMarket(id)
    }

    public func programName() throws -> String {
        try readProgram().name
    }
}
